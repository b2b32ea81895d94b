package io.dateline.resolve.quantity;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.resolve.DocumentContext;
import io.dateline.text.Token;
import io.dateline.value.QuantityMention;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Units per unit: the denominator written right after a figure ("$3 a share", "$900 a month",
 * "US$71 per barrel", "20 per 1,000 residents", "£24 a-year", "$5/kg"). The figure keeps its
 * unit (the numerator's); {@link QuantityMention#per()} holds the denominator.
 *
 * <p>After "per" or "/" any word is a denominator (a unit of lexicon {@code unit.measure}, a
 * time unit of lexicon {@code per.time}, else the noun made singular: "per share", "per
 * mmBTU"), optionally after a number ("per 1,000 residents"). After "a" or "an" only a unit or
 * a word of lexicon {@code per.noun} is ("a share", "a barrel", "a head"): "$3 a share" is a
 * per-unit, "5 a piece of cake" need not be. "per cent" is a percentage, never a denominator.
 * The look-ahead is at most four tokens: bounded per figure.
 */
final class PerUnits {

    private final Lexicon measure;
    private final Lexicon times;
    private final Lexicon nouns;
    private final Singular singular;

    PerUnits(Grammar grammar, Singular singular) {
        this.measure = grammar.lexicon("unit.measure");
        this.times = grammar.lexicon("per.time");
        this.nouns = grammar.lexicon("per.noun");
        this.singular = singular;
    }

    QuantityMention apply(QuantityMention q, DocumentContext ctx) {
        if (q == null || q.per() != null || q.dimension().equals("ordinal")) {
            return q;
        }
        List<Token> toks = ctx.tokens();
        int i = after(q.end(), toks, ctx);
        if (i < 0 || i >= toks.size()) {
            return q;
        }
        Token t = toks.get(i);
        String word = t.lower();
        boolean open;
        int j = i + 1;
        String glued = null;
        if (word.equals("per") || word.equals("/") && !t.spaceBefore()) {
            open = true;
        } else if (word.equals("a") || word.equals("an")) {
            open = false;
        } else if (word.matches("(?:a|an|per)-[a-z]+")) {
            open = word.startsWith("per");
            glued = word.substring(word.indexOf('-') + 1); // "£24 a-year"
        } else {
            return q;
        }
        BigDecimal amount = BigDecimal.ONE;
        String denom = glued;
        int last = i;
        if (denom == null) {
            if (j >= toks.size()) {
                return q;
            }
            Token n = toks.get(j);
            if (open && n.isDigitStart()) {
                try {
                    amount = new BigDecimal(n.text().replace(",", ""));
                } catch (NumberFormatException e) {
                    return q;
                }
                j++;
                if (j >= toks.size()) {
                    return q;
                }
                n = toks.get(j);
            }
            if (!n.isWord() || n.isDigitStart()) {
                return q;
            }
            denom = n.lower();
            last = j;
            if (open && (denom.equals("sq") || denom.equals("square") || denom.equals("cubic") || denom.equals("cu"))
                    && j + 1 < toks.size() && toks.get(j + 1).isWord()) {
                // "per sq ft", "per square metre": the area or volume unit of two words
                last = j + 1;
                String w2 = toks.get(last).lower();
                String two = (denom.equals("square") ? "sq" : denom.equals("cubic") ? "cu" : denom) + " " + w2;
                String key = measure == null ? null : measure.lookup(w2);
                String sym = key == null || UnitCatalog.get(key) == null ? w2 : UnitCatalog.get(key).symbol();
                return q.withPer(new QuantityMention.Per(two.substring(0, 3) + sym, amount,
                        ctx.text().substring(t.start(), toks.get(last).end()), null, null));
            }
        }
        if (denom.equals("cent") || denom.equals("centum")) {
            return q; // "per cent" is a percentage
        }
        String unitKey = measure == null ? null : measure.lookup(denom);
        String time = times == null ? null : times.lookup(denom);
        boolean listed = nouns != null && nouns.lookup(denom) != null;
        if (!open && unitKey == null && time == null && !listed) {
            return q;
        }
        if (open && unitKey == null && time == null && !listed && !lowerNoun(toks.get(last), ctx)) {
            return q;
        }
        String text = ctx.text().substring(t.start(), toks.get(last).end());
        QuantityMention.Per per;
        if (time != null) {
            per = new QuantityMention.Per(time, amount, text, new BigDecimal(times(time)), "s");
        } else if (unitKey != null && UnitCatalog.get(unitKey) != null) {
            UnitCatalog.Entry en = UnitCatalog.get(unitKey);
            BigDecimal si = en.unit() == null ? null : Units.canonical(en, BigDecimal.ONE);
            per = new QuantityMention.Per(en.symbol(), amount, text, si, si == null ? null : UnitCatalog.canonicalSymbol(en));
        } else {
            per = new QuantityMention.Per(singular.of(denom), amount, text, null, null);
        }
        return q.withPer(per);
    }

    /** A lower-case word (not a name, not a function word): "per share", "per mmBTU" is fine too. */
    private static boolean lowerNoun(Token t, DocumentContext ctx) {
        String w = t.text();
        return w.length() > 1 && w.chars().allMatch(Character::isLetter)
                && !w.toLowerCase(Locale.ROOT).matches("the|a|an|his|her|their|its|our|my|your|this|that|and|or|of");
    }

    /** Seconds in one of the time units of lexicon {@code per.time} (a year and a month Julian). */
    private static String times(String unit) {
        return switch (unit) {
            case "second" -> "1";
            case "minute" -> "60";
            case "hour" -> "3600";
            case "day" -> "86400";
            case "week" -> "604800";
            case "month" -> "2629800";
            case "quarter" -> "7889400";
            case "year" -> "31557600";
            default -> throw new IllegalStateException("per.time: unknown unit '" + unit + "'");
        };
    }

    /** Index of the first token starting at or after code point {@code end} (binary search), or -1. */
    private static int after(int end, List<Token> toks, DocumentContext ctx) {
        int lo = 0;
        int hi = toks.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ctx.cp(toks.get(mid).start()) >= end) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }
}
