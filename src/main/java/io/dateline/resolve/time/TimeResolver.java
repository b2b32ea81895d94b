package io.dateline.resolve.time;

import io.dateline.resolve.Policy;
import io.dateline.value.Granularity;
import io.dateline.value.TimeValue;
import io.dateline.value.TimexType;

import io.dateline.value.Anchor;
import io.dateline.grammar.Frame;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Turns the anchor-free frame a rule produced into a TIMEX3 value. This class and nothing else
 * reads the anchor. It is stateless; everything it needs comes in through {@link Context}.
 *
 * <p>The frame vocabulary it understands is documented in {@code grammars/README.md}.
 */
public final class TimeResolver {

    /**
     * What a frame is resolved against.
     *
     * @param anchor the publication date, or null (then values that need it stay underspecified)
     * @param policy the resolution policy
     * @param tense  the tense cue of the mention's sentence
     * @param event  the day of the last resolved time earlier in the text, or null
     * @param storyQuarter the first day of the last quarter mentioned earlier in the text, or null
     *               (frames with {@code story=1} resolve against it: "a year ago" in an earnings story)
     * @param cueWord the word that showed the tense ("said"), or null, for the explanation
     * @param lastPoint the first day of the last date of any size mentioned earlier ({@code base=last}:
     *               "that year" after "in 2019"), or null
     */
    public record Context(Anchor anchor, Policy policy, Tense tense, LocalDate event, LocalDate storyQuarter,
                          LocalDate lastPoint, String cueWord) {

        public Context(Anchor anchor, Policy policy, Tense tense, LocalDate event) {
            this(anchor, policy, tense, event, null, null, null);
        }
    }

    /** How far ahead of the anchor a date in a past-tense sentence may lie and still be this year's. */
    static final int DEADLINE_DAYS = 45;

    private TimeResolver() {
    }

    public static TimeValue resolve(Frame f, Context c) {
        Builder b = new Builder(f, c);
        String kind = f.kind();
        switch (kind) {
            case "ref" -> b.ref();
            case "duration" -> b.duration();
            case "set" -> b.set();
            default -> b.point();
        }
        return b.build();
    }

    /** The mutable state of one resolution; never escapes this class. */
    private static final class Builder {
        final Frame f;
        final Context c;
        final LocalDate anchor;
        TimexType type = TimexType.DATE;
        String value;
        String mod;
        Granularity gran = Granularity.NONE;
        String start;
        String end;
        final Set<String> known = new LinkedHashSet<>();
        final Set<String> implied = new LinkedHashSet<>();
        String quant;
        String freq;
        String pointsTo;
        String rangeStart;
        String rangeEnd;
        final List<String> steps = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        Builder(Frame f, Context c) {
            this.f = f;
            this.c = c;
            this.anchor = c.anchor() == null ? null : c.anchor().date();
            this.mod = f.get("mod");
            for (String k : List.of("year", "year2", "yearhi", "month", "day", "weekday", "hour", "minute", "second", "pod",
                    "quarter", "half", "season", "decade", "century", "zone")) {
                if (f.has(k)) {
                    known.add(k.equals("year2") || k.equals("yearhi") ? "year" : k);
                }
            }
        }

        TimeValue build() {
            if (value == null) {
                value = "XXXX-XX-XX";
                warnings.add("could not resolve " + f);
            }
            return new TimeValue(type, value, mod, gran, start, end, known, implied, quant, freq, pointsTo,
                    rangeStart, rangeEnd, steps, warnings);
        }

        // ---------------------------------------------------------------- vague references

        void ref() {
            value = f.get("ref", "PRESENT_REF");
            type = TimexType.DATE;
            gran = Granularity.NONE;
            if (value.equals("PRESENT_REF") && anchor != null) {
                start = anchor.toString();
                end = anchor.plusDays(1).toString();
            }
            signals();
        }

        // ---------------------------------------------------------------- durations

