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
    private final Lexicon stops;
    private final Lexicon times;

    Figures(Grammar grammar, Amounts amounts, Units units, Singular singular) {
        this.amounts = amounts;
        this.units = units;
        this.singular = singular;
        this.modifiers = grammar.lexicon("qmod");
        this.peoples = grammar.lexicon("people.noun");
        this.pronouns = grammar.lexicon("num.pronoun");
        this.stops = grammar.lexicon("qstop");
        this.times = grammar.lexicon("per.time");
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
            int nextNoun = compoundHead(m.end(), word, fig, ctx);
            if (nextNoun >= 0) {
                // "400 charging stations", "36 league games": the plural after a singular modifier is the head
                word = toks.get(nextNoun).text();
                e = toks.get(nextNoun).end();
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
     * The token of a compound's plural head right after the counted word, or -1: "400 charging
     * stations", "five profile slots". Only when the figure is more than one, the counted word
     * is not itself a plural, and the next word is a lower-case plural that is neither a
     * function word (lexicon {@code qstop}) nor a time unit (lexicon {@code per.time}).
     */
    private int compoundHead(int i, String word, Draft fig, DocumentContext ctx) {
        List<Token> toks = ctx.tokens();
        if (i >= toks.size() || fig.value == null || fig.value.compareTo(BigDecimal.ONE) <= 0) {
            return -1;
        }
        Token t = toks.get(i);
        String w = t.text();
        if (!t.spaceBefore() || w.length() < 4 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')
                || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return -1;
        }
        String lw = word.toLowerCase(Locale.ROOT);
        if (!singular.of(lw).equals(lw) || lw.endsWith("s") || !word.chars().allMatch(Character::isLetter)) {
            return -1; // "five profile slots" yes; "five men workers", "three speed's" no
        }
        String sing = singular.of(w);
        if (sing.equals(w) || stops != null && (stops.lookup(w) != null || stops.lookup(sing) != null)
                || times != null && times.lookup(sing) != null) {
            return -1;
        }
        return i;
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
