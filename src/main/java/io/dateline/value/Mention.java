package io.dateline.value;

import java.util.List;

/**
 * Something found in a document: a time expression or a figure. Offsets are Unicode code
 * points into the document text, end exclusive.
 */
public interface Mention {

    /** {@code time} or {@code quantity}. */
    String kind();

    int start();

    int end();

    String text();

    /** Ids of the rules that produced it, outermost first. */
    List<String> rules();

    List<String> warnings();
}
