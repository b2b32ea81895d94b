package io.dateline.resolve.time;

import io.dateline.grammar.Frame;
import io.dateline.value.Granularity;
import io.dateline.value.TimeField;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * Points named on the calendar: years, decades, centuries, months with or without a day,
 * quarters, halves, seasons, holidays, "the 17th". A missing year is chosen by
 * {@link TimePolicy}. Each method returns whether a time of day may still be added.
 */
final class CalendarPoints {

    private CalendarPoints() {
    }

    /** The year the frame gives (as written, from two digits, or "last year"'s), or null. */
    static Integer year(Resolution r) {
        Frame f = r.f;
        LocalDate anchor = r.anchor;
        if (f.has("year")) {
            return f.integer("year");
        }
        if (f.has("yearhi") && f.has("yearlo")) {
            return f.integer("yearhi") * 100 + f.integer("yearlo");
        }
        if (f.has("yearrel") && anchor != null) {
            String rel = f.get("yearrel");
            r.addImplied(TimeField.YEAR);
            return anchor.getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
        }
        if (f.has("year2")) {
            int y2 = f.integer("year2");
            int base = anchor == null ? 2000 : anchor.getYear() / 100 * 100;
            int y = base + y2;
            if (anchor != null && y > anchor.getYear() + 10) {
                y -= 100;
            }
            r.addImplied(TimeField.CENTURY);
            return y;
        }
        return null;
    }

    static boolean year(Resolution r, int year) {
        r.setPoint(LocalDate.of(year, 1, 1), Granularity.YEAR);
        Integer last = r.f.integer("lastyear");
        if (last != null && r.span != null) {
            // "2015-16": the last year in the first one's century; "1983-1985" as written
            int ly = last < 100 ? year / 100 * 100 + last : last;
            if (ly > year && ly - year <= 100) {
                r.spanTo(LocalDate.of(ly + 1, 1, 1), "years " + year + " to " + ly);
            }
        }
        return false;
    }

    static boolean decade(Resolution r) {
        int d = r.f.integer("decade");
        r.set(Timex.decade(d), Granularity.DECADE, Span.days(LocalDate.of(d * 10, 1, 1), LocalDate.of(d * 10 + 10, 1, 1)));
        return false;
    }

    static boolean century(Resolution r) {
        int cen = r.f.integer("century");
        r.set(Timex.century(cen), Granularity.CENTURY, Span.days(LocalDate.of(cen * 100, 1, 1), LocalDate.of(cen * 100 + 100, 1, 1)));
        return false;
    }

    /**
     * A holiday: a fixed month-day, a rule of the grammar (the nth weekday of a month), or one
     * {@link Holidays} computes (Easter, Ramadan ...); the year by the policy. A holiday that
     * lasts (Ramadan, Hanukkah) has its first day as value and its whole length as interval.
     */
    static boolean holiday(Resolution r, Integer year) {
        Frame f = r.f;
        IntFunction<LocalDate[]> span;
        if (f.has("monthday")) {
            String[] md = f.get("monthday").split("-");
            int mo = Integer.parseInt(md[0]);
            int dd = Integer.parseInt(md[1]);
            span = y -> new LocalDate[]{LocalDate.of(y, mo, dd), LocalDate.of(y, mo, dd).plusDays(1)};
        } else if (f.has("nth")) {
            String rule = f.get("nth");
            span = y -> new LocalDate[]{Holidays.nth(rule, y), Holidays.nth(rule, y).plusDays(1)};
        } else {
            String id = f.get("feast");
            span = y -> Holidays.span(id, y);
        }
        r.known.add(TimeField.HOLIDAY);
        if (year == null) {
            if (r.anchor == null) {
                LocalDate ref = span.apply(2000)[0];
                r.setUnspecified(f.has("monthday") ? Timex.yearless(ref.getMonthValue(), ref.getDayOfMonth()) : Timex.UNKNOWN_DAY,
                        Granularity.DAY);
                return false;
            }
            year = r.policy.chooseYear(span, "holiday");
            r.addImplied(TimeField.YEAR);
        }
        LocalDate[] iv = span.apply(year);
        r.setDay(iv[0]);
        if (!iv[1].equals(iv[0].plusDays(1)) && r.day != null) {
            r.span = Span.days(iv[0], iv[1]);
            r.steps.add("holiday " + f.get("feast") + " " + year + ": " + iv[0] + " to " + iv[1].minusDays(1));
            return false;
        }
        return true;
    }

    /** "Tuesday the 21st", "on the 17th": the month comes from the anchor, by the policy. */
    static boolean dayOfMonth(Resolution r) {
        int day = r.f.integer("day");
        Integer wd = r.f.integer("weekday");
        if (r.anchor == null) {
            r.setUnspecified(wd != null ? Timex.weekday(wd) : Timex.dayOnly(day), Granularity.DAY);
            return true;
        }
        LocalDate best = r.policy.dayOfMonth(day, wd);
        if (best == null) {
            r.setUnspecified(Timex.dayOnly(day), Granularity.DAY);
            r.warnings.add("no month near the anchor has day " + day + (wd == null ? "" : " on a " + DayOfWeek.of(wd)));
            return false;
        }
        r.addImplied(TimeField.MONTH, TimeField.YEAR);
        r.steps.add("day " + day + ": month and year from the anchor " + r.anchor + " (policy " + r.c.policy().id() + ") -> " + best);
        r.setDay(best);
        return true;
    }

