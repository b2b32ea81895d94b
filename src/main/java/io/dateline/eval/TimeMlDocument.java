package io.dateline.eval;

import java.util.List;
import java.util.Objects;

/**
 * A parsed TimeML document. Immutable.
 *
 * @param id       the document id (the file name without {@code .tml} when read from a file)
 * @param dct      the {@code value} of the creation-time TIMEX3, as written in the file
 * @param text     the content of {@code <TEXT>} with every tag removed and entities decoded
 *                 (line ends normalized to {@code \n}, as XML requires)
 * @param timexes  the non-empty gold TIMEX3s of {@code <TEXT>}, in document order
 */
public record TimeMlDocument(String id, String dct, String text, List<GoldTimex> timexes) {

    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dct, "dct");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
    }

    /** Length of the text in code points, the unit of every offset. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The text between two code-point offsets. */
    public String slice(int start, int end) {
        return io.dateline.text.CodePointText.slice(text, start, end);
    }
}
