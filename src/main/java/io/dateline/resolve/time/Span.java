package io.dateline.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;

/**
 * The interval a time value denotes, end exclusive: two days ({@link LocalDate}) or two
 * instants ({@link LocalDateTime}). Immutable, in the spirit of ThreeTen-Extra's LocalDateRange.
 */
record Span(Temporal start, Temporal end) {

    static Span days(LocalDate s, LocalDate e) {
        return new Span(s, e);
    }

    static Span times(LocalDateTime s, LocalDateTime e) {
        return new Span(s, e);
    }

    /** The first day of the span. */
    LocalDate startDay() {
        return LocalDate.from(start);
    }

    /** The day after the span (its exclusive end as a day). */
    LocalDate endDay() {
        return LocalDate.from(end);
    }

    /** The period of granularity {@code g} that holds {@code d}, or null for a granularity without one. */
    static Span of(LocalDate d, io.dateline.value.Granularity g) {
        return switch (g) {
            case DAY -> days(d, d.plusDays(1));
            case WEEK -> {
                LocalDate mon = d.with(DayOfWeek.MONDAY);
                yield days(mon, mon.plusWeeks(1));
            }
            case WEEKEND -> {
                LocalDate sat = d.with(DayOfWeek.SATURDAY);
                yield days(sat, sat.plusDays(2));
            }
            case MONTH -> days(d.withDayOfMonth(1), d.withDayOfMonth(1).plusMonths(1));
            case QUARTER -> {
                LocalDate q = LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
                yield days(q, q.plusMonths(3));
            }
            case HALF -> {
                LocalDate h = LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
                yield days(h, h.plusMonths(6));
            }
            case YEAR -> days(LocalDate.of(d.getYear(), 1, 1), LocalDate.of(d.getYear() + 1, 1, 1));
            case DECADE -> days(LocalDate.of(d.getYear() / 10 * 10, 1, 1), LocalDate.of(d.getYear() / 10 * 10 + 10, 1, 1));
            case CENTURY -> days(LocalDate.of(d.getYear() / 100 * 100, 1, 1), LocalDate.of(d.getYear() / 100 * 100 + 100, 1, 1));
            default -> null;
        };
    }
}
