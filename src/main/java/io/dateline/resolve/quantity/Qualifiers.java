package io.dateline.resolve.quantity;

import io.dateline.grammar.Frame;
import io.dateline.grammar.Lexicon;
import io.dateline.grammar.Match;
import io.dateline.resolve.DocumentContext;
import java.math.BigDecimal;

/**
 * Qualifiers and ranges: the bounds that "at least", "more than", "about", "between 5 and 10"
 * and "more than 10 and fewer than 20" give a figure. Ranges are inclusive at both ends.
 */
final class Qualifiers {

    /** Words before "from X to Y" that make it a range, not a change (lexicon {@code range.word}). */
    private final Lexicon rangeWords;
    /** Words before "X to Y" that make it a change and where it went ("by"; lexicon {@code range.not_after}). */
    private final Lexicon notAfter;

    Qualifiers(Lexicon rangeWords, Lexicon notAfter) {
        this.rangeWords = rangeWords;
        this.notAfter = notAfter;
    }

    /** Whether a word of {@code range.not_after} ("by") stands right before the amount. */
    boolean changeWordBefore(Match amount, DocumentContext ctx) {
        int i = amount.start() - 1;
        return i >= 0 && notAfter != null && notAfter.lookup(ctx.tokens().get(i).lower()) != null;
    }

    /** Whether a word of {@code range.word} ("ranging", "varying") stands right before the amount. */
    boolean rangeWordBefore(Match amount, DocumentContext ctx) {
        int i = amount.start() - 1;
        return i >= 0 && rangeWords != null && rangeWords.lookup(ctx.tokens().get(i).lower()) != null;
    }

    Draft range(Match am, Frame f, DocumentContext ctx, Amounts amounts) {
        Object lo = f.value("lo");
        Object hi = f.value("hi");
        Draft a = amounts.end(lo, am, ctx);
        Draft b = amounts.end(hi, am, ctx);
        if (a == null || b == null) {
            return null;
        }
        if (f.has("u")) {
            String key = amounts.unitKey(f.get("u"));
            if (key == null) {
                return null;
            }
            a.unitKey = key;
            b.unitKey = key;
        }
        a.takeUnit(b);
        b.takeUnit(a);
        if (!a.dimension().equals(b.dimension())) {
            return null; // "rose 4.8% to $13.18 billion"
        }
        if (a.cur != null && b.cur != null && !a.cur.code().equals(b.cur.code())) {
            return null;
        }
        if (a.unitKey != null && b.unitKey != null && !a.unitKey.equals(b.unitKey)) {
            // "5 km to 3 miles": compare in b's unit
            UnitCatalog.Entry ea = UnitCatalog.get(a.unitKey);
            UnitCatalog.Entry eb = UnitCatalog.get(b.unitKey);
            if (!ea.dimension().equals(eb.dimension())) {
                return null;
            }
            a.value = UnitCatalog.convert(a.value, ea, eb);
            a.unitKey = b.unitKey;
        }
        a.shareScale(b);
        if (a.value == null || b.value == null) {
            return null; // "2 percentage points to 6 percent": pp and % do not convert, two figures
        }
        if (b.value.compareTo(a.value) < 0) {
            return null; // "3-2" is a score, not a range
        }
        Draft r = new Draft();
        r.value = a.value;
        r.min = a.value;
        r.max = b.value;
        r.approx = a.approx || b.approx;
        r.unitKey = b.unitKey;
        r.cur = b.cur;
        r.poundWord = b.poundWord;
        r.gluedTemperature = a.gluedTemperature || b.gluedTemperature;
        r.steps.addAll(a.steps);
        r.steps.addAll(b.steps);
        r.steps.add("range [" + Numerals.tidyExact(a.value).toPlainString() + ", " + Numerals.tidyExact(b.value).toPlainString() + "]");
        return r;
    }

    /** "more than 10 and fewer than 20": a lower and an upper bound that meet, else null. */
    Draft twoSided(Match am, DocumentContext ctx, Amounts amounts) {
        Draft a = amounts.amount(am.children().get(0), ctx);
        Draft b = amounts.amount(am.children().get(1), ctx);
        if (a == null || b == null || a.approx || b.approx) {
            return null;
        }
        Draft lo = a.min != null && a.max == null ? a : b.min != null && b.max == null ? b : null;
        Draft hi = a.max != null && a.min == null ? a : b.max != null && b.min == null ? b : null;
        if (lo == null || hi == null || lo == hi || lo.min.compareTo(hi.max) >= 0) {
            return null;
        }
        Draft r = new Draft();
        r.value = lo.min;
        r.min = lo.min;
        r.minInc = lo.minInc;
        r.max = hi.max;
        r.maxInc = hi.maxInc;
        r.qualifier = a.qualifier + ", " + b.qualifier;
        r.steps.addAll(a.steps);
        r.steps.addAll(b.steps);
        r.steps.add("two bounds: one interval");
        return r;
    }

    /**
     * The bounds a qualifier gives, in the figure's unit:
     * <ul>
     *   <li>{@code min} (at least, no fewer than): [v, ∞)</li>
     *   <li>{@code minx} (more than, over): (v, ∞)</li>
     *   <li>{@code max} (up to, at most, no more than, as many as): (-∞, v]</li>
     *   <li>{@code maxx} (fewer than, less than, under): (-∞, v)</li>
     *   <li>{@code approx} (about, around, some, roughly): no bounds, approximate</li>
     *   <li>{@code near} (nearly, almost, close to): (-∞, v), approximate: just below v</li>
     *   <li>{@code over} (just over): (v, ∞), approximate: just above v</li>
     * </ul>
     */
    static void qualify(Draft f, String q) {
        BigDecimal v = f.value;
        switch (q) {
            case "min" -> {
                f.min = v;
                f.minInc = true;
                f.max = null;
            }
            case "minx" -> {
                f.min = v;
                f.minInc = false;
                f.max = null;
            }
            case "max" -> {
                f.max = v;
                f.maxInc = true;
                f.min = null;
            }
            case "maxx" -> {
                f.max = v;
                f.maxInc = false;
                f.min = null;
            }
            case "near" -> {
                f.max = v;
                f.maxInc = false;
                f.min = null;
                f.approx = true;
            }
            case "over" -> {
                f.min = v;
                f.minInc = false;
                f.max = null;
                f.approx = true;
            }
            default -> {
                f.min = null;
                f.max = null;
                f.approx = true;
            }
        }
        f.steps.add("qualifier '" + f.qualifier + "' (" + q + ")");
    }
}
