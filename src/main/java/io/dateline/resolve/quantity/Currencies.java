package io.dateline.resolve.quantity;

import io.dateline.grammar.Lexicon;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * Currency keys of the grammar (lexicons {@code cur.prefix}, {@code cur.name}) to ISO 4217
 * codes. A key is a code, or a sign or word that does not name one currency by itself: those
 * resolve to the likeliest code in English-language news and carry a warning. There are no
 * exchange rates: a sum stays in its currency.
 */
public final class Currencies {

    /**
     * A resolved currency.
     *
     * @param code    ISO 4217 code
     * @param symbol  the original unit in the output ("$", "€", "¢", or the code)
     * @param factor  multiplier to the main unit (0.01 for cents and pence)
     * @param warning null, or why the code is a guess
     */
    public record Resolved(String code, String symbol, BigDecimal factor, String warning) {
    }

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private static final Map<String, Resolved> SPECIAL = Map.of(
            "$", new Resolved("USD", "$", BigDecimal.ONE,
                    "$ read as US dollars; it may be another dollar (CAD, AUD, NZD, HKD, SGD ...)"),
            "dollar", new Resolved("USD", "dollar", BigDecimal.ONE,
                    "'dollars' read as US dollars; it may be another dollar"),
            "¥", new Resolved("JPY", "¥", BigDecimal.ONE, "¥ read as Japanese yen; it may be Chinese yuan (CNY)"),
            "rupee", new Resolved("INR", "rupee", BigDecimal.ONE,
                    "'rupees' read as Indian rupees; it may be Pakistani, Sri Lankan or Nepalese rupees"),
            "cent", new Resolved("USD", "¢", HUNDREDTH, "cents read as US cents; they may be cents of another currency"),
            "pence", new Resolved("GBP", "p", HUNDREDTH, null),
            "€", new Resolved("EUR", "€", BigDecimal.ONE, null),
            "£", new Resolved("GBP", "£", BigDecimal.ONE, null),
            "pound", new Resolved("GBP", "pound", BigDecimal.ONE, null));

    private Currencies() {
    }

    /** Resolves a grammar key; null if it names no currency. */
    public static Resolved resolve(String key) {
        if (key == null) {
            return null;
        }
        Resolved r = SPECIAL.get(key);
        if (r != null) {
            return r;
        }
        try {
            Currency c = Currency.getInstance(key);
            return new Resolved(c.getCurrencyCode(), c.getCurrencyCode(), BigDecimal.ONE, null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A sum in the currency's main unit (cents to dollars), tidied; null stays null. */
    static BigDecimal money(BigDecimal v, Resolved c) {
        return v == null ? null : Numerals.tidyExact(v.multiply(c.factor()));
    }

    /** Currency keys and names of a grammar: the lexicon {@code cur.name} ("euros" -> EUR). */
    static final class Names {
        private final Lexicon curNames;
        private final Lexicon letters;

        Names(Lexicon curNames, Lexicon letters) {
            this.curNames = curNames;
            this.letters = letters;
        }

        /** The code of the dollar a letter glued before "$" names ("A" in "A$5m": AUD; lexicon {@code cur.letter}), or null. */
        String letter(String l) {
            return letters == null ? null : letters.lookup(l.toLowerCase(Locale.ROOT));
        }

        /** A currency from a grammar key ("USD", "$"), a glued code ("usd") or a word ("euro", "yen"). */
        Resolved of(String c) {
            Resolved r = resolve(c);
            if (r == null && c.length() == 3) {
                r = resolve(c.toUpperCase(Locale.ROOT));
            }
            if (r == null && curNames != null) {
                r = resolve(curNames.lookup(c.toLowerCase(Locale.ROOT)));
            }
            return r;
        }
    }
}