        void duration() {
            type = TimexType.DURATION;
            String unit = f.get("unit", "day");
            String amount = amount();
            value = durationValue(amount, unit);
            gran = unitGranularity(unit);
            steps.add(amount + " " + unit + " -> " + value);
            String dir = f.get("dir");
            if (dir != null && "none".equals(f.get("base"))) {
                steps.add("counted from an event the text does not date: points to no date");
            } else if (dir != null && !amount.equals("X")) {
                LocalDate base = "event".equals(f.get("base")) && c.event() != null ? c.event() : anchor;
                String baseName = base == null ? null : base == anchor ? "the anchor" : "the last time mentioned";
                if (base != null) {
                    LocalDate to = shiftBy(base, amount, unit, dir.equals("before") ? -1 : 1);
                    if (to != null) {
                        pointsTo = periodValue(to, unitGranularity(unit));
                        steps.add((dir.equals("before") ? "before " : "after ") + baseName + " " + base + " -> " + pointsTo);
                    }
                }
            }
        }

        /** The amount, with "and a half" added. */
        private String amount() {
            String a = f.get("amount", "1");
            if (f.has("half") && !a.equals("X")) {
                a = new BigDecimal(a).add(new BigDecimal("0.5")).toPlainString();
            }
            return a;
        }

        // ---------------------------------------------------------------- sets

        void set() {
            type = TimexType.SET;
            quant = f.get("quant");
            freq = f.get("freq");
            if (freq != null) {
                freq = switch (freq) {
                    case "once" -> "1X";
                    case "twice" -> "2X";
                    case "thrice" -> "3X";
                    default -> freq.endsWith("X") ? freq : freq + "X";
                };
            }
            if (f.has("weekday")) {
                value = "XXXX-WXX-" + f.get("weekday") + podSuffix();
                gran = Granularity.DAY;
            } else if (f.has("season")) {
                value = "XXXX-" + f.get("season");
                gran = Granularity.SEASON;
            } else if (f.has("quarter")) {
                value = "XXXX-Q" + f.get("quarter");
                gran = Granularity.QUARTER;
            } else if (f.has("pod") && !f.has("unit")) {
                value = "XXXX-XX-XXT" + f.get("pod");
                gran = Granularity.PART_OF_DAY;
            } else {
                String unit = f.get("unit", "day");
                value = durationValue(f.get("amount", "1"), unit);
                gran = unitGranularity(unit);
            }
            steps.add("set -> " + value + (freq == null ? "" : " freq " + freq));
        }

        private String podSuffix() {
            return f.has("pod") ? "T" + f.get("pod") : "";
        }

        // ---------------------------------------------------------------- points

        void point() {
            if (datePart()) {
                timePart();
            }
            if ("week".equals(f.get("grain")) && gran == Granularity.DAY && start != null) {
                LocalDate d = parseDay(start.substring(0, 10));
                value = periodValue(d, Granularity.WEEK);
                gran = Granularity.WEEK;
                setIntervalFor(d, Granularity.WEEK);
                steps.add("the week of " + d + " -> " + value);
            }
            signals();
        }

