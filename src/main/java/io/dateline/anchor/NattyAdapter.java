package io.dateline.anchor;

import io.dateline.anchor.zone.TimeZones;

import org.antlr.runtime.tree.Tree;
import org.natty.DateGroup;
import org.natty.ParseLocation;
import org.natty.Parser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The project's only door to Natty ({@code org.natty}, the maintained fork of
 * com.joestelmach.natty). No other class may import Natty.
 *
 * <p>Use it for short, isolated date strings only: a user's option value, a metadata value, a
 * dateline candidate already cut out of the text. It is not a scanner for running text.
 *
 * <h2>Reference time</h2>
 * Natty's {@code Parser.parse(String)} reads the system clock ({@code new Date()}) and
 * {@code new Parser()} the default time zone. This adapter always calls
 * {@code new Parser(UTC).parse(text, referenceDate)}, with the caller's reference wall-clock
 * time placed at UTC, and reads results back at UTC (or in the zone Natty itself recognised),
 * so results are wall-clock values as written and never depend on the machine.
 *
 * <h2>Guards</h2>
 * Natty's known faults are checked on every result; see {@link Guard}. Repairs that keep a
 * result (an hour such as "13:32 PM", a weekday that contradicts the date, a bare weekday moved
 * back) are reported in {@link Parsed#warnings()}, never silently.
 *
 * <h2>Logging</h2>
 * Natty logs through java.util.logging under {@code org.natty}; loading this class sets that
 * logger (held here so it is not collected) to {@code OFF}.
 *
 * <p>Stateless and thread-safe: a new Natty parser is made for each call.
 */
public final class NattyAdapter {

    private static final Logger NATTY_LOG = Logger.getLogger("org.natty");

    static {
        NATTY_LOG.setLevel(Level.OFF);
        NATTY_LOG.setUseParentHandlers(false);
    }

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    /**
     * The longest input given to Natty. Natty's time grows fast with the input (10,000 digits
     * take seconds); no date string is this long.
     */
    public static final int MAX_INPUT_CHARS = 200;

    /** A word of three letters or more: a month, a weekday, "yesterday", a holiday... */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    /** Digits separated by / . or - : 01/23/2024, 2024-01-23, 23.01. */
    private static final Pattern DIGIT_DATE = Pattern.compile("\\d{1,4}[/.\\-]\\d{1,2}");
    /** A clock time: 5:07, 17:07, 5pm, 5 p.m. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}|\\d{1,2}\\s*[ap]\\.?\\s?m\\b", Pattern.CASE_INSENSITIVE);
    /** What may be left around Natty's match without changing the meaning. */
    private static final Pattern FILLER = Pattern.compile("(?i)[\\s,.;:|\\-–—()]*(?:(?:on|at|the|of)\\b[\\s,.;:|\\-–—()]*)*");

    /** Why a result was refused. */
    public enum Guard {
        /** Natty found nothing. */
        NO_MATCH,
        /**
         * The matched text is a bare number ("2" of "2,500 troops" read as 02:00, "2014" of
         * "in 2014" read as 20:14): no word, no digit-date shape (01/23), no clock shape (5:07, 5pm).
         */
        BARE_NUMBER,
        /** Natty read only part of the input and the rest carries digits or words. */
        PARTIAL_MATCH,
        /** A time without a date (Natty fills in the reference day); see {@link Settings#allowTimeOnly()}. */
        NO_DATE,
        /** A month (and year) without a day: "January 2024" (Natty silently picks the 1st). */
        NO_DAY,
        /** A bare weekday under {@link WeekdayPolicy#REJECT}. */
        WEEKDAY,
        /** The date does not exist: "February 30, 2024" (Natty rolls it over to March 1). */
        IMPOSSIBLE_DATE,
        /** A range or list ("Jan 3 to Jan 5"), not one date. */
        SEVERAL_DATES,
        /** Natty failed with an exception. */
        FAILURE,
        /** The input is longer than {@link #MAX_INPUT_CHARS}: not given to Natty at all. */
        TOO_LONG
    }

    /** What to do with a bare weekday ("Tuesday"), which Natty always resolves forward. */
    public enum WeekdayPolicy {
        /** Move it to the latest such weekday on or before the reference, with a warning. */
        LATEST_ON_OR_BEFORE,
        /** Refuse it ({@link Guard#WEEKDAY}). */
        REJECT
    }

    /**
     * @param allowTimeOnly     accept a time without a date (the date is then the reference day)
     * @param weekdays          what to do with a bare weekday
     * @param allowPartialMatch accept a match that leaves digits or words of the input unread
     */
    public record Settings(boolean allowTimeOnly, WeekdayPolicy weekdays, boolean allowPartialMatch) {
        public Settings {
            Objects.requireNonNull(weekdays, "weekdays");
        }

        /** No time-only results, bare weekdays moved back, no partial matches. */
        public static Settings defaults() {
            return new Settings(false, WeekdayPolicy.LATEST_ON_OR_BEFORE, false);
        }

        public Settings withAllowTimeOnly(boolean allow) {
            return new Settings(allow, weekdays, allowPartialMatch);
        }

        public Settings withWeekdays(WeekdayPolicy policy) {
            return new Settings(allowTimeOnly, policy, allowPartialMatch);
        }

        public Settings withAllowPartialMatch(boolean allow) {
            return new Settings(allowTimeOnly, weekdays, allow);
        }
    }

    /** The result of {@link #parse}. */
    public sealed interface Outcome permits Parsed, Rejected {
    }

    /**
     * A wall-clock reading of the input, as written: no time zone is applied.
     *
     * @param input     the input
     * @param matched   the part Natty read
     * @param date      the calendar date (for a year-less date, in the reference year)
     * @param time      the time of day, or null when none was written
     * @param zoneText  a time zone Natty recognised in the input, as written ("ET"), or null;
     *                  the caller decides what it means (see {@link TimeZones})
     * @param yearGiven false for a month and day without a year ("Jan 23")
     * @param relative  true when the date was computed from the reference ("yesterday", "Tuesday")
     * @param warnings  repairs and doubts
     */
    public record Parsed(String input, String matched, LocalDate date, LocalTime time, String zoneText,
                         boolean yearGiven, boolean relative, List<String> warnings) implements Outcome {
        public Parsed {
            warnings = List.copyOf(warnings);
        }

        /** Date and time, when a time is known. */
        public LocalDateTime dateTime() {
            return time == null ? null : date.atTime(time);
        }
    }

    /**
     * A refused input.
     *
     * @param input  the input
     * @param guard  the guard that refused it
     * @param reason a sentence for people
     */
    public record Rejected(String input, Guard guard, String reason) implements Outcome {
    }

    /** Parses with {@link Settings#defaults()}. */
    public Outcome parse(String input, LocalDateTime reference) {
        return parse(input, reference, Settings.defaults());
    }

    /**
     * Parses one free-form date string.
     *
     * @param input     e.g. "Jan 23 2024 5:07pm", "January 23, 2024", "01/23/2024, 05:07 PM"
     * @param reference the wall-clock time relative expressions and missing parts are taken
     *                  from; required (never the system clock)
     * @param settings  guard settings
     */
    public Outcome parse(String input, LocalDateTime reference, Settings settings) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(settings, "settings");
        if (input == null || input.isBlank()) {
            return new Rejected(input, Guard.NO_MATCH, "empty date string");
        }
        if (input.length() > MAX_INPUT_CHARS && input.strip().length() > MAX_INPUT_CHARS) {
            return new Rejected(input, Guard.TOO_LONG, "a date string of " + input.strip().length()
                    + " characters is too long (at most " + MAX_INPUT_CHARS + ")");
        }
        String text = input.strip().replaceAll("\\s+", " ");
        List<DateGroup> groups;
        try {
            Date ref = Date.from(reference.toInstant(ZoneOffset.UTC));
            groups = new Parser(UTC).parse(text, ref);
        } catch (RuntimeException | StackOverflowError e) {
            // Natty's own failure (a number too large for it, say): said in words, not Java's text
            return new Rejected(input, Guard.FAILURE, "the date parser could not read '" + text + "'");
        }
        if (groups == null || groups.isEmpty() || groups.get(0).getDates().isEmpty()) {
            return new Rejected(input, Guard.NO_MATCH, "no date found in '" + text + "'");
        }
        if (groups.size() > 1 || groups.get(0).getDates().size() > 1) {
            return new Rejected(input, Guard.SEVERAL_DATES, "'" + text + "' holds several dates, not one");
        }
        DateGroup g = groups.get(0);
        String matched = g.getText() == null ? "" : g.getText();

        // Guard: bare numbers read as times.
        if (!WORD.matcher(matched).find() && !DIGIT_DATE.matcher(matched).find() && !CLOCK.matcher(matched).find()) {
            return new Rejected(input, Guard.BARE_NUMBER, "'" + matched + "' in '" + text
                    + "' is a bare number, not a date or time (Natty would read it as a clock time)");
        }

        // Guard: partial reads.
        int at = Math.max(0, g.getAbsolutePosition());
        String before = at <= text.length() ? text.substring(0, at) : "";
        String after = at + matched.length() <= text.length() ? text.substring(at + matched.length()) : "";
        String left = (before + " " + after).strip();
        if (!settings.allowPartialMatch() && !FILLER.matcher(left).matches()) {
            return new Rejected(input, Guard.PARTIAL_MATCH, "Natty read only '" + matched + "' of '" + text
                    + "' and would ignore '" + left + "'");
        }

        // Guard: a time with no date.
        if (g.isDateInferred() && !settings.allowTimeOnly()) {
            return new Rejected(input, Guard.NO_DATE, "'" + matched
                    + "' has a time but no date (Natty would put it on the reference day)");
        }

        Tree dateTime = NattyTree.find(g.getSyntaxTree(), "DATE_TIME");
        Tree explicitDate = NattyTree.find(dateTime, "EXPLICIT_DATE");
        Tree relativeDate = NattyTree.find(dateTime, "RELATIVE_DATE");
        Tree explicitTime = NattyTree.find(dateTime, "EXPLICIT_TIME");

        ZoneId nattyZone = ZoneOffset.UTC;
        String zoneToken = explicitTime == null ? null : NattyTree.zoneToken(explicitTime);
        if (zoneToken != null) {
            String id = zoneToken.startsWith("+") || zoneToken.startsWith("-") ? "GMT" + zoneToken : zoneToken;
            nattyZone = TimeZone.getTimeZone(id).toZoneId();
        }
        LocalDateTime wall = LocalDateTime.ofInstant(g.getDates().get(0).toInstant(), nattyZone)
                .truncatedTo(ChronoUnit.SECONDS);
        LocalDate date = wall.toLocalDate();
        List<String> warnings = new ArrayList<>();
        boolean yearGiven = true;
        boolean relative = false;

        if (explicitDate != null) {
            Integer month = NattyTree.intChild(explicitDate, "MONTH_OF_YEAR");
            Integer day = NattyTree.intChild(explicitDate, "DAY_OF_MONTH");
            yearGiven = NattyTree.find(explicitDate, "YEAR_OF") != null;
            if (!NattyTree.hasLocation(g, "day_of_month")) {
                return new Rejected(input, Guard.NO_DAY, "'" + matched + "' names a month, not a day");
            }
            if (month != null && day != null) {
                if (month < 1 || month > 12) {
                    return new Rejected(input, Guard.IMPOSSIBLE_DATE, "impossible date '" + matched + "' (no month " + month + ")");
                }
                java.time.Month m = java.time.Month.of(month);
                String monthName = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                if (yearGiven) {
                    int length = YearMonth.of(date.getYear(), month).lengthOfMonth();
                    if (day < 1 || day > length || date.getMonthValue() != month || date.getDayOfMonth() != day) {
                        return new Rejected(input, Guard.IMPOSSIBLE_DATE, "impossible date '" + matched + "' ("
                                + monthName + " " + date.getYear() + " has " + length + " days; Natty would roll it over to "
                                + date + ")");
                    }
                } else {
                    if (day < 1 || day > m.maxLength()) {
                        return new Rejected(input, Guard.IMPOSSIBLE_DATE, "impossible date '" + matched + "' ("
                                + monthName + " has at most " + m.maxLength() + " days)");
                    }
                    // Natty rolls February 29 over when the reference year is not a leap year;
                    // keep the day as written, in the closest earlier leap year.
                    int year = reference.getYear();
                    while (day > YearMonth.of(year, month).lengthOfMonth()) {
                        year--;
                    }
                    date = LocalDate.of(year, month, day);
                }
            }
            Integer dow = NattyTree.intChild(explicitDate, "DAY_OF_WEEK");
            if (dow != null && dow >= 1 && dow <= 7) {
                DayOfWeek written = NattyTree.nattyDay(dow);
                if (yearGiven && written != date.getDayOfWeek()) {
                    warnings.add("weekday " + NattyTree.english(written) + " does not match " + date + ", a "
                            + NattyTree.english(date.getDayOfWeek()) + "; the date was kept");
                }
            }
        } else if (relativeDate != null) {
            relative = true;
            Tree seek = NattyTree.find(relativeDate, "SEEK");
            Tree weekday = NattyTree.find(relativeDate, "DAY_OF_WEEK");
            if (seek != null && weekday != null && seek.getChildCount() >= 3
                    && ">".equals(seek.getChild(0).getText()) && "by_day".equals(seek.getChild(1).getText())
                    && "0".equals(seek.getChild(2).getText())) {
                Integer dow = NattyTree.intChild(relativeDate, "DAY_OF_WEEK");
                DayOfWeek day = NattyTree.nattyDay(dow == null ? 1 : dow);
                if (settings.weekdays() == WeekdayPolicy.REJECT) {
                    return new Rejected(input, Guard.WEEKDAY, "'" + matched + "' is a bare weekday; Natty would take the next "
                            + NattyTree.english(day) + " (" + date + ")");
                }
                LocalDate back = reference.toLocalDate().with(TemporalAdjusters.previousOrSame(day));
                List<ParseLocation> written = NattyTree.locations(g, "day_of_week");
                String word = written.isEmpty() ? NattyTree.english(day) : written.get(0).getText();
                if (!back.equals(date)) {
                    warnings.add("bare weekday '" + word + "' read as the latest " + NattyTree.english(day)
                            + " on or before " + reference.toLocalDate() + " (" + back + "), not the next one ("
                            + date + ") as Natty does");
                }
                date = back;
            }
        }

        LocalTime time = null;
        if (!g.isTimeInferred()) {
            time = wall.toLocalTime();
            if (explicitTime != null) {
                Integer hour = NattyTree.intChild(explicitTime, "HOURS_OF_DAY");
                String meridian = NattyTree.meridian(explicitTime);
                if (hour != null && hour > 12 && meridian != null) {
                    warnings.add("hour " + hour + " with " + meridian.toUpperCase(Locale.ROOT) + ": read as "
                            + hhmm(time));
                }
            }
        }
        String zoneText = null;
        List<ParseLocation> zones = NattyTree.locations(g, "time_zone");
        if (!zones.isEmpty()) {
            zoneText = zones.get(0).getText();
        }
        return new Parsed(input, matched, date, time, zoneText, yearGiven, relative, warnings);
    }

    static String hhmm(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                + (t.getSecond() != 0 ? String.format(Locale.ROOT, ":%02d", t.getSecond()) : "");
    }
}
