package io.dateline.resolve.quantity;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.grammar.Match;
import io.dateline.resolve.DocumentContext;
import io.dateline.text.Token;
import io.dateline.value.QuantityMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figures: a {@link Draft} with its span and counted noun into an immutable
 * {@link QuantityMention}, in the canonical unit of its dimension; ordinals. Stateless once
 * built.
 */
final class Figures {

    private final Amounts amounts;
    private final Units units;
    private final Singular singular;
    private final Lexicon modifiers;
    private final Lexicon peoples;
    /** "one", "a", "an" alone: a pronoun or article, not a figure (lexicon {@code num.pronoun}). */
    private final Lexicon pronouns;

    Figures(Grammar grammar, Amounts amounts, Units units, Singular singular) {
        this.amounts = amounts;
        this.units = units;
        this.singular = singular;
        this.modifiers = grammar.lexicon("qmod");
        this.peoples = grammar.lexicon("people.noun");
        this.pronouns = grammar.lexicon("num.pronoun");
    }

    QuantityMention figure(Match m, Match amount, DocumentContext ctx) {
        Draft fig = amounts.amount(amount, ctx);
        if (fig == null) {
            return null;
        }
        Amounts.warnSpacedGroups(fig, amount, ctx);
        List<Token> toks = ctx.tokens();
        int s = start(m, fig, ctx);
        int e = toks.get(m.coreEnd() - 1).end();
        String counted = null;
        String head = m.frame().get("head");
        if (head != null) {
            Token ht = toks.get(m.end() - 1);
            String word = ht.text();
            // a dash that was an em or en dash in the document ends the noun phrase there:
            // "14,000 people—mostly civilians" counts people
            outer:
            for (int i = amount.end(); i < m.end(); i++) {
                Token t = toks.get(i);
                for (int k = 1; k < t.text().length(); k++) {
                    if (t.text().charAt(k) == '-' && ctx.text().charAt(t.start() + k) != '-') {
                        word = t.text().substring(0, k);
                        e = t.start() + k;
                        break outer;
                    }
                }
            }
            boolean capital = Character.isUpperCase(word.charAt(0));
            String sing = singular.of(word);
            String key = sing.toLowerCase(Locale.ROOT);
            boolean people = modifiers != null && modifiers.lookup(key) != null || peoples != null && peoples.lookup(key) != null;
            if (capital && !people) {
                // "10 Downing Street": a capitalised word is counted only if it names a people
                e = toks.get(amount.coreEnd() - 1).end();
                fig.steps.add("'" + word + "' is capitalised: not a counted noun");
            } else {
                counted = sing;
                fig.steps.add("counted '" + word + "' -> " + sing);
            }
        }
        if (counted == null && fig.dimension().equals("count") && fig.qualifier == null) {
            String t = ctx.text().substring(s, e).toLowerCase(Locale.ROOT);
            if (pronouns != null && pronouns.lookup(t) != null) {
                return null; // "no one", "one of them": a pronoun, not a figure
            }
        }
        return build(m, fig, s, e, counted, null, null, ctx);
    }

    /**
     * Where a figure's text starts: its first token, unless that is a letter read as "a" ("a
     * $2.75 rise") or a dash that is punctuation ("figures - 30", "paid — 99 dollars").
     */
    static int start(Match m, Draft fig, DocumentContext ctx) {
        List<Token> toks = ctx.tokens();
        int i = m.coreStart();
        if (fig.skipFirst || Amounts.dashNotMinus(i, ctx)) {
            return toks.get(i + 1).start();
        }
        return toks.get(i).start();
    }

    QuantityMention build(Match m, Draft fig, int s, int e, String counted, QuantityMention.Paired paired,
                                  Boolean consistent, DocumentContext ctx) {
        units.resolvePounds(m, fig, ctx);
        String dim = fig.dimension();
        boolean angle = false;
        if (fig.gluedTemperature && !units.temperatureCue(m, ctx)) {
            return null; // "13F filing", "11c a share": a glued C or F is a temperature only where one is spoken of
        }
        if ("deg".equals(fig.unitKey) && !units.temperatureCue(m, ctx)) {
            angle = true; // "rotated 90 degrees"
            dim = "angle";
        }
        BigDecimal value;
        BigDecimal min;
        BigDecimal max;
        String unit;
        String origUnit;
        List<String> warnings = new ArrayList<>(fig.warnings);
        List<String> steps = new ArrayList<>(fig.steps);
        if (fig.cur != null) {
            value = Currencies.money(fig.value, fig.cur);
            min = Currencies.money(fig.min, fig.cur);
            max = Currencies.money(fig.max, fig.cur);
            unit = fig.cur.code();
            origUnit = fig.cur.symbol();
            if (fig.cur.warning() != null) {
                warnings.add(fig.cur.warning());
            }
        } else if (fig.unitKey != null) {
            UnitCatalog.Entry en = UnitCatalog.get(fig.unitKey);
            value = Units.canonical(en, fig.value);
            min = Units.canonical(en, fig.min);
            max = Units.canonical(en, fig.max);
            unit = UnitCatalog.canonicalSymbol(en);
            origUnit = en.symbol();
            if (en.warning() != null && !angle) {
                warnings.add(en.warning());
            }
            if (en.unit() != null && !unit.equals(origUnit)) {
                steps.add(Numerals.tidyExact(fig.value).toPlainString() + " " + origUnit + " = " + value.toPlainString()
                        + " " + unit + " (Indriya, 6 significant figures)");
            }
        } else {
            value = Numerals.tidyExact(fig.value);
            min = Numerals.tidyExact(fig.min);
            max = Numerals.tidyExact(fig.max);
            unit = null;
            origUnit = null;
        }
        QuantityMention.Original orig = new QuantityMention.Original(Numerals.tidyExact(fig.value), origUnit,
                Numerals.tidyExact(fig.min), Numerals.tidyExact(fig.max));
        String text = ctx.text().substring(s, e);
        return new QuantityMention(ctx.cp(s), ctx.cp(e), text, dim, value, min, max, min != null && fig.minInc,
                max != null && fig.maxInc, fig.approx, unit, counted, orig, fig.qualifier, fig.vague, paired, consistent,
                null, m.ruleTrail(), warnings, steps);
    }

    QuantityMention ordinal(Match m, DocumentContext ctx) {
        BigDecimal v = new BigDecimal(m.frame().get("ord"));
        List<Token> toks = ctx.tokens();
        int s = toks.get(m.coreStart()).start();
        int e = toks.get(m.coreEnd() - 1).end();
        String text = ctx.text().substring(s, e);
        return new QuantityMention(ctx.cp(s), ctx.cp(e), text, "ordinal", v, v, v, true, true, false, null, null,
                new QuantityMention.Original(v, null, v, v), null, null, null, null, null, m.ruleTrail(), List.of(),
                List.of("ordinal '" + text + "' = " + v));
    }
}