        /** Resolves the calendar part. Returns false when nothing more can be added. */
        private boolean datePart() {
            if (f.has("story") && c.storyQuarter() != null && storyQuarter()) {
                return false;
            }
            if (f.has("amount") && f.has("unit") && f.has("dir")) {
                return offsetPoint();
            }
            if (f.has("offset")) {
                return dayOffset();
            }
            if (f.has("rel") && f.has("unit") && !f.has("weekday")) {
                return relativePeriod();
            }
            if (f.has("weekday") && !f.has("day")) {
                return weekday();
            }
            if (f.has("day") && !f.has("month")) {
                return dayOfMonth();
            }
            if (f.has("monthday") || f.has("nth")) {
                return holiday(year());
            }
            if (f.has("decade")) {
                value = f.get("decade");
                gran = Granularity.DECADE;
                int d = Integer.parseInt(value);
                interval(LocalDate.of(d * 10, 1, 1), LocalDate.of(d * 10 + 10, 1, 1));
                return false;
            }
            if (f.has("century")) {
                int cen = Integer.parseInt(f.get("century"));
                value = pad(cen, 2);
                gran = Granularity.CENTURY;
                interval(LocalDate.of(cen * 100, 1, 1), LocalDate.of(cen * 100 + 100, 1, 1));
                return false;
            }
            Integer year = year();
            if (f.has("month")) {
                return monthDay(year);
            }
            if (f.has("quarter") || f.has("half") || f.has("season")) {
                return subYear(year);
            }
            if (year != null) {
                value = pad(year, 4);
                gran = Granularity.YEAR;
                interval(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
                return false;
            }
            if (f.has("hour") || f.has("pod")) {
                // a time of day alone: the day of the last day named in the text, else the anchor's
                LocalDate day = c.event() != null ? c.event() : anchor;
                if (day == null) {
                    value = "XXXX-XX-XX";
                    gran = Granularity.DAY;
                    return true;
                }
                implied.add("day");
                steps.add("day of the time taken from " + (c.event() != null ? "the last day mentioned " : "the anchor ") + day);
                setDay(day);
                return true;
            }
            return false;
        }

        private Integer year() {
            if (f.has("year")) {
                return f.integer("year");
            }
            if (f.has("yearhi") && f.has("yearlo")) {
                return f.integer("yearhi") * 100 + f.integer("yearlo");
            }
            if (f.has("yearrel") && anchor != null) {
                String r = f.get("yearrel");
                implied.add("year");
                return anchor.getYear() + (r.equals("last") ? -1 : r.equals("next") ? 1 : 0);
            }
            if (f.has("year2")) {
                int y2 = f.integer("year2");
                int base = anchor == null ? 2000 : anchor.getYear() / 100 * 100;
                int y = base + y2;
                if (anchor != null && y > anchor.getYear() + 10) {
                    y -= 100;
                }
                implied.add("century");
                return y;
            }
            return null;
        }

        /** In a story about a quarter: "the quarter" is that quarter, "a year ago" the same quarter a year before. */
        private boolean storyQuarter() {
            LocalDate q = c.storyQuarter();
            String unit = f.get("unit", "");
            int years;
            if (f.has("year") && !f.has("quarter")) {
                years = q.getYear() - f.integer("year");
            } else if (unit.equals("quarter") && ("this".equals(f.get("rel")) || "last".equals(f.get("rel")))) {
                years = 0;
            } else if (unit.equals("year") && ("last".equals(f.get("rel")) || ("before".equals(f.get("dir")) && "1".equals(f.get("amount"))))) {
                years = 1;
            } else {
                return false;
            }
            LocalDate d = q.minusYears(years);
            value = periodValue(d, Granularity.QUARTER);
            gran = Granularity.QUARTER;
            setIntervalFor(d, Granularity.QUARTER);
            implied.add("quarter");
            steps.add("the story's quarter " + periodValue(q, Granularity.QUARTER) + (years == 0 ? "" : " a year back") + " -> " + value);
            return true;
        }

        /** "two days ago", "three weeks from now", "a year earlier". */
        private boolean offsetPoint() {
            String amount = f.get("amount");
            String unit = f.get("unit");
            boolean fromEvent = "event".equals(f.get("base")) && c.event() != null;
            LocalDate base = fromEvent ? c.event() : anchor;
            int sign = f.get("dir").equals("before") ? -1 : 1;
            Granularity g = unitGranularity(unit);
            if (base == null || amount.equals("X")) {
                value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
                gran = Granularity.NONE;
                return false;
            }
            LocalDate to = shiftBy(base, amount, unit, sign);
            if (to == null) {
                value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
                return false;
            }
            implied.add("base");
            if (g.compareTo(Granularity.DAY) < 0) {
                // "three hours ago": only the day is known unless the anchor has a time
                g = Granularity.DAY;
            }
            value = periodValue(to, g);
            gran = g;
            setIntervalFor(to, g);
            steps.add(amount + " " + unit + (sign < 0 ? " before " : " after ") + (fromEvent ? "the last time mentioned " : "the anchor ")
                    + base + " -> " + value);
            return g == Granularity.DAY;
        }

        /** "today", "yesterday", "the previous day", "the next day". */
        private boolean dayOffset() {
            int off = f.integer("offset");
            boolean fromEvent = "event".equals(f.get("base")) && c.event() != null;
            LocalDate base = fromEvent ? c.event() : anchor;
            if (base == null) {
                value = "XXXX-XX-XX";
                gran = Granularity.DAY;
                return true;
            }
            LocalDate d = base.plusDays(off);
            steps.add((fromEvent ? "last time mentioned " : "anchor ") + base + (off == 0 ? "" : (off > 0 ? " + " : " - ") + Math.abs(off) + " day") + " -> " + d);
            setDay(d);
            implied.add("day");
            return true;
        }

        /** "last week", "this month", "next year", "the following week", "earlier this month". */
        private boolean relativePeriod() {
            String unit = f.get("unit");
            String rel = f.get("rel");
            boolean fromLast = "last".equals(f.get("base")) && c.lastPoint() != null;
            boolean fromEvent = fromLast || ("event".equals(f.get("base")) && c.event() != null);
            LocalDate base = fromLast ? c.lastPoint() : fromEvent ? c.event() : anchor;
            int shift = switch (rel) {
                case "last", "prev", "past" -> -1;
                case "next", "following", "coming" -> 1;
                default -> 0;
            };
            Granularity g = unitGranularity(unit);
            if (base == null) {
                value = switch (g) {
                    case WEEK -> "XXXX-WXX";
                    case WEEKEND -> "XXXX-WXX-WE";
                    case MONTH -> "XXXX-XX";
                    case DAY -> "XXXX-XX-XX";
                    default -> "XXXX";
                };
                gran = g;
                return false;
            }
            implied.add(unit);
            if (g == Granularity.WEEKEND && rel.equals("nearest") && base.getDayOfWeek().getValue() < 6) {
                // "this weekend", "the weekend": the one just past, unless the sentence looks ahead
                Tense t = tense();
                if (!(t == Tense.FUTURE || c.policy() == Policy.FUTURE)) {
                    shift = -1;
                    steps.add("weekend: the one just past (" + cue(t) + ")");
                }
            }
            LocalDate d;
            switch (g) {
                case DAY -> d = base.plusDays(shift);
                case WEEK, WEEKEND -> d = base.plusWeeks(shift);
                case MONTH -> d = base.plusMonths(shift);
                case QUARTER -> d = base.plusMonths(3L * shift);
                case HALF -> d = base.plusMonths(6L * shift);
                case YEAR -> d = base.plusYears(shift);
                case DECADE -> d = base.plusYears(10L * shift);
                case CENTURY -> d = base.plusYears(100L * shift);
                default -> d = base;
            }
            value = periodValue(d, g);
            gran = g;
            setIntervalFor(d, g);
            steps.add(rel + " " + unit + " from " + (fromEvent ? "the last time mentioned " : "the anchor ") + base + " -> " + value);
            return g == Granularity.DAY;
        }

        /** "Tuesday", "on Tuesday", "last Friday", "next Monday", "this Thursday". */
        private boolean weekday() {
            int wd = f.integer("weekday");
            if (anchor == null) {
                value = "XXXX-WXX-" + wd;
                gran = Granularity.DAY;
                return true;
            }
            DayOfWeek dow = DayOfWeek.of(wd);
            String rel = f.get("rel");
            LocalDate d;
            String why;
            if (rel != null) {
                switch (rel) {
                    case "last", "past", "prev" -> {
                        d = anchor.with(TemporalAdjusters.previous(dow));
                        why = "last: latest " + dow + " before " + anchor;
                    }
                    case "next", "coming", "following" -> {
                        d = anchor.with(TemporalAdjusters.next(dow));
                        why = "next: first " + dow + " after " + anchor;
                    }
                    default -> {
                        d = anchor.with(DayOfWeek.MONDAY).plusDays(wd - 1L);
                        why = "this: " + dow + " of the anchor's week";
                    }
                }
            } else {
                Tense t = tense();
                boolean future = c.policy() == Policy.FUTURE || (c.policy() == Policy.NEWS && t == Tense.FUTURE);
                LocalDate past = anchor.with(TemporalAdjusters.previousOrSame(dow));
                LocalDate next = anchor.with(TemporalAdjusters.nextOrSame(dow));
                if (c.policy() == Policy.NEAREST) {
                    d = anchor.toEpochDay() - past.toEpochDay() <= next.toEpochDay() - anchor.toEpochDay() ? past : next;
                    why = "nearest " + dow + " to " + anchor + " (policy nearest)";
                } else if (future) {
                    d = next;
                    why = dow + " on or after " + anchor + " (policy " + c.policy().id() + ", " + cue(t) + ")";
                } else {
                    d = past;
                    why = "latest " + dow + " on or before " + anchor + " (policy news, " + cue(t) + ")";
                }
            }
            implied.add("month");
            implied.add("day");
            implied.add("year");
            steps.add(why + " -> " + d);
            setDay(d);
            return true;
        }

        /** A holiday: a fixed month-day, or the nth weekday of a month; the year by the policy. */
        private boolean holiday(Integer year) {
            IntFunction<LocalDate> day;
            if (f.has("monthday")) {
                String[] md = f.get("monthday").split("-");
                int mo = Integer.parseInt(md[0]);
                int dd = Integer.parseInt(md[1]);
                day = y -> LocalDate.of(y, mo, dd);
            } else {
                String[] p = f.get("nth").split("-", 3);
                int mo = Integer.parseInt(p[0]);
                DayOfWeek dow = DayOfWeek.of(Integer.parseInt(p[1]));
                int nth = Integer.parseInt(p[2]);
                day = y -> nth < 0 ? LocalDate.of(y, mo, 1).with(TemporalAdjusters.lastInMonth(dow))
                        : LocalDate.of(y, mo, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, dow));
            }
            known.add("holiday");
            if (year == null) {
                if (anchor == null) {
                    LocalDate ref = day.apply(2000);
                    value = f.has("monthday") ? String.format(Locale.ROOT, "XXXX-%02d-%02d", ref.getMonthValue(), ref.getDayOfMonth()) : "XXXX-XX-XX";
                    gran = Granularity.DAY;
                    return false;
                }
                year = chooseYear(y -> new LocalDate[]{day.apply(y), day.apply(y).plusDays(1)}, "holiday");
                implied.add("year");
            }
            setDay(day.apply(year));
            return true;
        }

