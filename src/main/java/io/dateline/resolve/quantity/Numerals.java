package io.dateline.resolve.quantity;

import io.dateline.grammar.Frame;
import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.grammar.Match;
import io.dateline.text.TextNormalizer;
import io.dateline.text.Token;
import io.dateline.text.Tokenizer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the numeral trees the rules of {@code 40-numerals.rules} build. A numeral frame has
 * {@code v} (the number), {@code times} (a multiplier or a scale word), {@code plus} (added
 * after), {@code fn}/{@code fd} (a fraction added), {@code sign}; each of {@code v}, {@code times},
 * {@code plus} is a literal ("2,500", "1.2", "1/3", "bn") or a nested numeral frame.
 *
 * <p>All arithmetic is {@link BigDecimal}: "1.2 million" is exactly 1200000 and "2.5bn" exactly
 * 2500000000. Only a division that does not terminate ("a third") is rounded, to 34 digits
 * ({@link MathContext#DECIMAL128}); {@link #tidy} rounds what is shown.
 *
 * <p>Why not ICU4J's {@code RuleBasedNumberFormat(SPELLOUT)}? It reads one spelled number from
 * the start of a string, but (ICU4J 79.1, checked) its strict mode reads "sixty six" as 6006,
 * both modes stop "two dozen" at 2 and read "a hundred" and "a third" as nothing, and it
 * cannot say where a numeral ends in running text. The grammar finds the span; this class only
 * adds and multiplies.
 */
public final class Numerals {

    private static final MathContext DIV = MathContext.DECIMAL128;

    /** Scale words and abbreviations to their multipliers (lexicon {@code num.scale}). */
    private final Map<String, BigDecimal> scales;

    private Numerals(Map<String, BigDecimal> scales) {
        this.scales = scales;
    }

    /**
     * The evaluator for a grammar: its scale words come from the lexicon {@code num.scale}
     * (short scale: a billion is 10^9; Indian lakh 10^5 and crore 10^7). A grammar without
     * that lexicon has no scale words.
     */
    public static Numerals of(Grammar grammar) {
        Lexicon lex = grammar.lexicon("num.scale");
        Map<String, BigDecimal> m = new HashMap<>();
        if (lex != null) {
            lex.oneTokenForms().forEach((w, v) -> m.put(w, new BigDecimal(v)));
        }
        return new Numerals(Map.copyOf(m));
    }

    /**
     * Reads a whole string as one numeral with the numeral rules of {@code grammar} (the
     * built-in one: {@code Dateline.builder().build().grammar()}): "sixty six" is 66, "two
     * dozen" 24, "1.2 million" 1200000. Empty when the string is not exactly one numeral.
     */
    public static Optional<BigDecimal> parse(Grammar grammar, String text) {
        List<Token> tokens = Tokenizer.tokenize(TextNormalizer.fold(text));
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        for (Match m : grammar.scan(tokens)) {
            if (m.kind().equals("_num") && m.start() == 0 && m.end() == tokens.size()) {
                try {
                    return Optional.of(of(grammar).value(m.frame()));
                } catch (Unreadable e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The value of a numeral frame (or of a literal). */
    public BigDecimal value(Object numeral) {
        if (numeral instanceof String s) {
            return literal(s);
        }
        if (!(numeral instanceof Frame f)) {
            throw new IllegalArgumentException("not a numeral: " + numeral);
        }
        BigDecimal v = f.has("v") ? value(f.value("v")) : BigDecimal.ZERO;
        if (f.has("times")) {
            v = v.multiply(value(f.value("times")));
        }
        if (f.has("plus")) {
            v = v.add(value(f.value("plus")));
        }
        if (f.has("fn") && f.has("fd")) {
            v = v.add(literal(f.value("fn") + "/" + f.value("fd")));
        }
        Object sign = f.value("sign");
        if (sign != null && !sign.equals("+")) {
            v = v.negate();
        }
        return v;
    }

    /** Whether the numeral's own words make it loose ("a couple of"). */
    public static boolean approximate(Frame f) {
        if (f.has("approx")) {
            return true;
        }
        for (Object o : f.asMap().values()) {
            if (o instanceof Frame c && c.kind().startsWith("_n") && approximate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A literal: digits with thousands commas ("2,500"), a decimal ("1.2"), a fraction ("1/3"),
     * a scale word ("million", "bn"), "a"/"an" (one).
     */
    public BigDecimal literal(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        BigDecimal scale = scales.get(t);
        if (scale != null) {
            return scale;
        }
        if (t.equals("a") || t.equals("an")) {
            return BigDecimal.ONE;
        }
        BigDecimal power = power(t);
        if (power != null) {
            return power;
        }
        if (t.matches(".*10(\\^|[\u2070\u00B9\u00B2\u00B3\u2074-\u207B]).*")) {
            // "10^800": a power of ten past what is read (MAX_EXPONENT) is no figure of ours
            throw new Unreadable("'" + t + "' is a power of ten past 10^" + MAX_EXPONENT + ": not read as a figure");
        }
        int slash = t.indexOf('/');
        if (slash > 0) {
            BigDecimal n = new BigDecimal(t.substring(0, slash).replace(",", ""));
            BigDecimal d = new BigDecimal(t.substring(slash + 1).replace(",", ""));
            return divide(n, d);
        }
        return new BigDecimal(t.replace(",", ""));
    }

    /** A numeral that is no figure of ours (a power of ten too large): the mention is left out, with a warning. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** Exponents read, at most: a power of ten stays a number a person would write. */
    static final int MAX_EXPONENT = 400;

    /**
     * A power of ten: "10^80", "10⁸⁰", "1.2×10^6", "3x10^4", "10^-3"; null when {@code t} is not
     * one ("1e6" is read by {@link BigDecimal} itself).
     */
    static BigDecimal power(String t) {
        int ten = t.lastIndexOf("10");
        if (ten < 0 || ten + 2 >= t.length()) {
            return null;
        }
        String exp = t.substring(ten + 2);
        StringBuilder digits = new StringBuilder();
        if (exp.charAt(0) == '^') {
            digits.append(exp, 1, exp.length());
        } else {
            for (int i = 0; i < exp.length(); i++) {
                char c = exp.charAt(i);
                int d = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079".indexOf(c);
                if (c == '\u207B') {
                    digits.append('-');
                } else if (d >= 0) {
                    digits.append((char) ('0' + d));
                } else {
                    return null;
                }
            }
        }
        if (!digits.toString().matches("-?\\d{1,3}")) {
            return null;
        }
        int e = Integer.parseInt(digits.toString());
        if (Math.abs(e) > MAX_EXPONENT) {
            return null;
        }
        BigDecimal mantissa = BigDecimal.ONE;
        if (ten > 0) {
            String m = t.substring(0, ten - 1); // before "×" or "x"
            if (!m.matches("\\d{1,3}(?:\\.\\d{1,15})?")) {
                return null;
            }
            mantissa = new BigDecimal(m);
        }
        return mantissa.scaleByPowerOfTen(e);
    }

    static BigDecimal divide(BigDecimal n, BigDecimal d) {
        try {
            return n.divide(d);
        } catch (ArithmeticException e) {
            return n.divide(d, DIV);
        }
    }

    /**
     * The scale a numeral was written with: its multiplier when that is a scale word or a
     * power of ten of at least a thousand ("five thousand", "2.5bn", "1.2 million"), else null.
     */
    public BigDecimal scaleOf(Frame f) {
        Object t = f.value("times");
        if (t instanceof Frame g) {
            return scaleOf(g) != null ? value(g) : null;
        }
        if (!(t instanceof String s)) {
            return null;
        }
        BigDecimal v = scales.get(s.strip().toLowerCase(Locale.ROOT));
        if (v == null) {
            try {
                v = literal(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        BigDecimal r = v.stripTrailingZeros();
        return r.compareTo(new BigDecimal("1000")) >= 0 && r.unscaledValue().equals(java.math.BigInteger.ONE) ? v : null;
    }

    /** A scale word's multiplier, or null. */
    public BigDecimal scale(String word) {
        return word == null ? null : scales.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Significant figures as written, for checking a conversion: trailing zeros of a whole
     * number do not count ("20" has one, "2,500" two, "18.6" three).
     */
    public static int significantFigures(BigDecimal v) {
        if (v.signum() == 0) {
            return 1;
        }
        return v.stripTrailingZeros().precision();
    }

    /**
     * The form shown in the output: at most {@code digits} significant figures, no trailing
     * zeros after the point, never an exponent (scale kept at zero or more).
     */
    public static BigDecimal tidy(BigDecimal v, int digits) {
        if (v == null) {
            return null;
        }
        BigDecimal r = v.precision() > digits ? v.round(new MathContext(digits, RoundingMode.HALF_EVEN)) : v;
        r = r.stripTrailingZeros();
        if (r.scale() < 0) {
            r = r.setScale(0);
        }
        return r;
    }

    /** An exact value as written, unless a division made it long (then 6 significant figures). */
    public static BigDecimal tidyExact(BigDecimal v) {
        if (v == null) {
            return null;
        }
        return tidy(v, v.precision() > 20 ? 6 : v.precision());
    }
}
