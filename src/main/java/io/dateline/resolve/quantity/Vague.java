package io.dateline.resolve.quantity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Amounts said without a number (lexicon {@code num.vague}) as intervals. The bounds are a
 * reading of ordinary English usage, not a standard:
 *
 * <table>
 *   <caption>vague amounts</caption>
 *   <tr><th>words</th><th>interval</th><th>value</th></tr>
 *   <tr><td>a few, a handful</td><td>[2, 5]</td><td>3</td></tr>
 *   <tr><td>several</td><td>[3, 9]</td><td>5</td></tr>
 *   <tr><td>dozens</td><td>[24, 100)</td><td>24</td></tr>
 *   <tr><td>scores</td><td>[40, 100)</td><td>40</td></tr>
 *   <tr><td>hundreds</td><td>[200, 1000)</td><td>200</td></tr>
 *   <tr><td>thousands</td><td>[2000, 10000)</td><td>2000</td></tr>
 *   <tr><td>tens of thousands</td><td>[20000, 100000)</td><td>20000</td></tr>
 *   <tr><td>hundreds of thousands</td><td>[200000, 10^6)</td><td>200000</td></tr>
 *   <tr><td>millions</td><td>[2×10^6, 10^9)</td><td>2000000</td></tr>
 *   <tr><td>tens of millions</td><td>[2×10^7, 10^8)</td><td>20000000</td></tr>
 *   <tr><td>hundreds of millions</td><td>[2×10^8, 10^9)</td><td>200000000</td></tr>
 *   <tr><td>billions</td><td>[2×10^9, 10^12)</td><td>2000000000</td></tr>
 * </table>
 *
 * A plural of a round number ("hundreds") promises at least two of them and fewer than the
 * next word up (a thousand is no longer "hundreds"); its value is that least amount. "A few"
 * and "several" have no such floor word, so their value is a typical reading. All are
 * approximate.
 */
public final class Vague {

    /** An interval: min inclusive, max inclusive or not, and the single value to report. */
    public record Interval(BigDecimal min, BigDecimal max, boolean maxInclusive, BigDecimal value) {
    }

    private static final Map<String, Interval> TABLE = Map.ofEntries(
            Map.entry("few", of("2", "5", true, "3")),
            Map.entry("several", of("3", "9", true, "5")),
            Map.entry("dozens", of("24", "100", false, "24")),
            Map.entry("scores", of("40", "100", false, "40")),
            Map.entry("hundreds", of("200", "1000", false, "200")),
            Map.entry("thousands", of("2000", "10000", false, "2000")),
            Map.entry("tens_of_thousands", of("20000", "100000", false, "20000")),
            Map.entry("hundreds_of_thousands", of("200000", "1000000", false, "200000")),
            Map.entry("millions", of("2000000", "1000000000", false, "2000000")),
            Map.entry("tens_of_millions", of("20000000", "100000000", false, "20000000")),
            Map.entry("hundreds_of_millions", of("200000000", "1000000000", false, "200000000")),
            Map.entry("billions", of("2000000000", "1000000000000", false, "2000000000")));

    private Vague() {
    }

    private static Interval of(String min, String max, boolean maxInc, String value) {
        return new Interval(new BigDecimal(min), new BigDecimal(max), maxInc, new BigDecimal(value));
    }

    /** The interval of a {@code num.vague} key, or null. */
    public static Interval of(String key) {
        return key == null ? null : TABLE.get(key);
    }
}
