package io.dateline.resolve.quantity;

import io.dateline.grammar.Frame;
import io.dateline.grammar.Grammar;
import io.dateline.grammar.Match;
import io.dateline.resolve.Dimension;
import io.dateline.resolve.DocumentContext;
import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import io.dateline.value.TimeMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures: resolves the {@code kind=quantity} matches of {@code 50-quantities.rules} into
 * {@link QuantityMention}s. Stateless and thread-safe.
 *
 * <p>The work is split by concern: {@link Amounts} evaluates numbers, units and currencies as
 * written; {@link Qualifiers} gives the bounds of qualifiers and ranges; {@link Units} and
 * {@link Currencies} name and convert units (Indriya, {@link UnitCatalog}) and currencies;
 * {@link Figures} builds the mention with its counted noun ({@link Singular}); {@link Pairs}
 * checks "30 kilometers (20 miles)" and splits "from 5% to 7%"; {@link Changes} reads
 * whether a figure is a change ("rose 2.3%") and links "from" to "to"; {@link Concepts} reads what it is
 * about (concept, event, scope). A date kept inside a figure
 * rule ("the Oct. 7 Hamas attack") is resolved by the time dimension through
 * {@link DocumentContext#resolveNested}.
 */
public final class QuantityDimension implements Dimension {

    private final Amounts amounts;
    private final Qualifiers qualifiers;
    private final Figures figures;
    private final Pairs pairs;
    private final Changes changes;
    private final PerUnits perUnits;
    private final Concepts concepts;

    public QuantityDimension(Grammar grammar) {
        Singular singular = new Singular(grammar.lexicon("noun.singular"));
        Units units = new Units(grammar);
        this.qualifiers = new Qualifiers(grammar.lexicon("range.word"), grammar.lexicon("range.not_after"));
        this.amounts = new Amounts(Numerals.of(grammar), units, new Currencies.Names(grammar.lexicon("cur.name"), grammar.lexicon("cur.letter")),
                qualifiers);
        this.figures = new Figures(grammar, amounts, units, singular);
        this.pairs = new Pairs(amounts, figures, singular);
        this.changes = new Changes(grammar);
        this.perUnits = new PerUnits(grammar, singular);
        this.concepts = new Concepts(grammar);
    }

    @Override
    public boolean handles(String kind) {
        return kind.equals("quantity");
    }

    @Override
    public void resolve(Match m, DocumentContext ctx, List<Mention> out) {
        try {
            resolveFigure(m, ctx, out);
        } catch (Numerals.Unreadable e) {
            ctx.warn(e.getMessage()); // said in words; the mention is left out, the others stay
        }
    }

    private void resolveFigure(Match m, DocumentContext ctx, List<Mention> out) {
        String shape = m.frame().get("shape", "count");
        if (shape.equals("dated")) {
            dated(m, ctx, out);
            return;
        }
        List<Mention> made = new ArrayList<>(2);
        QuantityMention q = switch (shape) {
            case "ordinal" -> figures.ordinal(m, ctx);
            case "pair" -> pairs.pair(m, ctx);
            default -> {
                Match amount = m.children().isEmpty() ? null : m.children().get(0);
                if (amount == null) {
                    yield null;
                }
                Frame af = amount.frame();
                boolean twoParts = (af.has("lo") || af.has("a")) && amount.children().size() == 2;
                if (twoParts && af.has("from") && !qualifiers.rangeWordBefore(amount, ctx)) {
                    pairs.splitFromTo(m, amount, ctx, made, "'from ... to' read as a change: two figures");
                    yield null;
                }
                if (twoParts && af.has("lo") && qualifiers.changeWordBefore(amount, ctx)) {
                    // "increased by $43.6 billion to $419.2 billion": the change and where it went
                    pairs.splitFromTo(m, amount, ctx, made, "'by ... to' read as a change: two figures");
                    yield null;
                }
                QuantityMention one = figures.figure(m, amount, ctx);
                if (one == null && twoParts) {
                    // "rose 4.8% to $13.18 billion", "10 bln or 10 tln": not one range, two figures
                    pairs.splitFromTo(m, amount, ctx, made, "not a range: two figures");
                }
                yield one;
            }
        };
        if (q != null) {
            made.add(q);
        }
        for (Mention x : made) {
            out.add(x instanceof QuantityMention f ? elided(concepts.apply(perUnits.apply(changes.apply(f, ctx, out), ctx), ctx), out) : x);
        }
    }

    /** How far (code points) a bare count may follow a counted figure to be about the same thing. */
    static final int ELLIPSIS_REACH = 40;

    /**
     * "435 homes by open sale and 187 by tender": a bare count right after a counted figure
     * leaves its noun out and, when nothing else says what it is about, is about what that figure is about.
     */
    private static QuantityMention elided(QuantityMention q, List<Mention> out) {
        if (q.concept() != null || q.counted() != null || q.unit() != null || !q.dimension().equals("count") || out.isEmpty()) {
            return q;
        }
        for (int i = out.size() - 1; i >= 0 && i >= out.size() - 3; i--) {
            if (out.get(i) instanceof QuantityMention p) {
                if (p.counted() != null && p.concept() != null && q.start() - p.end() <= ELLIPSIS_REACH && q.start() >= p.end()) {
                    return q.about(p.concept(), q.event() != null ? q.event() : p.event(), q.scope() != null ? q.scope() : p.scope());
                }
                return q;
            }
        }
        return q;
    }

    /** "the Oct. 7 Hamas attack": the date the rule kept from a count is the time dimension's. */
    private void dated(Match m, DocumentContext ctx, List<Mention> out) {
        List<Mention> dates = new ArrayList<>();
        for (Match c : m.children()) {
            if (!handles(c.kind())) {
                ctx.resolveNested(c, dates);
            }
        }
        for (Mention d : dates) {
            // the same time mention, with the rule that kept it in its trail (--explain)
            out.add(d instanceof TimeMention t ? new TimeMention(t.start(), t.end(), t.text(), t.timexStart(),
                    t.timexEnd(), t.timexText(), t.signal(), t.value(), m.ruleTrail(), t.rangeRole()) : d);
        }
    }
}
