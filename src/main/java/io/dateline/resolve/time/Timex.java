package io.dateline.resolve.time;

import io.dateline.value.Granularity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.Temporal;

/**
 * The one place where TIMEX3 values and ISO instants are written. The resolver works on
 * java.time values and {@link Span}s; strings are made here, once, for the output.
 */
final class Timex {

    private Timex() {
    }

    /**
     * {@code v} in decimal, zero-padded to {@code width} characters with the sign counted, as
     * {@code String.format(Locale.ROOT, "%0<width>d", v)} writes it, without the formatter.
     */
    static String pad(int v, int width) {
        String digits = Integer.toString(Math.abs(v));
        int zeros = width - digits.length() - (v < 0 ? 1 : 0);
        if (zeros <= 0) {
            return v < 0 ? "-" + digits : digits;
        }
        StringBuilder sb = new StringBuilder(width);
        if (v < 0) {
            sb.append('-');
        }
        for (int k = 0; k < zeros; k++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /** An instant of an interval: {@code 2023-11-21} or {@code 2023-11-21T14:05}. */
    static String iso(Temporal t) {
        return t == null ? null : t.toString();
    }

    /** TIMEX3 value of the period of granularity {@code g} that holds {@code d}. */
    static String period(LocalDate d, Granularity g) {
        return switch (g) {
            case WEEK -> pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case WEEKEND -> pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2) + "-WE";
            case MONTH -> month(d.getYear(), d.getMonthValue());
            case QUARTER -> pad(d.getYear(), 4) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case HALF -> pad(d.getYear(), 4) + "-H" + (d.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year(d.getYear());
            case DECADE -> pad(d.getYear() / 10, 3);
            case CENTURY -> pad(d.getYear() / 100, 2);
            default -> d.toString();
        };
    }

    /** Whether year {@code y} is written with four digits (0001-9999). */
    static boolean writable(int y) {
        return y >= 1 && y <= 9999;
    }

    /** A year before 1 CE: astronomical year -976 is {@code BC0977}. */
    static String bcYear(int astronomical) {
        return "BC" + pad(1 - astronomical, 4);
    }

    static String year(int y) {
        return pad(y, 4);
    }

    static String month(int y, int m) {
        return pad(y, 4) + "-" + pad(m, 2);
    }

    /** A period inside a year: {@code 2024-Q3}, {@code 2024-H1}, {@code 2024-SU}. */
    static String subYear(int y, String suffix) {
        return pad(y, 4) + suffix;
    }

    static String decade(int d) {
        return Integer.toString(d);
    }

    static String century(int c) {
        return pad(c, 2);
    }

    /** A month and day of an unknown year: {@code XXXX-10-17}; {@code XXXX-10} without a day. */
    static String yearless(int month, Integer day) {
        return day == null ? "XXXX-" + pad(month, 2) : "XXXX-" + pad(month, 2) + "-" + pad(day, 2);
    }

    /** A day of an unknown month: {@code XXXX-XX-17}. */
    static String dayOnly(int day) {
        return "XXXX-XX-" + pad(day, 2);
    }

    /** A weekday of an unknown week: {@code XXXX-WXX-2}. */
    static String weekday(int wd) {
        return "XXXX-WXX-" + wd;
    }

    static final String UNKNOWN_DAY = "XXXX-XX-XX";

    /** The period of a unit, of an unknown date: {@code XXXX-WXX}, {@code XXXX-XX}, ... */
    static String unknownPeriod(Granularity g) {
        return switch (g) {
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case DAY -> UNKNOWN_DAY;
            default -> "XXXX";
        };
    }

    /** A time of day after a day's value: {@code T14:05}, {@code T14:05:09}. */
    static String clock(int h, int m, Integer s) {
        return "T" + pad(h, 2) + ":" + pad(m, 2) + (s == null ? "" : ":" + pad(s, 2));
    }

    /** A set's frequency: {@code 2X}. */
    static String freq(String times) {
        return times.endsWith("X") ? times : times + "X";
    }

    /** The ISO 8601 / TIMEX3 duration for an amount ({@code X} for unknown) of a unit. */
    static String duration(String amount, String unit) {
        if (amount.equals("X")) {
            return switch (unit) {
                case "hour" -> "PTXH";
                case "minute" -> "PTXM";
                case "second" -> "PTXS";
                case "week", "fortnight" -> "PXW";
                case "month" -> "PXM";
                case "quarter" -> "PXQ";
                case "decade" -> "PXY";
                case "century" -> "PXC";
                case "year" -> "PXY";
                default -> "PXD";
            };
        }
        BigDecimal a = new BigDecimal(amount);
        BigDecimal whole = a.setScale(0, RoundingMode.DOWN);
        BigDecimal frac = a.subtract(whole);
        if (frac.signum() > 0) {
            // "5 1/2 hours" is PT5H30M: the fraction goes into the next smaller unit
            String[] next = switch (unit) {
                case "year" -> new String[]{"12", "month"};
                case "month" -> new String[]{"30", "day"};
                case "week" -> new String[]{"7", "day"};
                case "day" -> new String[]{"24", "hour"};
                case "hour" -> new String[]{"60", "minute"};
                case "minute" -> new String[]{"60", "second"};
                default -> null;
            };
            if (next != null) {
                BigDecimal rest = frac.multiply(new BigDecimal(next[0])).stripTrailingZeros();
                String small = duration(rest.toPlainString(), next[1]);
                if (whole.signum() == 0) {
                    return small;
                }
                String big = duration(whole.toPlainString(), unit);
                boolean bigTime = big.startsWith("PT");
                boolean smallTime = small.startsWith("PT");
                String tail = small.substring(smallTime ? 2 : 1);
                return big + (smallTime && !bigTime ? "T" : "") + tail;
            }
        }
        String n = a.stripTrailingZeros().toPlainString();
        return switch (unit) {
            case "hour" -> "PT" + n + "H";
            case "minute" -> "PT" + n + "M";
            case "second" -> "PT" + n + "S";
            case "week" -> "P" + n + "W";
            case "fortnight" -> "P" + a.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString() + "W";
            case "month" -> "P" + n + "M";
            case "quarter" -> "P" + n + "Q";
            case "year" -> "P" + n + "Y";
            case "decade" -> "P" + a.multiply(BigDecimal.TEN).stripTrailingZeros().toPlainString() + "Y";
            case "century" -> "P" + a.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "Y";
            default -> "P" + n + "D";
        };
    }
}
