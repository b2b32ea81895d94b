package io.dateline.eval;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares TIMEX3 values by what they mean rather than how they are spelled. Two spellings are
 * taken as one value only where the identity is exact:
 * <ul>
 *   <li>week numbers are zero-padded ({@code 2000-W7} is {@code 2000-W07}, as ISO 8601 writes
 *       it);</li>
 *   <li>durations made only of numbers compare by their totals of months, days and seconds,
 *       with the fixed TimeML units: a quarter is 3 months, a year 12, a decade ({@code E}) 120,
 *       a century ({@code C}) 1,200, a millennium ({@code L}) 12,000; a week is 7 days; an hour
 *       3,600 seconds, a minute 60. {@code P1E} is {@code P10Y}, {@code P3Q} is {@code P9M}.
 *       A day is not made 24 hours: across a clock change it is not.</li>
 * </ul>
 * Everything else compares as the trimmed string.
 */
public final class TimexValues {

    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d)(?=$|-)");
    private static final Pattern DURATION = Pattern.compile("^P((?:\\d+(?:\\.\\d+)?[YQEMCLWD])*)(?:T((?:\\d+(?:\\.\\d+)?[HMS])+))?$");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([A-Z])");

    private TimexValues() {
    }

    /** True when both values are absent, or both spell the same value. */
    public static boolean equivalent(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    /** The canonical spelling used by {@link #equivalent}; "" for an absent value. */
    public static String canonical(String value) {
        if (value == null) {
            return "";
        }
        String v = value.trim();
        Matcher w = WEEK.matcher(v);
        if (w.find()) {
            return w.replaceFirst("$1-W0$2");
        }
        Matcher d = DURATION.matcher(v);
        if (d.matches() && v.length() > 1 && !v.equals("PT")) {
            BigDecimal months = BigDecimal.ZERO;
            BigDecimal days = BigDecimal.ZERO;
            BigDecimal seconds = BigDecimal.ZERO;
            Matcher p = PART.matcher(d.group(1));
            while (p.find()) {
                BigDecimal n = new BigDecimal(p.group(1));
                switch (p.group(2)) {
                    case "Y" -> months = months.add(n.multiply(BigDecimal.valueOf(12)));
                    case "Q" -> months = months.add(n.multiply(BigDecimal.valueOf(3)));
                    case "M" -> months = months.add(n);
                    case "E" -> months = months.add(n.multiply(BigDecimal.valueOf(120)));
                    case "C" -> months = months.add(n.multiply(BigDecimal.valueOf(1_200)));
                    case "L" -> months = months.add(n.multiply(BigDecimal.valueOf(12_000)));
                    case "W" -> days = days.add(n.multiply(BigDecimal.valueOf(7)));
                    default -> days = days.add(n); // D
                }
            }
            if (d.group(2) != null) {
                p = PART.matcher(d.group(2));
                while (p.find()) {
                    BigDecimal n = new BigDecimal(p.group(1));
                    seconds = seconds.add(switch (p.group(2)) {
                        case "H" -> n.multiply(BigDecimal.valueOf(3_600));
                        case "M" -> n.multiply(BigDecimal.valueOf(60));
                        default -> n; // S
                    });
                }
            }
            return "P" + months.stripTrailingZeros().toPlainString() + "M"
                    + days.stripTrailingZeros().toPlainString() + "DT"
                    + seconds.stripTrailingZeros().toPlainString() + "S";
        }
        return v;
    }
}
