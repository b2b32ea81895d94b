package io.dateline.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Sentence boundaries from ICU's rule-based break iterator (UAX #29 with the English
 * suppressions for "Mr.", "U.S." and the like). A line break always ends a sentence there
 * (rule SB4), so a headline never runs into the first paragraph.
 *
 * <p>Boundaries are found on demand around the positions asked about, not for the whole
 * text: a document with ten time expressions pays for ten sentences. Not thread-safe; one
 * per document.
 */
public final class Sentences {

    private static final BreakIterator PROTOTYPE =
            BreakIterator.getSentenceInstance(ULocale.forLanguageTag("en-u-ss-standard"));

    private final BreakIterator it;
    private final int length;

    private Sentences(BreakIterator it, int length) {
        this.it = it;
        this.length = length;
    }

    public static Sentences of(String text) {
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(text);
        return new Sentences(it, text.length());
    }

    /** Start (inclusive) of the sentence holding char {@code pos}. */
    public int startOf(int pos) {
        if (pos <= 0) {
            return 0;
        }
        int b = it.preceding(Math.min(pos + 1, length));
        return b == BreakIterator.DONE ? 0 : b;
    }

    /** End (exclusive) of the sentence holding char {@code pos}. */
    public int endOf(int pos) {
        if (pos >= length) {
            return length;
        }
        int b = it.following(pos);
        return b == BreakIterator.DONE ? length : b;
    }
}
