package io.dateline.resolve.quantity;

import io.dateline.grammar.Frame;
import io.dateline.grammar.Match;
import io.dateline.resolve.DocumentContext;
import io.dateline.text.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Amounts: evaluates the pieces of a figure ({@code _num} numerals, {@code _nv} vague amounts,
 * {@code _nu} numbers with a unit or currency, {@code _qa}/{@code _qu} qualified amounts and
 * ranges) into {@link Draft}s in the unit as written. Stateless once built.
 */
final class Amounts {

    private final Numerals numerals;
    private final Units units;
    private final Currencies.Names currencies;
    private final Qualifiers qualifiers;

    Amounts(Numerals numerals, Units units, Currencies.Names currencies, Qualifiers qualifiers) {
        this.numerals = numerals;
        this.units = units;
        this.currencies = currencies;
        this.qualifiers = qualifiers;
    }

    /** Digits, a plain space, three digits: groups joined across plain spaces ({@link io.dateline.text.DigitGroups}). */
    private static final java.util.regex.Pattern SPACED_GROUPS = java.util.regex.Pattern.compile("\\d \\d{3}");

    /**
     * Warns when the amount joined digit groups across plain spaces ("1 234 567"): plain spaces
     * also separate two numbers, so the joined reading is said, not taken on trust.
     */
    static void warnSpacedGroups(Draft fig, Match am, DocumentContext ctx) {
        String written = text(am, ctx);
        if (SPACED_GROUPS.matcher(written).find() && fig.value != null) {
            fig.warnings.add("digit groups separated by plain spaces in '" + written + "' read as one number, "
                    + Numerals.tidyExact(fig.value).toPlainString());
        }
    }

    /** Evaluates an amount piece (_num, _nv, _nu, _qa, _qu). Returns null if it makes no sense. */
    Draft amount(Match am, DocumentContext ctx) {
        Frame f = am.frame();
        switch (f.kind()) {
            case "_num" -> {
                BigDecimal v = numeral(am, ctx);
                Draft fig = Draft.exact(v);
                fig.scale = numerals.scaleOf(f);
                fig.approx = Numerals.approximate(f);
                fig.steps.add("numeral '" + text(am, ctx) + "' = " + Numerals.tidyExact(v).toPlainString());
                return fig;
            }
            case "_nv" -> {
                Vague.Interval iv = Vague.of(f.get("vague"));
                if (iv == null) {
                    return null;
                }
                Draft fig = new Draft();
                fig.value = iv.value();
                fig.min = iv.min();
                fig.max = iv.max();
                fig.maxInc = iv.maxInclusive();
                fig.approx = true;
                fig.vague = f.get("vague").replace('_', ' ');
                fig.steps.add("vague '" + text(am, ctx) + "' = [" + iv.min() + ", " + iv.max() + (iv.maxInclusive() ? "]" : ")"));
                return fig;
            }
            case "_nu" -> {
                return withUnit(am, f, ctx);
            }
            case "_qa", "_qu" -> {
                if (f.has("q")) {
                    return qualified(am, f, ctx);
                }
                if (f.has("a")) {
                    return qualifiers.twoSided(am, ctx, this);
                }
                return qualifiers.range(am, f, ctx, this);
            }
            default -> {
                return null;
            }
        }
    }

    /** "at least 151", "151 or more": the amount with the bounds of its qualifier. */
    private Draft qualified(Match am, Frame f, DocumentContext ctx) {
        if (am.children().isEmpty()) {
            return null;
        }
        Match child = am.children().get(0);
        Draft base = amount(child, ctx);
        if (base == null) {
            return null;
        }
        List<Token> toks = ctx.tokens();
        int qs;
        int qe;
        if (child.start() > am.start()) {
            qs = am.start();
            qe = child.start();
        } else {
            qs = child.end();
            qe = am.end();
        }
        base.qualifier = ctx.text().substring(toks.get(qs).start(), toks.get(qe - 1).end()).toLowerCase(Locale.ROOT);
        Qualifiers.qualify(base, f.get("q"));
        return base;
    }

