package io.dateline.time;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.text.Token;
import java.util.List;

/**
 * Reads the tense of the sentence around a mention from cue words: the nearest cue wins
 * ("said" past, "will" future, "says" present). The cue lists are the lexicons
 * {@code tense.past}, {@code tense.future} and {@code tense.present} of the grammar; a
 * lower-case word ending in "-ed" counts as a weaker past cue.
 */
public final class TenseCues {

    /** Cues farther than this many tokens from the mention belong to another clause. */
    static final int MAX_DISTANCE = 12;
    /** "-ed" words are weaker evidence: they count only close by. */
    static final int MAX_WEAK_DISTANCE = 6;

    private final Lexicon past;
    private final Lexicon future;
    private final Lexicon present;
    private final Lexicon notPast;

    public TenseCues(Grammar g) {
        this.past = g.lexicon("tense.past");
        this.future = g.lexicon("tense.future");
        this.present = g.lexicon("tense.present");
        this.notPast = g.lexicon("tense.not_past");
    }

    /** Tense for the mention covering tokens [from, to) within the sentence tokens [sFrom, sTo). */
    public Tense tenseAt(List<Token> tokens, int from, int to, int sFrom, int sTo) {
        Tense best = Tense.UNKNOWN;
        int bestDist = Integer.MAX_VALUE;
        Tense weak = Tense.UNKNOWN;
        int weakDist = Integer.MAX_VALUE;
        for (int i = sFrom; i < sTo; i++) {
            if (i >= from && i < to) {
                continue;
            }
            String w = tokens.get(i).lower();
            int dist = i < from ? from - i : i - to + 1;
            if (dist > MAX_DISTANCE) {
                continue;
            }
            Tense t = cue(w);
            if (t != Tense.UNKNOWN) {
                if (dist < bestDist) {
                    best = t;
                    bestDist = dist;
                }
            } else if (dist <= MAX_WEAK_DISTANCE && w.length() > 4 && w.endsWith("ed") && tokens.get(i).text().charAt(0) == w.charAt(0)
                    && w.indexOf('-') < 0 && (notPast == null || notPast.lookup(w) == null) && dist < weakDist) {
                weak = Tense.PAST;
                weakDist = dist;
            }
        }
        return best != Tense.UNKNOWN ? best : weak;
    }

    private Tense cue(String w) {
        if (future != null && future.lookup(w) != null) {
            return Tense.FUTURE;
        }
        if (past != null && past.lookup(w) != null) {
            return Tense.PAST;
        }
        if (present != null && present.lookup(w) != null) {
            return Tense.PRESENT;
        }
        return Tense.UNKNOWN;
    }
}
