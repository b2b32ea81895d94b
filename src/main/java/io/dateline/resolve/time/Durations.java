package io.dateline.resolve.time;

import io.dateline.grammar.Frame;
import io.dateline.value.Granularity;
import io.dateline.value.TimexType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Durations ("24 hours", "several weeks", "two weeks later" with the day it points to) and sets ("every Tuesday"). */
final class Durations {

    private Durations() {
    }

    static void duration(Resolution r) {
        Frame f = r.f;
        r.type = TimexType.DURATION;
        if (f.has("hour") && f.has("minute")) {
            // a race time: "2:21:36" is PT2H21M36S
            Integer s = f.has("second") ? f.integer("second") : null;
            r.value = "PT" + f.integer("hour") + "H" + f.integer("minute") + "M" + (s == null ? "" : s + "S");
            r.gran = s == null ? Granularity.MINUTE : Granularity.SECOND;
            r.steps.add("hours, minutes and seconds -> " + r.value);
            return;
        }
        String unit = f.get("unit", "day");
        String amount = amount(f);
        r.value = Timex.duration(amount, unit);
        r.gran = Units.granularity(unit);
        r.steps.add(amount + " " + unit + " -> " + r.value);
        String dir = f.get("dir");
        if (dir == null && f.has("ahead") && r.policy.tense() == Tense.FUTURE) {
            dir = "after";
            r.steps.add("in, future tense cue: counted from the anchor");
        }
        if (dir != null && "none".equals(f.get("base"))) {
            r.steps.add("counted from an event the text does not date: points to no date");
        } else if (dir != null && !amount.equals("X")) {
            boolean fromEvent = "event".equals(f.get("base")) && r.c.event() != null;
            LocalDate base = fromEvent ? r.c.event() : r.anchor;
            String baseName = fromEvent ? "the last time mentioned" : "the anchor";
            if (base != null) {
                LocalDate to = Units.shift(base, amount, unit, dir.equals("before") ? -1 : 1);
                if (to != null && !Timex.writable(to.getYear())) {
                    r.steps.add("points to year " + to.getYear() + ", outside 0001-9999: no date written");
                } else if (to != null && dir.equals("after") && r.anchor != null && to.isAfter(r.anchor)
                        && r.policy.tense() == Tense.PAST) {
                    // "struck again nearly three weeks later", told in the past, cannot lie after the publication date
                    r.warnings.add("a past event " + amount + " " + unit + " after " + base
                            + " would lie after the publication date " + r.anchor + ": no point given");
                } else if (to != null) {
                    r.pointsTo = Timex.period(to, Units.granularity(unit));
                    r.steps.add((dir.equals("before") ? "before " : "after ") + baseName + " " + base + " -> " + r.pointsTo);
                }
            }
        }
    }

    /** The amount, with "and a half" added. */
    private static String amount(Frame f) {
        String a = f.get("amount", "1");
        if (f.has("half") && !a.equals("X")) {
            a = new BigDecimal(a).add(new BigDecimal("0.5")).toPlainString();
        }
        return a;
    }

    static void set(Resolution r) {
        Frame f = r.f;
        r.type = TimexType.SET;
        r.quant = f.get("quant");
        String times = f.get("freq");
        r.freq = times == null ? null : Timex.freq(times);
        if (f.has("weekday")) {
            r.value = Timex.weekday(f.integer("weekday")) + (f.has("pod") ? "T" + f.get("pod") : "");
            r.gran = Granularity.DAY;
        } else if (f.has("season")) {
            r.value = "XXXX-" + f.get("season");
            r.gran = Granularity.SEASON;
        } else if (f.has("quarter")) {
            r.value = "XXXX-Q" + f.get("quarter");
            r.gran = Granularity.QUARTER;
        } else if (f.has("pod") && !f.has("unit")) {
            r.value = Timex.UNKNOWN_DAY + "T" + f.get("pod");
            r.gran = Granularity.PART_OF_DAY;
        } else if ("weekend".equals(f.get("unit"))) {
            // "each weekend" is every weekend of the calendar, not a period of one day
            r.value = Timex.unknownPeriod(Granularity.WEEKEND);
            r.gran = Granularity.WEEKEND;
        } else {
            String unit = f.get("unit", "day");
            r.value = Timex.duration(f.get("amount", "1"), unit);
            r.gran = Units.granularity(unit);
        }
        r.steps.add("set -> " + r.value + (r.freq == null ? "" : " freq " + r.freq));
    }
}