        /** "Tuesday the 21st", "on the 17th": the month comes from the anchor, by the policy. */
        private boolean dayOfMonth() {
            int day = f.integer("day");
            Integer wd = f.integer("weekday");
            if (anchor == null) {
                value = wd != null ? "XXXX-WXX-" + wd : String.format(Locale.ROOT, "XXXX-XX-%02d", day);
                gran = Granularity.DAY;
                return true;
            }
            LocalDate best = null;
            long bestScore = Long.MAX_VALUE;
            Tense t = tense();
            for (int k = -3; k <= 3; k++) {
                LocalDate first = anchor.withDayOfMonth(1).plusMonths(k);
                if (day > first.lengthOfMonth()) {
                    continue;
                }
                LocalDate d = first.withDayOfMonth(day);
                if (wd != null && d.getDayOfWeek().getValue() != wd) {
                    continue;
                }
                long diff = d.toEpochDay() - anchor.toEpochDay();
                boolean future = c.policy() == Policy.FUTURE || (c.policy() == Policy.NEWS && t == Tense.FUTURE);
                boolean past = c.policy() == Policy.NEWS && t != Tense.FUTURE;
                long score = future ? (diff >= 0 ? diff : Long.MAX_VALUE) : past ? (diff <= 0 ? -diff : Long.MAX_VALUE) : Math.abs(diff);
                if (score < bestScore) {
                    bestScore = score;
                    best = d;
                }
            }
            if (best == null) {
                value = String.format(Locale.ROOT, "XXXX-XX-%02d", day);
                gran = Granularity.DAY;
                warnings.add("no month near the anchor has day " + day + (wd == null ? "" : " on a " + DayOfWeek.of(wd)));
                return false;
            }
            implied.add("month");
            implied.add("year");
            steps.add("day " + day + ": month and year from the anchor " + anchor + " (policy " + c.policy().id() + ") -> " + best);
            setDay(best);
            return true;
        }

