package io.dateline.resolve.time;

import io.dateline.value.Granularity;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Calendar units of the frame ({@code unit=week}): their granularity and date arithmetic. */
final class Units {

    private Units() {
    }

    static Granularity granularity(String unit) {
        return switch (unit) {
            case "second" -> Granularity.SECOND;
            case "minute" -> Granularity.MINUTE;
            case "hour" -> Granularity.HOUR;
            case "day", "night" -> Granularity.DAY;
            case "weekend" -> Granularity.WEEKEND;
            case "week", "fortnight" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "quarter" -> Granularity.QUARTER;
            case "half" -> Granularity.HALF;
            case "season" -> Granularity.SEASON;
            case "year" -> Granularity.YEAR;
            case "decade" -> Granularity.DECADE;
            case "century" -> Granularity.CENTURY;
            default -> Granularity.NONE;
        };
    }

    /** {@code base} moved by {@code amount} units; null when the amount is not a whole number of days. */
    static LocalDate shift(LocalDate base, String amount, String unit, int sign) {
        BigDecimal a;
        try {
            a = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            return null;
        }
        long n;
        try {
            n = a.longValueExact() * sign;
        } catch (ArithmeticException e) {
            if (a.compareTo(new BigDecimal("0.5")) == 0 && unit.equals("year")) {
                return base.plusMonths(6L * sign);
            }
            return null;
        }
        try {
            return move(base, n, unit);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return null; // beyond the calendar java.time can count (a billion years back)
        }
    }

    private static LocalDate move(LocalDate base, long n, String unit) {
        return switch (unit) {
            case "day", "night" -> base.plusDays(n);
            case "week" -> base.plusWeeks(n);
            case "fortnight" -> base.plusWeeks(2 * n);
            case "month" -> base.plusMonths(n);
            case "quarter" -> base.plusMonths(3 * n);
            case "year" -> base.plusYears(n);
            case "decade" -> base.plusYears(10 * n);
            case "century" -> base.plusYears(100 * n);
            case "hour" -> base.atStartOfDay().plusHours(n).toLocalDate();
            case "minute" -> base.atStartOfDay().plusMinutes(n).toLocalDate();
            case "second" -> base.atStartOfDay().plusSeconds(n).toLocalDate();
            default -> null;
        };
    }

    /** {@code base} moved by {@code shift} periods of granularity {@code g} ("last week": -1); null beyond the calendar. */
    static LocalDate shiftPeriods(LocalDate base, Granularity g, int shift) {
        try {
            return movePeriods(base, g, shift);
        } catch (java.time.DateTimeException e) {
            return null; // past the ends of the calendar java.time counts
        }
    }

    private static LocalDate movePeriods(LocalDate base, Granularity g, int shift) {
        return switch (g) {
            case DAY -> base.plusDays(shift);
            case WEEK, WEEKEND -> base.plusWeeks(shift);
            case MONTH -> base.plusMonths(shift);
            case QUARTER -> base.plusMonths(3L * shift);
            case HALF -> base.plusMonths(6L * shift);
            case YEAR -> base.plusYears(shift);
            case DECADE -> base.plusYears(10L * shift);
            case CENTURY -> base.plusYears(100L * shift);
            default -> base;
        };
    }
}
