package io.dateline.compare;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import io.dateline.value.TimeMention;
import io.dateline.value.TimexType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The story's days: every time the reports give that falls within one calendar day ("early
 * on Sunday", "on Sunday morning", "at 5 a.m. on Sunday"), under that day, so that the times of
 * one day in several reports meet whatever part of it each names. Each report is read against
 * one anchor: its own, or, where it conflicts with its story's other versions, the suggested
 * one (the time is then marked {@code suggested}). A report's own publication date is its
 * anchor, not an event of the story: the anchor's text, and a date with a clock time written in
 * full on the day of the report's anchor ("01/23/2024, 06:21 PM" of an "Updated" line), are
 * left out.
 */
final class Days {

    /** One story day and the times under it. */
    record Day(LocalDate date, List<Time> times) {
        Day {
            times = List.copyOf(times);
        }

        /** The ids of the reports that give a time of this day, each once, in input order. */
        List<String> reports() {
            return times.stream().sorted(Comparator.comparingInt(t -> t.report().index()))
                    .map(t -> t.report().id()).distinct().toList();
        }
    }

    /**
     * A time of a day in one report.
     *
     * @param report    the report
     * @param mention   the time as read against {@code anchor}
     * @param anchor    the date it was read against
     * @param suggested whether that is the date suggested for a report whose anchor conflicts
     */
    record Time(Report report, TimeMention mention, LocalDate anchor, boolean suggested) {
    }

    private Days() {
    }

    static List<Day> build(List<Report> reports, Map<String, AnchorConflict> conflicts, Dateline dateline) {
        TreeMap<LocalDate, List<Time>> byDay = new TreeMap<>();
        for (Report r : reports) {
            AnchorConflict c = conflicts.get(r.id());
            DocumentResult res = r.result();
            LocalDate anchor = r.date();
            if (c != null && dateline != null) {
                anchor = c.suggested();
                res = dateline.process(r.id(), r.text(), Anchor.ofDate(anchor, "compare (suggested)"));
            }
            for (Mention m : res.mentions()) {
                if (m instanceof TimeMention t && TimeKeys.placeable(t) && !ownDate(r, t)) {
                    LocalDate d = dayOf(t);
                    if (d != null) {
                        byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(new Time(r, t, anchor, c != null));
                    }
                }
            }
        }
        List<Day> out = new ArrayList<>();
        byDay.forEach((d, ts) -> {
            List<Time> sorted = new ArrayList<>(ts);
            sorted.sort(Comparator.comparing((Time t) -> TimeKeys.instant(t.mention().value().start()))
                    .thenComparingInt(t -> t.report().index()).thenComparingInt(t -> t.mention().start()));
            out.add(new Day(d, sorted));
        });
        return out;
    }

    /** The calendar day a time lies within, or null when it is longer than a day. */
    static LocalDate dayOf(TimeMention t) {
        LocalDateTime s = TimeKeys.instant(t.value().start());
        LocalDateTime e = TimeKeys.instant(t.value().end());
        if (s == null || e == null || !e.isAfter(s)) {
            return null;
        }
        LocalDate first = s.toLocalDate();
        return e.minusNanos(1).toLocalDate().equals(first) ? first : null;
    }

    /** Whether a time is the report's own publication date rather than an event of the story. */
    static boolean ownDate(Report r, TimeMention t) {
        Anchor a = r.anchor();
        if (a == null) {
            return false;
        }
        if (a.start() != null && a.end() != null && t.start() < a.end() && a.start() < t.end()) {
            return true; // the dateline or byline the anchor was read from
        }
        // "Updated 01/23/2024, 06:21 PM": a clock time with its year written, on the anchor's day
        return t.value().type() == TimexType.TIME && TimeKeys.anchorFree(t) && t.value().value().length() > 13
                && a.date().equals(dayOf(t));
    }
}
