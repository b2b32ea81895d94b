package io.dateline.eval;

import java.util.Objects;

/**
 * One gold TIMEX3 of a TimeML document.
 *
 * @param tid   the {@code tid} attribute, or null when absent
 * @param start code-point offset into {@link TimeMlDocument#text()}, inclusive
 * @param end   code-point offset, exclusive; always greater than {@code start}
 * @param text  the covered text, equal to the document text between the offsets
 * @param type  the {@code type} attribute ({@code DATE}, {@code TIME}, {@code DURATION},
 *              {@code SET}); empty when absent
 * @param value the {@code value} attribute; empty when absent
 * @param mod   the {@code mod} attribute, or null when absent
 */
public record GoldTimex(String tid, int start, int end, String text, String type, String value, String mod) {

    public GoldTimex {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + tid);
        }
    }
}
