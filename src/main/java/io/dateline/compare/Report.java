package io.dateline.compare;

import io.dateline.DocumentResult;
import io.dateline.value.Anchor;
import java.time.LocalDate;

/**
 * One report of the story: a document as read and resolved against its own anchor.
 *
 * @param id     the document's id, unique within the comparison
 * @param source where it came from (file, or file:line for JSON Lines)
 * @param index  its position in the input (0-based): ties are broken by input order
 * @param text   the document text (offsets are code points into it)
 * @param result the resolved mentions
 */
public record Report(String id, String source, int index, String text, DocumentResult result) {

    public Anchor anchor() {
        return result.anchor();
    }

    /** The anchor's calendar date, or null. */
    public LocalDate date() {
        return result.anchor() == null ? null : result.anchor().date();
    }
}
