package io.dateline.resolve.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Holidays computed, not listed. Each gives the occurrence that begins in a Gregorian year, as
 * {@code [first day, day after the last]}:
 * <ul>
 *   <li>Easter and its relatives from the Gregorian computus (the anonymous algorithm of
 *       Meeus/Jones/Butcher);</li>
 *   <li>Ramadan, Eid al-Fitr and Eid al-Adha from ICU4J's {@link IslamicCalendar} in its
 *       Umm al-Qura variant (the Saudi tables); where the month begins at a sighting of the
 *       moon the observed day can differ by one;</li>
 *   <li>Rosh Hashanah, Yom Kippur and Hanukkah from {@link HebrewCalendar};</li>
 *   <li>Lunar New Year from {@link ChineseCalendar}.</li>
 * </ul>
 * Rule-based holidays (the fourth Thursday of November ...) are lexicon rules of the grammar
 * ({@code holiday.nth}); Diwali follows a lunisolar calendar ICU lacks and is left out.
 */
final class Holidays {

    private Holidays() {
    }

    /** Whether {@code id} names a holiday computed here. */
    static boolean known(String id) {
        return switch (id) {
            case "easter", "good_friday", "easter_monday", "palm_sunday", "ramadan", "eid_al_fitr", "eid_al_adha",
                 "rosh_hashanah", "yom_kippur", "hanukkah", "lunar_new_year" -> true;
            default -> false;
        };
    }

    /** The occurrence of holiday {@code id} that begins in Gregorian year {@code y}: first day and the day after it ends. */
    static LocalDate[] span(String id, int y) {
        return switch (id) {
            case "easter" -> days(easter(y), 1);
            case "good_friday" -> days(easter(y).minusDays(2), 1);
            case "easter_monday" -> days(easter(y).plusDays(1), 1);
            case "palm_sunday" -> days(easter(y).minusDays(7), 1);
            case "ramadan" -> {
                LocalDate s = islamic(y, IslamicCalendar.RAMADAN, 1);
                LocalDate e = islamicAfter(s, IslamicCalendar.SHAWWAL, 1);
                yield new LocalDate[]{s, e};
            }
            case "eid_al_fitr" -> days(islamic(y, IslamicCalendar.SHAWWAL, 1), 1);
            case "eid_al_adha" -> days(islamic(y, IslamicCalendar.DHU_AL_HIJJAH, 10), 1);
            case "rosh_hashanah" -> days(hebrew(y + 3761, HebrewCalendar.TISHRI, 1), 2);
            case "yom_kippur" -> days(hebrew(y + 3761, HebrewCalendar.TISHRI, 10), 1);
            case "hanukkah" -> days(hebrew(y + 3761, HebrewCalendar.KISLEV, 25), 8);
            case "lunar_new_year" -> days(chineseNewYear(y), 1);
            default -> throw new IllegalArgumentException("no holiday " + id);
        };
    }

    private static LocalDate[] days(LocalDate first, int n) {
        return new LocalDate[]{first, first.plusDays(n)};
    }

    /** Easter Sunday of Gregorian year {@code y}. */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    private static LocalDate fromJulianDay(Calendar cal) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, cal.get(Calendar.JULIAN_DAY));
    }

    private static IslamicCalendar islamicCalendar() {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return cal;
    }

    /** The first day-{@code day} of Islamic month {@code month} that falls in Gregorian year {@code y}. */
    private static LocalDate islamic(int y, int month, int day) {
        // Islamic years are 11 days shorter: year y is roughly Islamic year (y - 622) * 33 / 32
        int approx = (int) Math.round((y - 622) * 33.0 / 32.0);
        for (int iy = approx - 2; iy <= approx + 2; iy++) {
            IslamicCalendar cal = islamicCalendar();
            cal.clear();
            cal.set(Calendar.EXTENDED_YEAR, iy);
            cal.set(Calendar.MONTH, month);
            cal.set(Calendar.DAY_OF_MONTH, day);
            LocalDate d = fromJulianDay(cal);
            if (d.getYear() == y) {
                return d;
            }
        }
        throw new IllegalArgumentException("no Islamic date in " + y);
    }

    /** Day {@code day} of Islamic month {@code month} first after {@code from}. */
    private static LocalDate islamicAfter(LocalDate from, int month, int day) {
        IslamicCalendar cal = islamicCalendar();
        cal.clear();
        cal.set(Calendar.JULIAN_DAY, (int) from.getLong(JulianFields.JULIAN_DAY));
        int iy = cal.get(Calendar.EXTENDED_YEAR);
        for (int k = iy; k <= iy + 1; k++) {
            IslamicCalendar c2 = islamicCalendar();
            c2.clear();
            c2.set(Calendar.EXTENDED_YEAR, k);
            c2.set(Calendar.MONTH, month);
            c2.set(Calendar.DAY_OF_MONTH, day);
            LocalDate d = fromJulianDay(c2);
            if (d.isAfter(from)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no Islamic date after " + from);
    }

    private static LocalDate hebrew(int hebrewYear, int month, int day) {
        HebrewCalendar cal = new HebrewCalendar(TimeZone.GMT_ZONE);
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, hebrewYear);
        cal.set(Calendar.MONTH, month);
        cal.set(Calendar.DAY_OF_MONTH, day);
        return fromJulianDay(cal);
    }

    private static LocalDate chineseNewYear(int y) {
        // the Chinese year in progress on January 1 began the year before; the next one begins in y
        ChineseCalendar jan1 = new ChineseCalendar(TimeZone.GMT_ZONE);
        jan1.clear();
        jan1.set(Calendar.JULIAN_DAY, (int) LocalDate.of(y, 1, 1).getLong(JulianFields.JULIAN_DAY));
        int inProgress = jan1.get(Calendar.EXTENDED_YEAR);
        ChineseCalendar cal = new ChineseCalendar(TimeZone.GMT_ZONE);
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, inProgress + 1);
        cal.set(Calendar.MONTH, 0);
        cal.set(Calendar.IS_LEAP_MONTH, 0);
        cal.set(Calendar.DAY_OF_MONTH, 1);
        return fromJulianDay(cal);
    }

    /**
     * A rule-based holiday of the lexicon {@code holiday.nth}: {@code MM-WD-N} is the Nth weekday
     * WD (1 = Monday) of month MM, N = -1 the last; {@code MM-WD-N@D} counts from day D of the
     * month ("11-2-1@2": the first Tuesday on or after November 2, US Election Day).
     */
    static LocalDate nth(String rule, int y) {
        String[] p = rule.split("-", 3);
        int mo = Integer.parseInt(p[0]);
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(p[1]));
        String n = p[2];
        int from = 1;
        int at = n.indexOf('@');
        if (at >= 0) {
            from = Integer.parseInt(n.substring(at + 1));
            n = n.substring(0, at);
        }
        int nth = Integer.parseInt(n);
        if (nth < 0) {
            return LocalDate.of(y, mo, 1).with(TemporalAdjusters.lastInMonth(dow));
        }
        return LocalDate.of(y, mo, from).with(TemporalAdjusters.nextOrSame(dow)).plusWeeks(nth - 1L);
    }
}
