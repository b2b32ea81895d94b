package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.grammar.Frame;
import io.dateline.grammar.Grammar;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumeralsTest {

    private static final Grammar G = Dateline.builder().build().grammar();
    private static final Numerals N = Numerals.of(G);

    private static String parse(String s) {
        return Numerals.parse(G, s).map(v -> Numerals.tidyExact(v).toPlainString()).orElse("none");
    }

    @Test
    void theNumeralsOfNewsText() {
        String[][] cases = {{"66", "66"}, {"2,500", "2500"}, {"14,000", "14000"}, {"1.2", "1.2"}, {"-3", "-3"},
            {"2 1/2", "2.5"}, {"half", "0.5"}, {"a third", "0.333333"}, {"eight", "8"}, {"sixty-six", "66"},
            {"sixty six", "66"}, {"one hundred fifty-one", "151"}, {"fourteen thousand", "14000"}, {"a hundred", "100"},
            {"1.2 million", "1200000"}, {"2.5bn", "2500000000"}, {"a dozen", "12"}, {"two dozen", "24"},
            {"a couple of", "2"}, {"three hundred and six", "306"}, {"two thousand five hundred", "2500"},
            {"one million two hundred thousand", "1200000"}, {"half a million", "500000"}, {"13 lakh", "1300000"},
            {"12,34,567", "1234567"}, {"two and a half", "2.5"}, {"minus five", "-5"}, {"attacks", "none"}};
        for (String[] c : cases) {
            assertEquals(c[1], parse(c[0]), c[0]);
        }
    }

    @Test
    void literals() {
        assertEquals(0, new BigDecimal("2500").compareTo(N.literal("2,500")));
        assertEquals(0, new BigDecimal("1.2").compareTo(N.literal("1.2")));
        assertEquals(0, new BigDecimal("0.25").compareTo(N.literal("1/4")));
        assertEquals(0, new BigDecimal("1000000000").compareTo(N.literal("bn")));
        assertEquals(0, new BigDecimal("10000000").compareTo(N.literal("crore")));
    }

    @Test
    void treesAddAndMultiply() {
        // "one hundred fifty-one": v=1 times=100 plus=51
        Frame f = Frame.of(Map.of("kind", "_nh", "v", "1", "times", "100", "plus", Frame.of(Map.of("kind", "_nw", "v", "51"))));
        assertEquals(0, new BigDecimal("151").compareTo(N.value(f)));
        // "-2 1/2"
        Frame g = Frame.of(Map.of("kind", "_num", "v", "2", "fn", "1", "fd", "2", "sign", "-"));
        assertEquals(0, new BigDecimal("-2.5").compareTo(N.value(g)));
        // "2.5bn" exactly
        Frame h = Frame.of(Map.of("kind", "_nx", "v", "2.5", "times", "bn"));
        assertEquals("2500000000", Numerals.tidyExact(N.value(h)).toPlainString());
    }

    @Test
    void tidyNeverWritesAnExponent() {
        assertEquals("3000000000", Numerals.tidy(new BigDecimal("3E+9"), 6).toString());
        assertEquals("32186.9", Numerals.tidy(new BigDecimal("32186.88"), 6).toString());
        assertEquals("0.333333", Numerals.tidyExact(N.literal("1/3")).toString());
        assertEquals("123456789101231", Numerals.tidyExact(new BigDecimal("123456789101231")).toString());
    }

    @Test
    void significantFiguresAsWritten() {
        assertEquals(1, Numerals.significantFigures(new BigDecimal("20")));
        assertEquals(2, Numerals.significantFigures(new BigDecimal("2500")));
        assertEquals(3, Numerals.significantFigures(new BigDecimal("18.6")));
    }

    @Test
    void pairsAgreeAtThePrecisionWritten() {
        // 30 km = 18.64 mi, written "20": within 5 of it
        assertTrue(Pairs.agrees(new BigDecimal("18.64"), new BigDecimal("20")));
        // 50 km = 31.07 mi is not "20"
        assertFalse(Pairs.agrees(new BigDecimal("31.07"), new BigDecimal("20")));
        // 25 km = 15.53 mi, written "15": a figure ending in 5 may be rounded to the nearest five
        assertTrue(Pairs.agrees(new BigDecimal("24.14"), new BigDecimal("25")));
        assertFalse(Pairs.agrees(new BigDecimal("18.3"), new BigDecimal("18.6")));
    }
}