    /** Month with or without day and year. */
    static boolean monthDay(Resolution r, Integer year) {
        Frame f = r.f;
        int month = f.integer("month");
        Integer day = f.integer("day");
        if (month < 1 || month > 12) {
            r.warnings.add("month " + month + " does not exist");
            r.value = null;
            return false;
        }
        if (year == null && f.has("rel") && r.anchor != null) {
            final Integer d0 = day;
            year = r.policy.relYear(y -> {
                LocalDate s = safeDate(y, month, d0 == null ? 1 : d0);
                return new LocalDate[]{s, d0 == null ? s.withDayOfMonth(1).plusMonths(1) : s.plusDays(1)};
            }, f.get("rel"));
            r.addImplied(TimeField.YEAR);
            r.steps.add(f.get("rel") + " month " + month + " -> year " + year);
        }
        if (year == null) {
            if (r.anchor == null) {
                if (day != null && day > java.time.Month.of(month).maxLength()) {
                    // "February 30" is no date in any year: say so even without an anchor
                    r.warnings.add(Timex.yearless(month, day) + " is not a date in any year");
                }
                r.setUnspecified(Timex.yearless(month, day), day == null ? Granularity.MONTH : Granularity.DAY);
                return day != null;
            }
            final Integer dd = day;
            year = r.policy.chooseYear(y -> {
                LocalDate s = safeDate(y, month, dd == null ? 1 : Math.min(dd, LocalDate.of(y, month, 1).lengthOfMonth()));
                return new LocalDate[]{s, dd == null ? s.plusMonths(1) : s.plusDays(1)};
            }, (day == null ? "month " : "month-day ") + month + (day == null ? "" : "-" + day));
            r.addImplied(TimeField.YEAR);
        }
        if (day == null) {
            r.setPoint(LocalDate.of(year, month, 1), Granularity.MONTH);
            return false;
        }
        LocalDate d;
        try {
            d = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            r.warnings.add(Timex.month(year, month) + "-" + Timex.pad(day, 2) + " is not a date");
            r.setUnspecified(Timex.month(year, month), Granularity.MONTH);
            return false;
        }
        Integer last = f.integer("lastday");
        if (last != null && last > day && last <= d.lengthOfMonth()) {
            r.setDay(d);
            r.spanTo(d.withDayOfMonth(last).plusDays(1), "days " + day + " to " + last + " of " + Timex.month(year, month));
            return false;
        }
        if (f.has("weekday") && d.getDayOfWeek().getValue() != f.integer("weekday")) {
            r.warnings.add("weekday " + DayOfWeek.of(f.integer("weekday")) + " does not match " + d + " (a " + d.getDayOfWeek() + ")");
        }
        r.setDay(d);
        return true;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        return LocalDate.of(y, m, Math.max(1, Math.min(d, LocalDate.of(y, m, 1).lengthOfMonth())));
    }

    /** Quarter, half or season, with a year, a relation, or neither. */
    static boolean subYear(Resolution r, Integer year) {
        Frame f = r.f;
        String rel = f.get("rel");
        IntFunction<LocalDate[]> span;
        Granularity g;
        String suffix;
        if (f.has("quarter")) {
            int q = f.integer("quarter");
            span = y -> new LocalDate[]{LocalDate.of(y, 3 * q - 2, 1), LocalDate.of(y, 3 * q - 2, 1).plusMonths(3)};
            g = Granularity.QUARTER;
            suffix = "-Q" + q;
        } else if (f.has("half")) {
            int h = f.integer("half");
            span = y -> new LocalDate[]{LocalDate.of(y, h == 1 ? 1 : 7, 1), LocalDate.of(y, h == 1 ? 1 : 7, 1).plusMonths(6)};
            g = Granularity.HALF;
            suffix = "-H" + h;
        } else {
            String s = f.get("season");
            int startMonth = switch (s) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            span = y -> new LocalDate[]{LocalDate.of(y, startMonth, 1).minusYears(startMonth == 12 ? 1 : 0),
                    LocalDate.of(y, startMonth, 1).minusYears(startMonth == 12 ? 1 : 0).plusMonths(3)};
            g = Granularity.SEASON;
            suffix = "-" + s;
        }
        if (year == null) {
            if (r.anchor == null) {
                r.setUnspecified("XXXX" + suffix, g);
                return false;
            }
            if (rel != null) {
                year = r.policy.relYear(span, rel);
            } else if (g == Granularity.SEASON) {
                year = r.policy.chooseYear(span, suffix.substring(1));
            } else {
                // a quarter or half is reported once it has begun
                year = r.policy.latestBegun(span, suffix.substring(1));
            }
            r.addImplied(TimeField.YEAR);
        }
        LocalDate[] iv = span.apply(year);
        r.set(Timex.subYear(year, suffix), g, Span.days(iv[0], iv[1]));
        return false;
    }
}
