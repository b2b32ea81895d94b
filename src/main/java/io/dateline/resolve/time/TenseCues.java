package io.dateline.resolve.time;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.text.Token;
import java.util.List;

/**
 * Reads the tense of the sentence around a mention from cue words: the nearest cue wins
 * ("said" past, "will" future, "says" present). The cue lists are the lexicons
 * {@code tense.past}, {@code tense.future} and {@code tense.present} of the grammar; a
 * lower-case word ending in "-ed" counts as a weaker past cue. Cues are read only within the
 * quotation, or the text outside quotations, that holds the mention: in
 * {@code "We will leave on Thursday," she said} the tense is the quote's.
 */
public final class TenseCues {

    /** Cues farther than this many tokens from the mention belong to another clause. */
    static final int MAX_DISTANCE = 12;
    /**
     * The window searched on each side of a mention: one token more than {@link #MAX_DISTANCE}, so
     * that the word before the farthest cue can still show it is a participle.
     */
    public static final int WINDOW = MAX_DISTANCE + 1;
    /** "-ed" words are weaker evidence: they count only close by. */
    static final int MAX_WEAK_DISTANCE = 6;

    /** Words after which a past form is a participle ("be paid", "been held"): lexicon {@code tense.participle_before}. */
    private final java.util.Set<String> passive;
    /** Perfect auxiliaries ("had"): lexicon {@code tense.perfect}. */
    private final java.util.Set<String> perfect;
    /** Words that look ahead only before "to" ("plans to", "set to"): lexicon {@code tense.future_before_to}. */
    private final java.util.Set<String> beforeTo;

    private final Lexicon notPast;

    /** The cue words of the three lexicons in one map (one lookup a word): future wins, then past. */
    private final java.util.Map<String, Tense> cues = new java.util.HashMap<>();

    public TenseCues(Grammar g) {
        this.notPast = g.lexicon("tense.not_past");
        Lexicon p = g.lexicon("tense.participle_before");
        this.passive = p == null ? java.util.Set.of() : java.util.Set.copyOf(p.oneTokenForms().keySet());
        this.perfect = words(g, "tense.perfect");
        this.beforeTo = words(g, "tense.future_before_to");
        // later puts win
        put(g.lexicon("tense.present"), Tense.PRESENT);
        put(g.lexicon("tense.past"), Tense.PAST);
        put(g.lexicon("tense.future"), Tense.FUTURE);
        endings(g.lexicon("tense.past.ending"), Tense.PAST);
        endings(g.lexicon("tense.future.ending"), Tense.FUTURE);
        endings.sort((a, b) -> b.getKey().length() - a.getKey().length());
    }

    /**
     * Verb endings that show a tense ("-rá" of a Spanish future, "-ieron" of a pretérito):
     * lexicons {@code tense.past.ending} and {@code tense.future.ending}, longest first; a word
     * needs three letters besides its ending. English has none.
     */
    private final List<java.util.Map.Entry<String, Tense>> endings = new java.util.ArrayList<>();

    private void endings(Lexicon l, Tense t) {
        if (l != null) {
            l.oneTokenForms().keySet().forEach(w -> endings.add(java.util.Map.entry(w, t)));
        }
    }

    private static java.util.Set<String> words(Grammar g, String lexicon) {
        Lexicon l = g.lexicon(lexicon);
        return l == null ? java.util.Set.of() : java.util.Set.copyOf(l.oneTokenForms().keySet());
    }

    private void put(Lexicon l, Tense t) {
        if (l != null) {
            l.oneTokenForms().keySet().forEach(w -> cues.put(w, t));
        }
    }

    /**
     * The tense found, the word that showed it (null when none did), and whether a perfect
     * auxiliary ("had") comes before the mention in a past clause.
     */
    public record Cue(Tense tense, String word, boolean perfect) {
        public static final Cue NONE = new Cue(Tense.UNKNOWN, null, false);
    }

    /**
     * Tense for the mention covering tokens [from, to) within the tokens [sFrom, sTo) of its
     * sentence; callers pass at most {@link #WINDOW} tokens on each side (more are never read).
     */
    public Tense tenseAt(List<Token> tokens, int from, int to, int sFrom, int sTo) {
        return cueAt(tokens, from, to, sFrom, sTo).tense();
    }

