package io.dateline.resolve.quantity;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.grammar.Match;
import io.dateline.resolve.DocumentContext;
import io.dateline.text.Token;
import io.dateline.text.WorkCounter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Units: the grammar's unit words to {@link UnitCatalog} keys, ages, the weight-or-money
 * reading of "pounds", whether a sentence speaks of temperature, and the canonical value.
 * Stateless once built.
 */
final class Units {

    private final Lexicon unitMeasure;
    private final Lexicon unitGlued;
    private final Lexicon unitAge;
    private final Lexicon poundWords;
    private final Lexicon moneyScales;
    private final Lexicon temperatureCues;

    Units(Grammar grammar) {
        this.unitMeasure = grammar.lexicon("unit.measure");
        this.unitGlued = grammar.lexicon("unit.glued");
        this.unitAge = grammar.lexicon("unit.age");
        this.poundWords = grammar.lexicon("unit.pound_word");
        this.moneyScales = grammar.lexicon("money.scale");
        this.temperatureCues = grammar.lexicon("temperature.cue");
    }

    /**
     * The age unit key (lexicon {@code unit.age}) of a unit word ("year") or of the middle part
     * of a compound ("six-year-old"), or null.
     */
    String ageUnit(String w) {
        if (unitAge == null) {
            return null;
        }
        String k = unitAge.lookup(w);
        if (k != null) {
            return k;
        }
        String[] parts = w.split("-");
        for (int i = 1; i < parts.length - 1; i++) {
            k = unitAge.lookup(parts[i]);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** Whether a written unit word is "pound(s)" (lexicon {@code unit.pound_word}), not "lb". */
    boolean isPoundWord(String lower) {
        return poundWords != null && poundWords.lookup(lower) != null;
    }

    /** A unit key from the grammar: a key already, or a glued suffix ("km", "lbs", "c"). */
    String unitKey(String u) {
        if (UnitCatalog.get(u) != null) {
            return u;
        }
        String lower = u.toLowerCase(Locale.ROOT);
        String k = unitGlued == null ? null : unitGlued.lookup(lower);
        if (k == null && unitMeasure != null) {
            k = unitMeasure.lookup(lower);
        }
        return UnitCatalog.get(k) != null ? k : null;
    }

    /** How many tokens on each side of a figure are searched for a temperature cue. */
    static final int CUE_WINDOW = 40;

    /**
     * Whether the sentence of the match speaks of temperature (lexicon {@code temperature.cue}),
     * within {@link #CUE_WINDOW} tokens on each side: the work per figure is bounded however
     * long the sentence.
     */
    boolean temperatureCue(Match m, DocumentContext ctx) {
        if (temperatureCues == null) {
            return false;
        }
        List<Token> toks = ctx.tokens();
        int at = toks.get(m.start()).start();
        int from = ctx.sentences().startOf(at);
        int to = ctx.sentences().endOf(at);
        int visited = 0;
        try {
            for (int i = m.start(); i >= 0 && i > m.start() - CUE_WINDOW && toks.get(i).start() >= from; i--) {
                visited++;
                if (temperatureCues.lookup(toks.get(i).lower()) != null) {
                    return true;
                }
            }
            for (int i = m.end(); i < toks.size() && i < m.end() + CUE_WINDOW && toks.get(i).end() <= to; i++) {
                visited++;
                if (temperatureCues.lookup(toks.get(i).lower()) != null) {
                    return true;
                }
            }
            return false;
        } finally {
            WorkCounter.add(WorkCounter.Kind.LOOKBACK, visited);
        }
    }

    static BigDecimal canonical(UnitCatalog.Entry en, BigDecimal v) {
        if (v == null) {
            return null;
        }
        if (en.unit() == null) {
            return Numerals.tidyExact(v);
        }
        return Numerals.tidy(UnitCatalog.toCanonical(en, v), 6);
    }

    /**
     * "pounds" is a weight or British money. Money when the number has a scale word ("10
     * million pounds") and no "of" follows; otherwise weight. Either way the other reading is
     * named in a warning. "lb" and "lbs" are always weight.
     */
    void resolvePounds(Match m, Draft fig, DocumentContext ctx) {
        if (!fig.poundWord || fig.cur != null) {
            return;
        }
        List<Token> toks = ctx.tokens();
        boolean ofFollows = m.end() < toks.size() && toks.get(m.end()).lower().equals("of");
        boolean scaled = false;
        for (int i = m.start(); i < m.end(); i++) {
            if (moneyScales != null && moneyScales.lookup(toks.get(i).lower()) != null) {
                scaled = true;
            }
        }
        if (scaled && !ofFollows) {
            fig.unitKey = null;
            fig.cur = Currencies.resolve("pound");
            fig.warnings.add("'pounds' read as British pounds (GBP); it may be a weight");
        } else {
            fig.warnings.add("'pounds' read as a weight (lb); it may be British pounds (GBP)");
        }
    }
}