        private Tense tense() {
            String lean = f.get("lean");
            if (lean != null) {
                return lean.equals("past") ? Tense.PAST : lean.equals("future") ? Tense.FUTURE : Tense.PRESENT;
            }
            return c.tense();
        }

        private String cue(Tense t) {
            if (f.has("lean")) {
                return "signal '" + f.get("signal", "") + "' leans " + f.get("lean");
            }
            String word = c.cueWord() == null ? "" : " '" + c.cueWord() + "'";
            return switch (t) {
                case PAST -> "past tense cue" + word;
                case FUTURE -> "future tense cue" + word;
                case PRESENT -> "present tense cue" + word;
                default -> "no tense cue";
            };
        }

        /** Month with or without day and year. */
        private boolean monthDay(Integer year) {
            int month = f.integer("month");
            Integer day = f.integer("day");
            if (month < 1 || month > 12) {
                warnings.add("month " + month + " does not exist");
                value = null;
                return false;
            }
            if (year == null && f.has("rel") && anchor != null) {
                final Integer d0 = day;
                year = relYear(y -> {
                    LocalDate s = safeDate(y, month, d0 == null ? 1 : d0);
                    return new LocalDate[]{s, d0 == null ? s.withDayOfMonth(1).plusMonths(1) : s.plusDays(1)};
                }, f.get("rel"));
                implied.add("year");
                steps.add(f.get("rel") + " month " + month + " -> year " + year);
            }
            if (year == null) {
                if (anchor == null) {
                    value = day == null ? "XXXX-" + pad(month, 2) : "XXXX-" + pad(month, 2) + "-" + pad(day, 2);
                    gran = day == null ? Granularity.MONTH : Granularity.DAY;
                    return day != null;
                }
                final Integer dd = day;
                year = chooseYear(y -> {
                    LocalDate s = safeDate(y, month, dd == null ? 1 : Math.min(dd, LocalDate.of(y, month, 1).lengthOfMonth()));
                    return new LocalDate[]{s, dd == null ? s.plusMonths(1) : s.plusDays(1)};
                }, (day == null ? "month " : "month-day ") + month + (day == null ? "" : "-" + day));
                implied.add("year");
            }
            if (day == null) {
                value = pad(year, 4) + "-" + pad(month, 2);
                gran = Granularity.MONTH;
                interval(LocalDate.of(year, month, 1), LocalDate.of(year, month, 1).plusMonths(1));
                return false;
            }
            LocalDate d;
            try {
                d = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                warnings.add(String.format(Locale.ROOT, "%04d-%02d-%02d is not a date", year, month, day));
                value = String.format(Locale.ROOT, "%04d-%02d", year, month);
                gran = Granularity.MONTH;
                return false;
            }
            if (f.has("weekday") && d.getDayOfWeek().getValue() != f.integer("weekday")) {
                warnings.add("weekday " + DayOfWeek.of(f.integer("weekday")) + " does not match " + d + " (a " + d.getDayOfWeek() + ")");
            }
            setDay(d);
            return true;
        }