    /** Like {@link #tenseAt}, with the cue word. */
    public Cue cueAt(List<Token> tokens, int from, int to, int sFrom, int sTo) {
        Tense best = Tense.UNKNOWN;
        int bestDist = Integer.MAX_VALUE;
        String bestWord = null;
        Tense weak = Tense.UNKNOWN;
        int weakDist = Integer.MAX_VALUE;
        String weakWord = null;
        boolean sawPerfect = false;
        // a quotation is a clause of its own: "We will leave Thursday," he said.
        int lo = from;
        while (lo > sFrom && !isQuote(tokens.get(lo - 1))) {
            lo--;
        }
        int hi = to;
        while (hi < sTo && !isQuote(tokens.get(hi))) {
            hi++;
        }
        for (int i = lo; i < hi; i++) {
            if (i >= from && i < to) {
                continue;
            }
            String w = tokens.get(i).lower();
            int dist = i < from ? from - i : i - to + 1;
            if (dist > MAX_DISTANCE) {
                continue;
            }
            Tense t = cue(w);
            sawPerfect |= i < from && perfect.contains(w);
            if (beforeTo.contains(w)) {
                // "plans to", "set to" look ahead; "the plan", "set up" do not
                t = i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to") ? Tense.FUTURE
                        : t == Tense.FUTURE ? Tense.UNKNOWN : t;
            }
            if (t == Tense.PAST && i > sFrom && passive.contains(tokens.get(i - 1).lower())) {
                continue; // "will be paid", "to be held": a participle, not a past tense
            }
            if (t == Tense.FUTURE && i < from && perfectBefore(tokens, i, lo)) {
                // the governing clause is a past perfect: "had been due to expire Friday",
                // "had planned to vote Monday" speak of a schedule already past
                t = Tense.PAST;
                w = "had";
            }
            if (t != Tense.UNKNOWN) {
                if (dist < bestDist) {
                    best = t;
                    bestDist = dist;
                    bestWord = w.equals("had") ? "had" : tokens.get(i).text();
                }
            } else if (dist <= MAX_WEAK_DISTANCE && w.length() > 4 && w.endsWith("ed")
                    && !(i > sFrom && passive.contains(tokens.get(i - 1).lower())) && tokens.get(i).text().charAt(0) == w.charAt(0)
                    && w.indexOf('-') < 0 && (notPast == null || notPast.lookup(w) == null) && dist < weakDist) {
                weak = Tense.PAST;
                weakDist = dist;
                weakWord = tokens.get(i).text();
            }
        }
        // an "-ed" word right next to the mention outweighs an auxiliary further off
        // ("issued July 1, which will receive"): it counts as one token farther than it is
        if (weak != Tense.UNKNOWN && (best == Tense.UNKNOWN || weakDist + 1 < bestDist)) {
            return new Cue(weak, weakWord, sawPerfect);
        }
        return best != Tense.UNKNOWN ? new Cue(best, bestWord, best == Tense.PAST && sawPerfect) : Cue.NONE;
    }

    /** How far before a forward-looking cue a perfect auxiliary still governs it ("had been due to expire"). */
    static final int PERFECT_REACH = 4;

    /** Whether a perfect auxiliary ("had") stands within {@link #PERFECT_REACH} tokens before token {@code i}. */
    private boolean perfectBefore(List<Token> tokens, int i, int lo) {
        for (int k = i - 1; k >= Math.max(lo, i - PERFECT_REACH); k--) {
            if (perfect.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(Token t) {
        String s = t.text();
        return s.equals("\"") || s.equals("'") || s.equals("''") || s.equals("``");
    }

    private Tense cue(String w) {
        Tense t = cues.get(w);
        if (t != null) {
            return t;
        }
        for (java.util.Map.Entry<String, Tense> e : endings) {
            if (w.length() >= e.getKey().length() + 3 && w.endsWith(e.getKey()) && Character.isLetter(w.charAt(0))) {
                return e.getValue();
            }
        }
        return Tense.UNKNOWN;
    }
}
