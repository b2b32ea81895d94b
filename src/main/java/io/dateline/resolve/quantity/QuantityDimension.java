package io.dateline.resolve.quantity;

import io.dateline.value.QuantityMention;

import io.dateline.resolve.Dimension;
import io.dateline.resolve.DocumentContext;
import io.dateline.value.Mention;
import io.dateline.grammar.Frame;
import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.grammar.Match;
import io.dateline.text.Token;
import io.dateline.resolve.time.TimeDimension;
import io.dateline.value.TimeMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Figures: resolves the {@code kind=quantity} matches of {@code 50-quantities.rules} into
 * {@link QuantityMention}s. Stateless and thread-safe.
 *
 * <p>Qualifiers give the bounds (see {@link #qualify}); ranges are inclusive at both ends;
 * measurements are converted to the canonical unit of their dimension with Indriya
 * ({@link UnitCatalog}); money keeps its currency ({@link Currencies}); the counted noun is
 * singularised ({@link Singular}).
 */
public final class QuantityDimension implements Dimension {

    private static final Set<String> RANGE_WORDS = Set.of("ranging", "range", "ranges", "ranged", "varying", "vary",
            "varies", "varied", "anywhere");

    private final Singular singular;
    private final Lexicon unitMeasure;
    private final Lexicon unitGlued;
    private final Lexicon modifiers;
    private final Lexicon temperatureCues;
    private final Lexicon peoples;
    private final Lexicon curNames;
    private final TimeDimension time;

    public QuantityDimension(Grammar grammar) {
        this.singular = new Singular(grammar.lexicon("noun.singular"));
        this.unitMeasure = grammar.lexicon("unit.measure");
        this.unitGlued = grammar.lexicon("unit.glued");
        this.modifiers = grammar.lexicon("qmod");
        this.temperatureCues = grammar.lexicon("temperature.cue");
        this.peoples = grammar.lexicon("people.noun");
        this.curNames = grammar.lexicon("cur.name");
        this.time = new TimeDimension(grammar);
    }

    @Override
    public boolean handles(String kind) {
        return kind.equals("quantity");
    }

    @Override
    public void resolve(Match m, DocumentContext ctx, List<Mention> out) {
        String shape = m.frame().get("shape", "count");
        if (shape.equals("dated")) {
            // "the Oct. 7 Hamas attack": the date the rule kept from a count is the time dimension's
            List<Mention> dates = new ArrayList<>();
            for (Match c : m.children()) {
                if (time.handles(c.kind())) {
                    time.resolve(c, ctx, dates);
                }
            }
            for (Mention d : dates) {
                // the same time mention, with the rule that kept it in its trail (--explain)
                out.add(d instanceof TimeMention t ? new TimeMention(t.start(), t.end(), t.text(), t.timexStart(),
                        t.timexEnd(), t.timexText(), t.signal(), t.value(), m.ruleTrail(), t.rangeRole()) : d);
            }
            return;
        }
        QuantityMention q = switch (shape) {
            case "ordinal" -> ordinal(m, ctx);
            case "pair" -> pair(m, ctx);
            default -> {
                Match amount = m.children().isEmpty() ? null : m.children().get(0);
                if (amount == null) {
                    yield null;
                }
                Frame af = amount.frame();
                boolean twoParts = (af.has("lo") || af.has("a")) && amount.children().size() == 2;
                if (twoParts && af.has("from") && !rangeWordBefore(amount, ctx)) {
                    splitFromTo(m, amount, ctx, out, "'from ... to' read as a change: two figures");
                    yield null;
                }
                QuantityMention one = figure(m, amount, ctx);
                if (one == null && twoParts) {
                    // "rose 4.8% to $13.18 billion", "10 bln or 10 tln": not one range, two figures
                    splitFromTo(m, amount, ctx, out, "not a range: two figures");
                }
                yield one;
            }
        };
        if (q != null) {
            out.add(q);
        }
    }

    // ---------------------------------------------------------------- the figure under construction

    /** A figure being built, in the unit it was written in. */
    private static final class Fig {
        BigDecimal value;
        BigDecimal min;
        BigDecimal max;
        boolean minInc = true;
        boolean maxInc = true;
        boolean approx;
        String unitKey;
        Currencies.Resolved cur;
        String vague;
        String qualifier;
        boolean poundWord;
        boolean gluedTemperature;
        boolean skipFirst;
        final List<String> warnings = new ArrayList<>();
        final List<String> steps = new ArrayList<>();

        static Fig exact(BigDecimal v) {
            Fig f = new Fig();
            f.value = v;
            f.min = v;
            f.max = v;
            return f;
        }

        boolean hasUnit() {
            return unitKey != null || cur != null;
        }

        void takeUnit(Fig other) {
            if (!hasUnit()) {
                unitKey = other.unitKey;
                cur = other.cur;
                poundWord = other.poundWord;
            }
        }

        String dimension() {
            if (cur != null) {
                return "money";
            }
            UnitCatalog.Entry e = UnitCatalog.get(unitKey);
            return e == null ? "count" : e.dimension();
        }
    }

    /** Evaluates an amount piece (_num, _nv, _nu, _qa, _qu). Returns null if it makes no sense. */
    private Fig amount(Match am, DocumentContext ctx) {
        Frame f = am.frame();
        switch (f.kind()) {
            case "_num" -> {
                BigDecimal v = Numerals.value(f);
                if (f.has("sign") && f.get("sign").equals("-") && !am.children().isEmpty()
                        && ctx.tokens().get(am.children().get(0).start()).spaceBefore()) {
                    v = v.negate(); // "figures - 30 in all": a dash, not a minus
                }
                Fig fig = Fig.exact(v);
                fig.approx = Numerals.approximate(f);
                fig.steps.add("numeral '" + text(am, ctx) + "' = " + Numerals.tidyExact(v).toPlainString());
                return fig;
            }
            case "_nv" -> {
                Vague.Interval iv = Vague.of(f.get("vague"));
                if (iv == null) {
                    return null;
                }
                Fig fig = new Fig();
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
                    if (am.children().isEmpty()) {
                        return null;
                    }
                    Match child = am.children().get(0);
                    Fig base = amount(child, ctx);
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
                    qualify(base, f.get("q"));
                    return base;
                }
                if (f.has("a")) {
                    return twoSided(am, ctx);
                }
                return range(am, f, ctx);
            }
            default -> {
                return null;
            }
        }
    }

    private Fig withUnit(Match am, Frame f, DocumentContext ctx) {
        BigDecimal v = f.has("n") ? Numerals.value(f.value("n")) : Numerals.literal(f.get("v"));
        boolean approx = f.frame("n") != null && Numerals.approximate(f.frame("n"));
        if (f.has("times")) {
            BigDecimal s = Numerals.scale(f.get("times"));
            if (s == null) {
                return null;
            }
            v = v.multiply(s);
        }
        String u = f.get("u");
        if (u != null && (u.equals("M") || u.equals("MM")) && !f.has("n")) {
            Fig fig = Fig.exact(v.multiply(Numerals.scale("m"))); // "10M", "1MM": ten million, a million
            fig.steps.add("'" + text(am, ctx) + "': " + u + " read as million");
            return fig;
        }
        if ("word".equals(u)) { // "six-mile": the unit is the part after the hyphen
            String w = ctx.tokens().get(am.end() - 1).lower();
            u = w.substring(w.lastIndexOf('-') + 1);
        } else if ("word-age".equals(u) || f.has("v") && u != null && ageUnit(u) != null) {
            // "six-year-old", "29-year-olds": the unit is the middle part
            String w = "word-age".equals(u) ? ctx.tokens().get(am.end() - 1).lower() : u;
            u = ageUnit(w);
        }
        if (f.has("inches")) { // "6 feet 2 inches": the inches in feet
            v = v.add(UnitCatalog.convert(Numerals.value(f.value("inches")), UnitCatalog.get("in"), UnitCatalog.get("ft")));
        }
        if ("-".equals(f.get("sign")) || "minus".equals(f.get("sign"))) {
            boolean spaced = f.get("sign").equals("-") && ctx.tokens().get(am.start() + 1).spaceBefore();
            if (!spaced) {
                v = v.negate(); // "-5C"
            }
        }
        Fig fig = Fig.exact(v);
        fig.approx = approx;
        fig.gluedTemperature = u != null && !f.has("n") && u.length() == 1 && "cCfF".contains(u);
        if (f.has("letter")) {
            // "A$5m" is Australian dollars; "A $5m" (spaced) is "a" and US-style dollars
            int dollar = am.start() + 1;
            boolean glued = !ctx.tokens().get(dollar).spaceBefore();
            String code = switch (f.get("letter").toUpperCase(Locale.ROOT)) {
                case "A" -> "AUD";
                case "S" -> "SGD";
                case "NZ" -> "NZD";
                case "HK" -> "HKD";
                default -> "CAD";
            };
            fig.cur = Currencies.resolve(glued ? code : "$");
            fig.skipFirst = !glued;
        } else if (u != null) {
            String key = unitKey(u);
            if (key == null) {
                return null;
            }
            fig.unitKey = key;
            Token last = ctx.tokens().get(am.end() - 1);
            fig.poundWord = key.equals("lb") && (last.lower().equals("pounds") || last.lower().equals("pound"));
        } else if (f.has("c")) {
            fig.cur = currency(f.get("c"));
            if (fig.cur == null) {
                return null;
            }
        }
        fig.steps.add("'" + text(am, ctx) + "' = " + Numerals.tidyExact(v).toPlainString() + " "
                + (fig.cur != null ? fig.cur.symbol() : fig.unitKey));
        return fig;
    }

    /** A currency from a grammar key ("USD", "$"), a glued code ("usd") or a word ("euro", "yen"). */
    private Currencies.Resolved currency(String c) {
        Currencies.Resolved r = Currencies.resolve(c);
        if (r == null && c.length() == 3) {
            r = Currencies.resolve(c.toUpperCase(Locale.ROOT));
        }
        if (r == null && curNames != null) {
            r = Currencies.resolve(curNames.lookup(c.toLowerCase(Locale.ROOT)));
        }
        return r;
    }

    /** The age unit key in "six-year-old" or of "year" (as the age compound captures it), or null. */
    private static String ageUnit(String w) {
        for (String[] p : new String[][] {{"year", "age_y"}, {"month", "age_mo"}, {"week", "age_wk"}, {"day", "age_d"}}) {
            if (w.equals(p[0]) || w.contains("-" + p[0] + "-")) {
                return p[1];
            }
        }
        return null;
    }

    /** A unit key from the grammar: a key already, or a glued suffix ("km", "lbs", "c"). */
    private String unitKey(String u) {
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

    private Fig range(Match am, Frame f, DocumentContext ctx) {
        Object lo = f.value("lo");
        Object hi = f.value("hi");
        Fig a = end(lo, am, ctx);
        Fig b = end(hi, am, ctx);
        if (a == null || b == null) {
            return null;
        }
        if (f.has("u")) {
            String key = unitKey(f.get("u"));
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
        if (b.value.compareTo(a.value) < 0) {
            return null; // "3-2" is a score, not a range
        }
        Fig r = new Fig();
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
    private Fig twoSided(Match am, DocumentContext ctx) {
        Fig a = amount(am.children().get(0), ctx);
        Fig b = amount(am.children().get(1), ctx);
        if (a == null || b == null || a.approx || b.approx) {
            return null;
        }
        Fig lo = a.min != null && a.max == null ? a : b.min != null && b.max == null ? b : null;
        Fig hi = a.max != null && a.min == null ? a : b.max != null && b.min == null ? b : null;
        if (lo == null || hi == null || lo == hi || lo.min.compareTo(hi.max) >= 0) {
            return null;
        }
        Fig r = new Fig();
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

    private Fig end(Object x, Match parent, DocumentContext ctx) {
        if (x instanceof String s) {
            return Fig.exact(Numerals.literal(s));
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
    static void qualify(Fig f, String q) {
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

    // ---------------------------------------------------------------- figures

    private QuantityMention figure(Match m, Match amount, DocumentContext ctx) {
        Fig fig = amount(amount, ctx);
        if (fig == null) {
            return null;
        }
        List<Token> toks = ctx.tokens();
        int s = toks.get(m.coreStart()).start();
        int e = toks.get(m.coreEnd() - 1).end();
        if (fig.skipFirst || toks.get(m.coreStart()).text().equals("-") && m.coreStart() + 1 < toks.size()
                && toks.get(m.coreStart() + 1).spaceBefore()) {
            s = toks.get(m.coreStart() + 1).start(); // "a $2.75 rise", "figures - 30": not part of the figure
        }
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
            if (t.equals("one") || t.equals("a") || t.equals("an")) {
                return null; // "no one", "one of them": a pronoun, not a figure
            }
        }
        return build(m, fig, s, e, counted, null, null, ctx);
    }

    private QuantityMention build(Match m, Fig fig, int s, int e, String counted, QuantityMention.Paired paired,
                                  Boolean consistent, DocumentContext ctx) {
        resolvePounds(m, fig, ctx);
        String dim = fig.dimension();
        boolean angle = false;
        if (fig.gluedTemperature && !temperatureCue(m, ctx)) {
            return null; // "13F filing", "11c a share": a glued C or F is a temperature only where one is spoken of
        }
        if ("deg".equals(fig.unitKey) && !temperatureCue(m, ctx)) {
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
            value = money(fig.value, fig.cur);
            min = money(fig.min, fig.cur);
            max = money(fig.max, fig.cur);
            unit = fig.cur.code();
            origUnit = fig.cur.symbol();
            if (fig.cur.warning() != null) {
                warnings.add(fig.cur.warning());
            }
        } else if (fig.unitKey != null) {
            UnitCatalog.Entry en = UnitCatalog.get(fig.unitKey);
            value = canonical(en, fig.value);
            min = canonical(en, fig.min);
            max = canonical(en, fig.max);
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
                m.ruleTrail(), warnings, steps);
    }

    /** Whether the sentence of the match speaks of temperature (lexicon {@code temperature.cue}). */
    private boolean temperatureCue(Match m, DocumentContext ctx) {
        if (temperatureCues == null) {
            return false;
        }
        List<Token> toks = ctx.tokens();
        int at = toks.get(m.start()).start();
        int from = ctx.sentences().startOf(at);
        int to = ctx.sentences().endOf(at);
        for (int i = m.start(); i >= 0 && toks.get(i).start() >= from; i--) {
            if (temperatureCues.lookup(toks.get(i).lower()) != null) {
                return true;
            }
        }
        for (int i = m.end(); i < toks.size() && toks.get(i).end() <= to; i++) {
            if (temperatureCues.lookup(toks.get(i).lower()) != null) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal money(BigDecimal v, Currencies.Resolved c) {
        return v == null ? null : Numerals.tidyExact(v.multiply(c.factor()));
    }

    private static BigDecimal canonical(UnitCatalog.Entry en, BigDecimal v) {
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
    private static void resolvePounds(Match m, Fig fig, DocumentContext ctx) {
        if (!fig.poundWord || fig.cur != null) {
            return;
        }
        List<Token> toks = ctx.tokens();
        boolean ofFollows = m.end() < toks.size() && toks.get(m.end()).lower().equals("of");
        boolean scaled = false;
        for (int i = m.start(); i < m.end(); i++) {
            String w = toks.get(i).lower();
            if (w.equals("million") || w.equals("billion") || w.equals("trillion") || w.equals("bn") || w.equals("m")) {
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

    // ---------------------------------------------------------------- ordinals, pairs, from-to

    private QuantityMention ordinal(Match m, DocumentContext ctx) {
        BigDecimal v = new BigDecimal(m.frame().get("ord"));
        List<Token> toks = ctx.tokens();
        int s = toks.get(m.coreStart()).start();
        int e = toks.get(m.coreEnd() - 1).end();
        String text = ctx.text().substring(s, e);
        return new QuantityMention(ctx.cp(s), ctx.cp(e), text, "ordinal", v, v, v, true, true, false, null, null,
                new QuantityMention.Original(v, null, v, v), null, null, null, null, m.ruleTrail(), List.of(),
                List.of("ordinal '" + text + "' = " + v));
    }

    private QuantityMention pair(Match m, DocumentContext ctx) {
        if (m.children().size() != 2) {
            return null;
        }
        Match ma = m.children().get(0);
        Match mb = m.children().get(1);
        Fig a = amount(ma, ctx);
        Fig b = amount(mb, ctx);
        if (a == null || b == null) {
            return null;
        }
        if (a.gluedTemperature && b.gluedTemperature) {
            a.gluedTemperature = false; // "30C (86F)" speaks of temperature by itself
            b.gluedTemperature = false;
        }
        List<Token> toks = ctx.tokens();
        QuantityMention second = build(mb, b, toks.get(mb.coreStart()).start(), toks.get(mb.coreEnd() - 1).end(), null,
                null, null, ctx);
        if (second == null) {
            return null;
        }
        Boolean consistent = consistent(a, b);
        if (Boolean.FALSE.equals(consistent)) {
            a.warnings.add("the paired figures disagree: " + text(ma, ctx) + " is not " + text(mb, ctx)
                    + " at the precision written");
        }
        a.steps.add("paired with '" + text(mb, ctx) + "': " + (consistent == null ? "not comparable" : consistent ? "consistent" : "inconsistent"));
        a.warnings.addAll(second.warnings().stream().filter(w -> !a.warnings.contains(w)).toList());
        QuantityMention.Paired p = new QuantityMention.Paired(second.start(), second.end(), second.text(), second.value(),
                second.unit(), second.original());
        int s = toks.get(m.coreStart()).start();
        int e = toks.get(m.coreEnd() - 1).end();
        return build(m, a, s, e, null, p, consistent, ctx);
    }

    /**
     * Whether two figures of a pair agree: one, converted to the other's unit, rounds to the
     * other at the precision it is written with (see {@link #agrees}), in either direction.
     * Null when they cannot be compared (two currencies, two dimensions).
     */
    static Boolean consistent(Fig a, Fig b) {
        if (a.cur != null || b.cur != null) {
            if (a.cur != null && b.cur != null && a.cur.code().equals(b.cur.code())) {
                return money(a.value, a.cur).compareTo(money(b.value, b.cur)) == 0;
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

    private static boolean rangeWordBefore(Match amount, DocumentContext ctx) {
        int i = amount.start() - 1;
        return i >= 0 && RANGE_WORDS.contains(ctx.tokens().get(i).lower());
    }

    /** "rose from 5% to 7%": two figures, each with the unit and noun of the pair. */
    private void splitFromTo(Match m, Match amount, DocumentContext ctx, List<Mention> out, String why) {
        Match lo = amount.children().get(0);
        Match hi = amount.children().get(1);
        Fig a = amount(lo, ctx);
        Fig b = amount(hi, ctx);
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
        a.steps.add(why);
        b.steps.add(why);
        QuantityMention first = build(lo, a, toks.get(lo.coreStart()).start(), toks.get(lo.coreEnd() - 1).end(), counted,
                null, null, ctx);
        QuantityMention second = build(m, b, toks.get(hi.coreStart()).start(),
                counted != null ? he : toks.get(hi.coreEnd() - 1).end(), counted, null, null, ctx);
        if (first != null) {
            out.add(first);
        }
        if (second != null) {
            out.add(second);
        }
    }

    private static String text(Match x, DocumentContext ctx) {
        List<Token> toks = ctx.tokens();
        return ctx.text().substring(toks.get(x.start()).start(), toks.get(x.end() - 1).end());
    }
}
