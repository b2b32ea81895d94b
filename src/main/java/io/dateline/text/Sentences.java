package io.dateline.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * Sentence boundaries from ICU's rule-based break iterator (UAX #29 with the English
 * suppressions for "Mr.", "U.S." and the like). A line break always ends a sentence there
 * (rule SB4), so a headline never runs into the first paragraph.
 */
public final class Sentences {

    private static final BreakIterator PROTOTYPE =
            BreakIterator.getSentenceInstance(ULocale.forLanguageTag("en-u-ss-standard"));

    private final int[] starts;

    private Sentences(int[] starts) {
        this.starts = starts;
    }

    public static Sentences of(String text) {
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(text);
        int[] buf = new int[16];
        int k = 0;
        for (int b = it.first(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
            if (k == buf.length) {
                buf = Arrays.copyOf(buf, k * 2);
            }
            buf[k++] = b;
        }
        return new Sentences(Arrays.copyOf(buf, k));
    }

    /** Index of the sentence holding char {@code pos}. */
    public int sentenceOf(int pos) {
        int i = Arrays.binarySearch(starts, pos);
        return i >= 0 ? i : -i - 2;
    }

    public int start(int sentence) {
        return starts[sentence];
    }

    public int end(int sentence, int textLength) {
        return sentence + 1 < starts.length ? starts[sentence + 1] : textLength;
    }

    public int count() {
        return starts.length;
    }
}
