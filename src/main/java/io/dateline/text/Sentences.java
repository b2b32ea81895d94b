package io.dateline.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * Sentence boundaries from ICU's rule-based break iterator (UAX #29 with the English
 * suppressions for "Mr.", "U.S." and the like). A line break always ends a sentence there
 * (rule SB4), so a headline never runs into the first paragraph.
 *
 * <p>Boundaries are found going forward, only as far as the positions asked about (mentions
 * are resolved in text order, so each stretch of text is broken once), and looked up by
 * binary search. Not thread-safe; one per document.
 */
public final class Sentences {

    private static final BreakIterator PROTOTYPE =
            BreakIterator.getSentenceInstance(ULocale.forLanguageTag("en-u-ss-standard"));

    private final BreakIterator it;
    private final int length;
    private int[] bounds = new int[16];
    private int count;
    private boolean done;

    private Sentences(BreakIterator it, int length) {
        this.it = it;
        this.length = length;
        bounds[count++] = it.first();
    }

    public static Sentences of(String text) {
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(text);
        return new Sentences(it, text.length());
    }

    /** Finds boundaries until one lies beyond {@code pos} (or the text ends). */
    private void reach(int pos) {
        while (!done && bounds[count - 1] <= pos) {
            int b = it.next();
            if (b == BreakIterator.DONE) {
                done = true;
                break;
            }
            if (count == bounds.length) {
                bounds = Arrays.copyOf(bounds, count * 2);
            }
            bounds[count++] = b;
        }
    }

    /** Start (inclusive) of the sentence holding char {@code pos}. */
    public int startOf(int pos) {
        reach(pos);
        int i = Arrays.binarySearch(bounds, 0, count, pos);
        return i >= 0 ? bounds[i] : bounds[Math.max(0, -i - 2)];
    }

    /** End (exclusive) of the sentence holding char {@code pos}. */
    public int endOf(int pos) {
        reach(pos);
        int i = Arrays.binarySearch(bounds, 0, count, pos);
        int next = i >= 0 ? i + 1 : -i - 1;
        return next < count ? bounds[next] : length;
    }
}