    private Draft withUnit(Match am, Frame f, DocumentContext ctx) {
        BigDecimal v = f.has("n") ? numeral(am, f.frame("n"), ctx) : numerals.literal(f.get("v"));
        boolean approx = f.frame("n") != null && Numerals.approximate(f.frame("n"));
        if (f.has("times")) {
            BigDecimal s = numerals.scale(f.get("times"));
            if (s == null) {
                return null;
            }
            v = v.multiply(s);
        }
        String u = f.get("u");
        if (u != null && (u.equals("M") || u.equals("MM")) && !f.has("n")) {
            Draft fig = Draft.exact(v.multiply(numerals.scale("m"))); // "10M", "1MM": ten million, a million
            fig.steps.add("'" + text(am, ctx) + "': " + u + " read as million");
            return fig;
        }
        if ("word".equals(u)) { // "six-mile": the unit is the part after the hyphen
            String w = ctx.tokens().get(am.end() - 1).lower();
            u = w.substring(w.lastIndexOf('-') + 1);
        } else if ("word-age".equals(u) || f.has("v") && u != null && units.ageUnit(u) != null) {
            // "six-year-old", "29-year-olds": the unit is the middle part
            String w = "word-age".equals(u) ? ctx.tokens().get(am.end() - 1).lower() : u;
            u = units.ageUnit(w);
        }
        if (f.has("inches")) { // "6 feet 2 inches": the inches in feet
            v = v.add(UnitCatalog.convert(numerals.value(f.value("inches")), UnitCatalog.get("in"), UnitCatalog.get("ft")));
        }
        if ("-".equals(f.get("sign")) || "minus".equals(f.get("sign"))) {
            if (!f.get("sign").equals("-") || !dashNotMinus(am.start(), ctx)) {
                v = v.negate(); // "-5C"
            }
        }
        Draft fig = Draft.exact(v);
        fig.approx = approx;
        fig.scale = f.has("times") ? numerals.scale(f.get("times")) : f.frame("n") != null ? numerals.scaleOf(f.frame("n")) : null;
        fig.gluedTemperature = u != null && !f.has("n") && u.length() == 1 && "cCfF".contains(u);
        if (f.has("letter")) {
            // "A$5m" is Australian dollars; "A $5m" (spaced) is "a" and US-style dollars
            int dollar = am.start() + 1;
            boolean glued = !ctx.tokens().get(dollar).spaceBefore();
            // only a capital A can be the article; "US $58.24", "HK $6.1m" are their dollars spaced or not
            boolean article = !glued && f.get("letter").equalsIgnoreCase("A");
            String code = currencies.letter(f.get("letter"));
            fig.cur = Currencies.resolve(!article && code != null ? code : "$");
            fig.skipFirst = article;
        } else if (u != null) {
            String key = units.unitKey(u);
            if (key == null) {
                return null;
            }
            fig.unitKey = key;
            Token last = ctx.tokens().get(am.end() - 1);
            fig.poundWord = key.equals("lb") && units.isPoundWord(last.lower());
        } else if (f.has("c")) {
            fig.cur = currencies.of(f.get("c"));
            if (fig.cur == null) {
                return null;
            }
        }
        fig.steps.add("'" + text(am, ctx) + "' = " + Numerals.tidyExact(v).toPlainString() + " "
                + (fig.cur != null ? fig.cur.symbol() : fig.unitKey));
        return fig;
    }

    /**
     * The value of a numeral match ({@code _num}); a dash before it that is punctuation (see
     * {@link #dashNotMinus}) is no minus: "figures - 30 in all", "They paid — 99 dollars".
     */
    BigDecimal numeral(Match num, DocumentContext ctx) {
        BigDecimal v = numerals.value(num.frame());
        if ("-".equals(num.frame().get("sign")) && dashNotMinus(num.start(), ctx)) {
            v = v.negate();
        }
        return v;
    }

    /** The value of the numeral frame {@code n} of a match, read from the child that carries it. */
    private BigDecimal numeral(Match parent, Frame n, DocumentContext ctx) {
        for (Match c : parent.children()) {
            if (c.frame() == n) {
                return numeral(c, ctx);
            }
        }
        return numerals.value(n);
    }

    /**
     * Whether the "-" token at {@code i} is punctuation rather than a minus sign: a space
     * between it and the number ("— 99 dollars", "figures - 30"), or an em dash or
     * horizontal bar, which is never a minus ("paid—99 dollars"). A hyphen, an en dash or
     * the minus sign glued to the number is a minus ("-5C", "−1.1%").
     */
    static boolean dashNotMinus(int i, DocumentContext ctx) {
        List<Token> toks = ctx.tokens();
        if (i < 0 || i + 1 >= toks.size() || !toks.get(i).text().equals("-")) {
            return false;
        }
        if (toks.get(i + 1).spaceBefore()) {
            return true;
        }
        char c = ctx.text().charAt(toks.get(i).start());
        return c == '\u2014' || c == '\u2015';
    }

    /** One end of a range: a literal of the frame, or the child match that carries the frame. */
    Draft end(Object x, Match parent, DocumentContext ctx) {
        if (x instanceof String s) {
            return Draft.exact(numerals.literal(s));
        }
        if (x instanceof Frame fr) {
            for (Match c : parent.children()) {
                if (c.frame() == fr || c.frame().equals(fr)) {
                    return amount(c, ctx);
                }
            }
        }
        return null;
    }

    String unitKey(String u) {
        return units.unitKey(u);
    }

    static String text(Match x, DocumentContext ctx) {
        List<Token> toks = ctx.tokens();
        return ctx.text().substring(toks.get(x.start()).start(), toks.get(x.end() - 1).end());
    }
}
