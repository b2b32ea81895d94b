package io.dateline.resolve.time;

import io.dateline.grammar.Frame;
import io.dateline.resolve.Policy;
import io.dateline.value.Anchor;
import java.time.LocalDate;

/**
 * Turns the anchor-free frame a rule produced into a TIMEX3 value. This package, and in it only
 * {@link Context#of}, reads the anchor. Stateless; everything it needs comes in through
 * {@link Context}.
 *
 * <p>The work is split by construct: {@link RelativePoints} (offsets, "last week", weekdays),
 * {@link CalendarPoints} (years, months, quarters, holidays), {@link TimesOfDay},
 * {@link Durations} (durations and sets); every past-or-future choice is made by
 * {@link TimePolicy}; values are written by {@link Timex}. The frame vocabulary it understands
 * is documented in {@code grammars/README.md}.
 */
public final class TimeResolver {

    /**
     * What a frame is resolved against.
     *
     * @param anchor      the day expressions are counted from (the publication date), or null
     *                    (then values that need it stay underspecified)
     * @param anchorValue the ISO form of the anchor ("since X" ends there), or null
     * @param policy      the resolution policy
     * @param tense       the tense cue of the mention's sentence
     * @param event       the day of the last resolved time earlier in the text, or null
     * @param storyQuarter the first day of the last quarter mentioned earlier in the text, or null
     *               (frames with {@code story=1} resolve against it: "a year ago" in an earnings story)
     * @param lastPoint   the first day of the last date of any size mentioned earlier ({@code base=last}:
     *               "that year" after "in 2019"), or null
     * @param cueWord     the word that showed the tense ("said"), or null, for the explanation
     * @param perfect     whether a perfect auxiliary ("had") shows the past: it outweighs a signal's lean
     * @param lastGranularity the granularity of {@code lastPoint}, or null
     */
    public record Context(LocalDate anchor, String anchorValue, Policy policy, Tense tense, LocalDate event,
                          LocalDate storyQuarter, LocalDate lastPoint, String cueWord, boolean perfect,
                          io.dateline.value.Granularity lastGranularity) {

        /** The context of a mention of a document with anchor {@code a} (or none). */
        public static Context of(Anchor a, Policy policy, TenseCues.Cue cue, io.dateline.resolve.StoryReference story,
                                 LocalDate storyQuarter) {
            return new Context(a == null ? null : a.date(), a == null ? null : a.value(), policy, cue.tense(),
                    story.event(), storyQuarter, story.lastPoint(), cue.word(), cue.perfect(), story.lastGranularity());
        }

        /**
         * The context of the end of "from X to Y" whose start is the day {@code start}: the end is
         * the first occurrence on or after it.
         */
        public Context rangeEnd(LocalDate start) {
            return new Context(start, start.toString(), Policy.FUTURE, tense, event, null, null, null, false, null);
        }
    }

    /** A value and, for the narrative reference, the first day of its interval (null when it has none). */
    public record Resolved(io.dateline.value.TimeValue value, LocalDate startDay) {
    }

    private TimeResolver() {
    }

    public static Resolved resolve(Frame f, Context c) {
        Resolution r = new Resolution(f, c);
        switch (f.kind()) {
            case "ref" -> r.ref();
            case "duration" -> Durations.duration(r);
            case "set" -> Durations.set(r);
            default -> point(r);
        }
        return new Resolved(r.build(), r.span == null ? null : r.span.startDay());
    }

    private static void point(Resolution r) {
        if (datePart(r)) {
            TimesOfDay.timePart(r);
        }
        if ("week".equals(r.f.get("grain")) && r.gran == io.dateline.value.Granularity.DAY && r.span != null) {
            LocalDate d = r.span.startDay();
            r.setPoint(d, io.dateline.value.Granularity.WEEK);
            r.steps.add("the week of " + d + " -> " + r.value);
        }
        r.signals();
    }

    /** Resolves the calendar part. Returns false when nothing more can be added. */
    private static boolean datePart(Resolution r) {
        Frame f = r.f;
        if (f.has("story") && r.c.storyQuarter() != null && RelativePoints.storyQuarter(r)) {
            return false;
        }
        if (f.has("amount") && f.has("unit") && f.has("dir")) {
            return RelativePoints.offset(r);
        }
        if (f.has("offset")) {
            return RelativePoints.dayOffset(r);
        }
        if (f.has("rel") && f.has("unit") && !f.has("weekday")) {
            return RelativePoints.period(r);
        }
        if (f.has("weekday") && !f.has("day")) {
            return RelativePoints.weekday(r);
        }
        if (f.has("day") && !f.has("month")) {
            return CalendarPoints.dayOfMonth(r);
        }
        if (f.has("monthday") || f.has("nth") || f.has("feast")) {
            return CalendarPoints.holiday(r, CalendarPoints.year(r));
        }
        if (f.has("decade")) {
            return CalendarPoints.decade(r);
        }
        if (f.has("century")) {
            return CalendarPoints.century(r);
        }
        Integer year = CalendarPoints.year(r);
        if (f.has("month")) {
            return CalendarPoints.monthDay(r, year);
        }
        if (f.has("quarter") || f.has("half") || f.has("season")) {
            return CalendarPoints.subYear(r, year);
        }
        if (year != null) {
            return CalendarPoints.year(r, year);
        }
        if (f.has("hour") || f.has("pod")) {
            return TimesOfDay.dayOfTime(r);
        }
        return false;
    }
}