        private static LocalDate safeDate(int y, int m, int d) {
            return LocalDate.of(y, m, Math.max(1, Math.min(d, LocalDate.of(y, m, 1).lengthOfMonth())));
        }

        /** Quarter, half or season, with a year, a relation, or neither. */
        private boolean subYear(Integer year) {
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
                if (anchor == null) {
                    value = "XXXX" + suffix;
                    gran = g;
                    return false;
                }
                if (rel != null) {
                    year = relYear(span, rel);
                } else if (g == Granularity.SEASON) {
                    year = chooseYear(span, suffix.substring(1));
                } else {
                    // a quarter or half is reported once it has begun: the latest begun by the anchor
                    year = !span.apply(anchor.getYear())[0].isAfter(anchor) ? anchor.getYear() : anchor.getYear() - 1;
                    steps.add(suffix.substring(1) + ": the latest begun on or before the anchor -> " + year);
                }
                implied.add("year");
            }
            value = pad(year, 4) + suffix;
            gran = g;
            LocalDate[] iv = span.apply(year);
            interval(iv[0], iv[1]);
            return false;
        }

        /** "last summer": the latest one wholly before the anchor; "next": the first wholly after; "this": the anchor year's. */
        private int relYear(IntFunction<LocalDate[]> span, String rel) {
            int y = anchor.getYear();
            switch (rel) {
                case "last", "past", "prev" -> {
                    for (int k = y; k > y - 3; k--) {
                        if (!span.apply(k)[1].isAfter(anchor)) {
                            return k;
                        }
                    }
                    return y - 1;
                }
                case "next", "coming", "following" -> {
                    for (int k = y; k < y + 3; k++) {
                        if (span.apply(k)[0].isAfter(anchor)) {
                            return k;
                        }
                    }
                    return y + 1;
                }
                default -> {
                    return y;
                }
            }
        }

