package io.dateline.anchor;

import io.dateline.value.Anchor;

import java.util.List;
import java.util.Objects;

/**
 * A publication date considered by {@link AnchorDetector}, accepted or not.
 *
 * @param source    option, metadata, dct, dateline, byline or now
 * @param role      {@code published} or {@code updated}
 * @param text      the text it was read from (the option value, the metadata value, or the
 *                  date-time as it appears in the document)
 * @param start     code-point offset of {@code text} in the document, or null when not in it
 * @param end       code-point end (exclusive), or null
 * @param anchor    the anchor it reads as, or null when it was rejected
 * @param rejection why it was rejected, or null
 * @param chosen    true for the candidate that became the document's anchor
 * @param notes     extra facts about how it was found (metadata key, dateline place...)
 * @param lost      for an accepted candidate that was not chosen, why it lost; else null
 */
public record AnchorCandidate(String source, String role, String text, Integer start, Integer end,
                              Anchor anchor, String rejection, boolean chosen, List<String> notes, String lost) {

    public static final String PUBLISHED = "published";
    public static final String UPDATED = "updated";
    /** A date the page shows, taken for the publication date when nothing better is found. */
    public static final String DISPLAYED = "displayed";

    public AnchorCandidate(String source, String role, String text, Integer start, Integer end,
                           Anchor anchor, String rejection, boolean chosen, List<String> notes) {
        this(source, role, text, start, end, anchor, rejection, chosen, notes, null);
    }

    public AnchorCandidate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(role, "role");
        // what the user reads stays on one line, whatever the page's text held (line breaks in a quoted value)
        notes = (notes == null ? List.<String>of() : notes).stream().map(AnchorCandidate::oneLine).toList();
        rejection = rejection == null ? null : oneLine(rejection);
        if ((anchor == null) == (rejection == null)) {
            throw new IllegalArgumentException("a candidate has either an anchor or a rejection");
        }
    }

    /** True when it reads as an anchor. */
    public boolean accepted() {
        return anchor != null;
    }

    /** The anchor value, or null when rejected. */
    public String value() {
        return anchor == null ? null : anchor.value();
    }

    AnchorCandidate asChosen(Anchor chosenAnchor) {
        return new AnchorCandidate(source, role, text, start, end, chosenAnchor, rejection, true, notes, null);
    }

    AnchorCandidate losing(String why) {
        return new AnchorCandidate(source, role, text, start, end, anchor, rejection, false, notes, why);
    }

    @Override
    public String toString() {
        return source + "/" + role + " '" + text + "'" + (start == null ? "" : " [" + start + "," + end + ")")
                + (anchor != null ? " => " + anchor.value() : " rejected: " + rejection) + (chosen ? " (chosen)" : "")
                + (lost != null ? " lost: " + lost : "") + (notes.isEmpty() ? "" : " {" + String.join("; ", notes) + "}");
    }

    /** A message on one line: line breaks and other control characters as spaces. */
    static String oneLine(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? s : b.toString();
    }
}
