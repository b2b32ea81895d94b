package io.dateline.resolve.time;

import io.dateline.grammar.Frame;
import io.dateline.value.Granularity;
import io.dateline.value.TimeField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Points counted from the anchor or from an earlier time of the text: "two days ago", "a year
 * earlier", "yesterday", "the next day", "last week", "this month", weekdays, and the story's
 * quarter of an earnings report. Each method returns whether a time of day may still be added.
 */
final class RelativePoints {

    private RelativePoints() {
    }

    /** In a story about a quarter: "the quarter" is that quarter, "a year ago" the same quarter a year before. */
    static boolean storyQuarter(Resolution r) {
        Frame f = r.f;
        LocalDate q = r.c.storyQuarter();
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
        r.setPoint(d, Granularity.QUARTER);
        r.addImplied(TimeField.QUARTER);
        r.steps.add("the story's quarter " + Timex.period(q, Granularity.QUARTER) + (years == 0 ? "" : " a year back") + " -> " + r.value);
        return true;
    }

    /** "two days ago", "three weeks from now", "a year earlier". */
    static boolean offset(Resolution r) {
        Frame f = r.f;
        String amount = f.get("amount");
        String unit = f.get("unit");
        boolean fromEvent = "event".equals(f.get("base")) && r.c.event() != null;
        LocalDate base = fromEvent ? r.c.event() : r.anchor;
        int sign = f.get("dir").equals("before") ? -1 : 1;
        Granularity g = Units.granularity(unit);
        if (base == null || amount.equals("X")) {
            r.setUnspecified(sign < 0 ? "PAST_REF" : "FUTURE_REF", Granularity.NONE);
            return false;
        }
        LocalDate to = Units.shift(base, amount, unit, sign);
        if (to == null) {
            r.value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
            return false;
        }
        r.addImplied(TimeField.BASE);
        if (g.compareTo(Granularity.DAY) < 0) {
            // "three hours ago": only the day is known unless the anchor has a time
            g = Granularity.DAY;
        }
        r.setPoint(to, g);
        r.steps.add(amount + " " + unit + (sign < 0 ? " before " : " after ") + (fromEvent ? "the last time mentioned " : "the anchor ")
                + base + " -> " + r.value);
        return g == Granularity.DAY;
    }

    /** "today", "yesterday", "the previous day", "the next day". */
    static boolean dayOffset(Resolution r) {
        int off = r.f.integer("offset");
        boolean fromEvent = "event".equals(r.f.get("base")) && r.c.event() != null;
        LocalDate base = fromEvent ? r.c.event() : r.anchor;
        if (base == null) {
            r.setUnspecified(Timex.UNKNOWN_DAY, Granularity.DAY);
            return true;
        }
        LocalDate d = base.plusDays(off);
        r.steps.add((fromEvent ? "last time mentioned " : "anchor ") + base + (off == 0 ? "" : (off > 0 ? " + " : " - ") + Math.abs(off) + " day") + " -> " + d);
        r.setDay(d);
        r.addImplied(TimeField.DAY);
        return true;
    }

    /** "last week", "this month", "next year", "the following week", "earlier this month". */
    static boolean period(Resolution r) {
        Frame f = r.f;
        String unit = f.get("unit");
        String rel = f.get("rel");
        Granularity g = Units.granularity(unit);
        // "the following month" after "in April 1989" counts from April: the last date mentioned,
        // when it is no coarser than the unit; else from the last day mentioned
        boolean lastFits = r.c.lastPoint() != null && (!"event".equals(f.get("base"))
                || (r.c.lastGranularity() != null && r.c.lastGranularity().compareTo(g) <= 0));
        boolean fromLast = ("last".equals(f.get("base")) || "event".equals(f.get("base"))) && lastFits;
        boolean fromEvent = fromLast || ("event".equals(f.get("base")) && r.c.event() != null);
        LocalDate base = fromLast ? r.c.lastPoint() : fromEvent ? r.c.event() : r.anchor;
        int shift = switch (rel) {
            case "last", "prev", "past" -> -1;
            case "next", "following", "coming" -> 1;
            default -> 0;
        };
        if (!fromEvent && f.has("story") && g == Granularity.QUARTER && shift == 0 && r.anchor != null
                && r.policy.tense() != Tense.FUTURE) {
            // "the quarter" of an earnings story that has named none: the quarter being reported,
            // the latest one completed (a report looks back), unless the sentence looks ahead
            shift = -1;
            r.steps.add("the quarter reported on: the latest completed before " + r.anchor);
        }
        if (base == null) {
            r.setUnspecified(Timex.unknownPeriod(g), g);
            return false;
        }
        r.addImplied(TimeField.of(unit));
        if (g == Granularity.WEEKEND && rel.equals("nearest") && base.getDayOfWeek().getValue() < 6
                && r.policy.weekendJustPast()) {
            shift = -1;
        }
        LocalDate d = Units.shiftPeriods(base, g, shift);
        if (d == null) {
            r.setUnspecified(shift < 0 ? "PAST_REF" : "FUTURE_REF", Granularity.NONE);
            r.warnings.add(rel + " " + unit + " from " + base + " is beyond the calendar");
            return false;
        }
        r.setPoint(d, g);
        r.steps.add(rel + " " + unit + " from " + (fromEvent ? "the last time mentioned " : "the anchor ") + base + " -> " + r.value);
        return g == Granularity.DAY;
    }

    /** "Tuesday", "on Tuesday", "last Friday", "next Monday", "this Thursday". */
    static boolean weekday(Resolution r) {
        int wd = r.f.integer("weekday");
        // "the previous Monday" after "arrested on Saturday, May 10" counts from that Saturday
        boolean fromEvent = "event".equals(r.f.get("base")) && r.c.event() != null;
        LocalDate anchor = fromEvent ? r.c.event() : r.anchor;
        if (anchor == null) {
            r.setUnspecified(Timex.weekday(wd), Granularity.DAY);
            return true;
        }
        DayOfWeek dow = DayOfWeek.of(wd);
        String rel = r.f.get("rel");
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
            TimePolicy.Choice<LocalDate> ch = r.policy.weekday(dow);
            d = ch.value();
            why = ch.why();
        }
        r.addImplied(TimeField.MONTH, TimeField.DAY, TimeField.YEAR);
        r.steps.add(why + " -> " + d);
        r.setDay(d);
        return true;
    }
}