        /** Picks the year of a year-less month, day, quarter or season by the policy. */
        private int chooseYear(IntFunction<LocalDate[]> span, String what) {
            int y = anchor.getYear();
            Tense t = tense();
            Policy p = c.policy();
            int chosen;
            String why;
            if ("since".equals(f.get("signal"))) {
                chosen = !span.apply(y)[0].isAfter(anchor) ? y : y - 1;
                why = "since: the latest on or before the anchor";
            } else if (p == Policy.NEWS && t == Tense.FUTURE) {
                // forward a year only when the month lies before the anchor's (TimeML guidelines):
                // "by Jan. 14" written on January 15 is this January's, a deadline just passed
                LocalDate s0 = span.apply(y)[0];
                boolean earlierMonth = s0.getYear() < anchor.getYear()
                        || (s0.getYear() == anchor.getYear() && s0.getMonthValue() < anchor.getMonthValue());
                chosen = earlierMonth ? y + 1 : y;
                why = "future: forward a year only if its month is before the anchor's";
            } else if (p == Policy.FUTURE) {
                chosen = span.apply(y)[1].isAfter(anchor) ? y : y + 1;
                why = "first on or after the anchor";
            } else if (p == Policy.NEWS && t == Tense.PAST) {
                // back a year only when the month lies after the anchor's month (TimeML guidelines)
                // back a year only when the month lies after the anchor's (TimeML guidelines) and is
                // not close ahead: a past-tense sentence naming a date a few weeks on speaks of a
                // deadline ("was extended to Nov. 16")
                LocalDate s0 = span.apply(y)[0];
                boolean laterMonth = s0.getYear() > anchor.getYear()
                        || (s0.getYear() == anchor.getYear() && s0.getMonthValue() > anchor.getMonthValue());
                boolean closeAhead = s0.toEpochDay() - anchor.toEpochDay() <= DEADLINE_DAYS;
                chosen = laterMonth && !closeAhead ? y - 1 : y;
                why = "past: back a year only if its month is after the anchor's and more than "
                        + DEADLINE_DAYS + " days ahead";
            } else {
                chosen = y;
                long bestDist = Long.MAX_VALUE;
                for (int k = y - 1; k <= y + 1; k++) {
                    LocalDate[] iv = span.apply(k);
                    long dist = anchor.isBefore(iv[0]) ? iv[0].toEpochDay() - anchor.toEpochDay()
                            : !anchor.isBefore(iv[1]) ? anchor.toEpochDay() - iv[1].toEpochDay() + 1 : 0;
                    if (dist < bestDist) {
                        bestDist = dist;
                        chosen = k;
                    }
                }
                why = "nearest the anchor";
            }
            steps.add(what + ": year " + chosen + " (" + why + "; policy " + p.id() + ", " + cue(t) + ")");
            return chosen;
        }

        private void setDay(LocalDate d) {
            value = d.toString();
            gran = Granularity.DAY;
            interval(d, d.plusDays(1));
        }

        // ---------------------------------------------------------------- time of day

        private void timePart() {
            if (!(gran == Granularity.DAY && value != null && value.length() == 10)) {
                if (f.has("hour") || f.has("pod")) {
                    if (value != null && value.startsWith("XXXX-XX-XX")) {
                        // fall through: underspecified day
                    } else {
                        return;
                    }
                } else {
                    return;
                }
            }
            String day = value;
            if (f.has("hour")) {
                int h = f.integer("hour");
                int m = f.has("minute") ? f.integer("minute") : 0;
                String ampm = f.get("ampm");
                if (ampm != null) {
                    if (h > 12) {
                        warnings.add(String.format(Locale.ROOT, "%d:%02d with %s: read as %02d:%02d", h, m, ampm.toUpperCase(Locale.ROOT), h, m));
                    } else if (h == 0) {
                        warnings.add("hour 0 with " + ampm + ": read as 00:" + String.format(Locale.ROOT, "%02d", m));
                    } else if (ampm.equals("pm") && h < 12) {
                        h += 12;
                    } else if (ampm.equals("am") && h == 12) {
                        h = 0;
                    }
                } else if (f.has("pod") && h < 12) {
                    String pod = f.get("pod");
                    if (pod.equals("AF") || pod.equals("EV") || (pod.equals("NI") && h >= 6)) {
                        h += 12;
                    }
                }
                if (h > 24 || m > 59) {
                    warnings.add(String.format(Locale.ROOT, "%d:%02d is not a time of day", h, m));
                    return;
                }
                value = day + "T" + pad(h, 2) + ":" + pad(m, 2);
                if (f.has("second")) {
                    value += String.format(Locale.ROOT, ":%02d", f.integer("second"));
                }
                gran = f.has("second") ? Granularity.SECOND : f.has("minute") ? Granularity.MINUTE : Granularity.HOUR;
                type = TimexType.TIME;
                if (!day.startsWith("X")) {
                    LocalDateTime t0 = parseDay(day).atTime(h % 24, m);
                    if (h == 24) {
                        t0 = t0.plusDays(1);
                    }
                    start = t0.toString();
                    end = (gran == Granularity.HOUR ? t0.plusHours(1) : gran == Granularity.MINUTE ? t0.plusMinutes(1) : t0.plusSeconds(1)).toString();
                }
            } else if (f.has("pod")) {
                String pod = f.get("pod");
                value = day + "T" + pod;
                gran = Granularity.PART_OF_DAY;
                type = TimexType.TIME;
            }
        }

