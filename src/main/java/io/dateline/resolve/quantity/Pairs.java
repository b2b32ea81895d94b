package io.dateline.resolve.quantity;

import io.dateline.grammar.Match;
import io.dateline.resolve.DocumentContext;
import io.dateline.text.Token;
import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import java.math.BigDecimal;
import java.util.List;

/**
 * Pairs: "30 kilometers (20 miles)", one figure checked against the other, and "from 5% to
 * 7%" or "rose 4.8% to $13.18 billion" split into two figures. Stateless once built.
 */
final class Pairs {

    private final Amounts amounts;
    private final Figures figures;
    private final Singular singular;

    Pairs(Amounts amounts, Figures figures, Singular singular) {
        this.amounts = amounts;
        this.figures = figures;
        this.singular = singular;
    }

    QuantityMention pair(Match m, DocumentContext ctx) {
        if (m.children().size() != 2) {
            return null;
        }
        Match ma = m.children().get(0);
        Match mb = m.children().get(1);
        Draft a = amounts.amount(ma, ctx);
        Draft b = amounts.amount(mb, ctx);
        if (a == null || b == null) {
            return null;
        }
        if (a.gluedTemperature && b.gluedTemperature) {
            a.gluedTemperature = false; // "30C (86F)" speaks of temperature by itself
            b.gluedTemperature = false;
        }
        List<Token> toks = ctx.tokens();
        QuantityMention second = figures.build(mb, b, Figures.start(mb, b, ctx), toks.get(mb.coreEnd() - 1).end(), null,
                null, null, ctx);
        if (second == null) {
            return null;
        }
        Boolean consistent = consistent(a, b);
        if (Boolean.FALSE.equals(consistent)) {
            a.warnings.add("the paired figures disagree: " + Amounts.text(ma, ctx) + " is not " + Amounts.text(mb, ctx)
                    + " at the precision written");
        }
        a.steps.add("paired with '" + Amounts.text(mb, ctx) + "': " + (consistent == null ? "not comparable" : consistent ? "consistent" : "inconsistent"));
        a.warnings.addAll(second.warnings().stream().filter(w -> !a.warnings.contains(w)).toList());
        QuantityMention.Paired p = new QuantityMention.Paired(second.start(), second.end(), second.text(), second.value(),
                second.unit(), second.original());
        int s = Figures.start(m, a, ctx);
        int e = toks.get(m.coreEnd() - 1).end();
        return figures.build(m, a, s, e, null, p, consistent, ctx);
    }

    /**
     * Whether two figures of a pair agree: one, converted to the other's unit, rounds to the
     * other at the precision it is written with (see {@link #agrees}), in either direction.
     * Null when they cannot be compared (two currencies, two dimensions).
     */
    static Boolean consistent(Draft a, Draft b) {
        if (a.cur != null || b.cur != null) {
            if (a.cur != null && b.cur != null && a.cur.code().equals(b.cur.code())) {
                return Currencies.money(a.value, a.cur).compareTo(Currencies.money(b.value, b.cur)) == 0;
            }
            return null;
        }
        UnitCatalog.Entry ea = UnitCatalog.get(a.unitKey);
        UnitCatalog.Entry eb = UnitCatalog.get(b.unitKey);
        if (ea == null || eb == null || !ea.dimension().equals(eb.dimension())) {
            return null;
        }
        BigDecimal ab = UnitCatalog.convert(a.value, ea, eb);
        BigDecimal ba = UnitCatalog.convert(b.value, eb, ea);
        if (ab == null || ba == null) {
            return null;
        }
        return agrees(ab, b.value) || agrees(ba, a.value);
    }

    /**
     * Whether {@code converted} rounds to {@code written} at the precision written: within half
     * a unit of its last significant digit ("20" → ±5, "18.6" → ±0.05). A written figure of
     * two or more significant figures ending in 5 may be rounded to the nearest five ("15" →
     * ±2.5), as conversions in news often are.
     */
    static boolean agrees(BigDecimal converted, BigDecimal written) {
        BigDecimal w = written.stripTrailingZeros();
        BigDecimal quantum = BigDecimal.ONE.scaleByPowerOfTen(-w.scale());
        int last = w.unscaledValue().abs().mod(java.math.BigInteger.TEN).intValue();
        if (last == 5 && w.precision() >= 2) {
            quantum = quantum.multiply(BigDecimal.valueOf(5));
        }
        BigDecimal half = quantum.divide(BigDecimal.valueOf(2));
        return converted.subtract(written).abs().compareTo(half) <= 0;
    }

    /** "rose from 5% to 7%": two figures, each with the unit and noun of the pair. */
    void splitFromTo(Match m, Match amount, DocumentContext ctx, List<Mention> out, String why) {
        Match lo = amount.children().get(0);
        Match hi = amount.children().get(1);
        Draft a = amounts.amount(lo, ctx);
        Draft b = amounts.amount(hi, ctx);
        if (a == null || b == null) {
            return;
        }
        List<Token> toks = ctx.tokens();
        String counted = m.frame().get("head") == null ? null : singular.of(m.frame().get("head"));
        int he = toks.get(m.coreEnd() - 1).end();
        if (a.dimension().equals("count") || b.dimension().equals("count")
                || UnitCatalog.get(a.unitKey) != null && UnitCatalog.get(b.unitKey) != null
                && UnitCatalog.get(a.unitKey).dimension().equals(UnitCatalog.get(b.unitKey).dimension())) {
            a.takeUnit(b);
        }
        if (a.dimension().equals(b.dimension()) || !a.hasUnit()) {
            a.shareScale(b); // "from $10 to $15 billion"
        }
        a.steps.add(why);
        b.steps.add(why);
        QuantityMention first = figures.build(lo, a, Figures.start(lo, a, ctx), toks.get(lo.coreEnd() - 1).end(), counted,
                null, null, ctx);
        QuantityMention second = figures.build(m, b, Figures.start(hi, b, ctx),
                counted != null ? he : toks.get(hi.coreEnd() - 1).end(), counted, null, null, ctx);
        if (first != null) {
            out.add(first);
        }
        if (second != null) {
            out.add(second);
        }
    }
}