        // ---------------------------------------------------------------- signals

        private void signals() {
            String sig = f.get("signal");
            if (sig == null) {
                return;
            }
            String now = c.anchor() == null ? null : c.anchor().value();
            switch (sig) {
                case "since" -> {
                    rangeStart = start != null ? start : value;
                    rangeEnd = now;
                    steps.add("since: interval from " + rangeStart + " to the anchor");
                }
                case "until" -> {
                    rangeEnd = end != null ? end : value;
                    steps.add("until: interval ending " + rangeEnd);
                }
                default -> {
                }
            }
        }

        // ---------------------------------------------------------------- helpers

        private void interval(LocalDate s, LocalDate e) {
            start = s.toString();
            end = e.toString();
        }

        private void setIntervalFor(LocalDate d, Granularity g) {
            switch (g) {
                case DAY -> interval(d, d.plusDays(1));
                case WEEK -> {
                    LocalDate mon = d.with(DayOfWeek.MONDAY);
                    interval(mon, mon.plusWeeks(1));
                }
                case WEEKEND -> {
                    LocalDate sat = d.with(DayOfWeek.SATURDAY);
                    interval(sat, sat.plusDays(2));
                }
                case MONTH -> interval(d.withDayOfMonth(1), d.withDayOfMonth(1).plusMonths(1));
                case QUARTER -> {
                    LocalDate q = LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
                    interval(q, q.plusMonths(3));
                }
                case HALF -> {
                    LocalDate h = LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
                    interval(h, h.plusMonths(6));
                }
                case YEAR -> interval(LocalDate.of(d.getYear(), 1, 1), LocalDate.of(d.getYear() + 1, 1, 1));
                case DECADE -> interval(LocalDate.of(d.getYear() / 10 * 10, 1, 1), LocalDate.of(d.getYear() / 10 * 10 + 10, 1, 1));
                case CENTURY -> interval(LocalDate.of(d.getYear() / 100 * 100, 1, 1), LocalDate.of(d.getYear() / 100 * 100 + 100, 1, 1));
                default -> {
                }
            }
        }
    }

    // -------------------------------------------------------------------- shared pure functions

    static Granularity unitGranularity(String unit) {
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

    /**
     * {@code LocalDate.parse(s)}, read by hand when {@code s} is plain {@code yyyy-MM-dd} (the
     * formatter costs more than the rest of resolving a date); anything else, or a day that does
     * not exist, goes to the parser, which then also gives its own error.
     */
    static LocalDate parseDay(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (DateTimeException e) {
                    // fall through
                }
            }
        }
        return LocalDate.parse(s);
    }

    /** The number written with ASCII digits in {@code s[from, to)}, or -1. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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

    /** TIMEX3 value of the period of granularity {@code g} that holds {@code d}. */
    static String periodValue(LocalDate d, Granularity g) {
        return switch (g) {
            case WEEK -> pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case WEEKEND -> pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2) + "-WE";
            case MONTH -> pad(d.getYear(), 4) + "-" + pad(d.getMonthValue(), 2);
            case QUARTER -> pad(d.getYear(), 4) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case HALF -> pad(d.getYear(), 4) + "-H" + (d.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> pad(d.getYear(), 4);
            case DECADE -> pad(d.getYear() / 10, 3);
            case CENTURY -> pad(d.getYear() / 100, 2);
            default -> d.toString();
        };
    }

    /** {@code base} moved by {@code amount} units; null when the amount is not a whole number of days. */
    static LocalDate shiftBy(LocalDate base, String amount, String unit, int sign) {
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

    /** The ISO 8601 / TIMEX3 duration for an amount ({@code X} for unknown) of a unit. */
    static String durationValue(String amount, String unit) {
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
        BigDecimal whole = a.setScale(0, java.math.RoundingMode.DOWN);
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
                String small = durationValue(rest.toPlainString(), next[1]);
                if (whole.signum() == 0) {
                    return small;
                }
                String big = durationValue(whole.toPlainString(), unit);
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
