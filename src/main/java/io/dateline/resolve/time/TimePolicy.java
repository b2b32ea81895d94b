package io.dateline.resolve.time;

import io.dateline.grammar.Frame;
import io.dateline.resolve.Policy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every past-or-future decision of the resolver, in one place: which year a year-less date
 * takes, which way a bare weekday or "the 17th" points, whether "this weekend" is the one just
 * past, under the {@link Policy} and the tense of the sentence (or the lean of a signal such
 * as "by"). Each decision adds its reason to the explanation steps.
 */
final class TimePolicy {

    /** How far ahead of the anchor a date in a past-tense sentence may lie and still be this year's. */
    static final int DEADLINE_DAYS = 45;

    private final Frame f;
    private final TimeResolver.Context c;
    private final LocalDate anchor;
    private final List<String> steps;
    /** The choice among readings the policy made, for {@link Readings}; null when none. */
    Readings.Choice choice;

    TimePolicy(Frame f, TimeResolver.Context c, List<String> steps) {
        this.f = f;
        this.c = c;
        this.anchor = c.anchor();
        this.steps = steps;
    }

    /**
     * The tense that decides: the signal's lean ("by" leans ahead), else the sentence's cue. A
     * past-perfect cue ("had already voted by Wednesday") outweighs the lean.
     */
    Tense tense() {
        String lean = f.get("lean");
        if (lean != null && !(c.tense() == Tense.PAST && c.perfect())) {
            return lean.equals("past") ? Tense.PAST : lean.equals("future") ? Tense.FUTURE : Tense.PRESENT;
        }
        return c.tense();
    }

    /** Why the tense is what it is, for the explanation. */
    String cue(Tense t) {
        if (f.has("lean") && !(c.tense() == Tense.PAST && c.perfect())) {
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

    private boolean looksAhead(Tense t) {
        return c.policy() == Policy.FUTURE || (c.policy() == Policy.NEWS && t == Tense.FUTURE);
    }

    /** A weekday without "last", "next" or "this": the day and the reason. */
    Choice<LocalDate> weekday(DayOfWeek dow) {
        Tense t = tense();
        LocalDate past = anchor.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate next = anchor.with(TemporalAdjusters.nextOrSame(dow));
        Choice<LocalDate> ch;
        if (c.policy() == Policy.NEAREST) {
            LocalDate d = anchor.toEpochDay() - past.toEpochDay() <= next.toEpochDay() - anchor.toEpochDay() ? past : next;
            ch = new Choice<>(d, "nearest " + dow + " to " + anchor + " (policy nearest)");
        } else if (looksAhead(t)) {
            ch = new Choice<>(next, dow + " on or after " + anchor + " (policy " + c.policy().id() + ", " + cue(t) + ")");
        } else {
            ch = new Choice<>(past, "latest " + dow + " on or before " + anchor + " (policy news, " + cue(t) + ")");
        }
        LocalDate d = ch.value();
        String basis = "weekday, " + (c.policy() == Policy.NEAREST ? "nearest" : Readings.tenseLabel(t))
                + ", " + Readings.distanceBand(d, anchor);
        if (past.equals(next)) {
            choice = Readings.days(basis, d, List.of(d.minusWeeks(1), d.plusWeeks(1)),
                    List.of("the same weekday a week before", "the same weekday a week ahead"));
        } else {
            boolean isPast = d.equals(past);
            choice = Readings.days(basis, d, List.of(isPast ? next : past),
                    List.of(isPast ? "if the sentence looks ahead" : "if the sentence speaks of the past"));
        }
        return ch;
    }

    /** "on the 17th", "Tuesday the 21st": the nearest fitting day in the direction of the policy, or null. */
    LocalDate dayOfMonth(int day, Integer wd) {
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
            boolean future = looksAhead(t);
            boolean past = c.policy() == Policy.NEWS && t != Tense.FUTURE;
            long score = future ? (diff >= 0 ? diff : Long.MAX_VALUE) : past ? (diff <= 0 ? -diff : Long.MAX_VALUE) : Math.abs(diff);
            if (score < bestScore) {
                bestScore = score;
                best = d;
            }
        }
        if (best != null) {
            List<LocalDate> others = new java.util.ArrayList<>();
            for (int k : new int[] {-1, 1}) {
                LocalDate o = best.withDayOfMonth(1).plusMonths(k);
                if (day <= o.lengthOfMonth()) {
                    o = o.withDayOfMonth(day);
                    if (wd == null || o.getDayOfWeek().getValue() == wd) {
                        others.add(o);
                    }
                }
            }
            // the month on the other side of the anchor first
            final LocalDate b = best;
            others.sort(java.util.Comparator.comparingLong(o -> Math.abs(o.toEpochDay() - anchor.toEpochDay())
                    + (Long.signum(o.toEpochDay() - anchor.toEpochDay()) == Long.signum(b.toEpochDay() - anchor.toEpochDay()) ? 10_000 : 0)));
            choice = Readings.days("day of month, " + Readings.tenseLabel(t), best, others,
                    others.stream().map(o -> o.isBefore(b) ? "the month before" : "the month after").toList());
        }
        return best;
    }

    /** "this weekend", "the weekend" on a weekday: whether it is the one just past. */
    boolean weekendJustPast() {
        Tense t = tense();
        if (!(t == Tense.FUTURE || c.policy() == Policy.FUTURE)) {
            steps.add("weekend: the one just past (" + cue(t) + ")");
            return true;
        }
        return false;
    }

    /** A quarter or half without a year: the latest begun on or before the anchor. */
    int latestBegun(IntFunction<LocalDate[]> span, String what) {
        int y = !span.apply(anchor.getYear())[0].isAfter(anchor) ? anchor.getYear() : anchor.getYear() - 1;
        steps.add(what + ": the latest begun on or before the anchor -> " + y);
        return y;
    }

    /**
     * Whether the frame signals the story's own reference ("that March", "the following spring")
     * and the story has set one: then the year counts from the last date it named, not the anchor.
     */
    private boolean fromStory() {
        return "last".equals(f.get("base")) && c.lastPoint() != null;
    }

    /** The first day after the last date the story named (its whole period). */
    private LocalDate storyEnd() {
        io.dateline.value.Granularity g = c.lastGranularity() == null ? io.dateline.value.Granularity.DAY : c.lastGranularity();
        Span s = Span.of(c.lastPoint(), g);
        return s == null ? c.lastPoint().plusDays(1) : s.endDay();
    }

    /** "last summer": the latest one wholly before the anchor; "next": the first wholly after; "this": the anchor year's. */
    int relYear(IntFunction<LocalDate[]> span, String rel) {
        if (fromStory()) {
            int y = c.lastPoint().getYear();
            int k = y;
            boolean back = rel.equals("last") || rel.equals("past") || rel.equals("prev");
            if (back) {
                while (k > y - 3 && span.apply(k)[1].isAfter(c.lastPoint())) {
                    k--;
                }
            } else {
                while (k < y + 3 && span.apply(k)[0].isBefore(storyEnd())) {
                    k++;
                }
            }
            steps.add(rel + ": counted from the date the story last named, " + c.lastPoint() + " -> year " + k);
            return k;
        }
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
    int chooseYear(IntFunction<LocalDate[]> span, String what) {
        int y = anchor.getYear();
        Tense t = tense();
        Policy p = c.policy();
        int chosen;
        String why;
        if (fromStory()) {
            chosen = c.lastPoint().getYear();
            why = "the year the story last named";
        } else if ("since".equals(f.get("signal"))) {
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
        if (!f.has("feast") && !f.has("nth")) {
            // a movable holiday is another day in another year: no reading by year
            String basis = "year-less date, " + (fromStory() ? "from the story"
                    : "since".equals(f.get("signal")) ? "since" : p == Policy.NEAREST ? "nearest" : Readings.tenseLabel(t));
            int first = chosen == y ? (t == Tense.FUTURE ? chosen + 1 : chosen - 1) : y;
            int second = chosen == y ? (t == Tense.FUTURE ? chosen - 1 : chosen + 1) : 2 * chosen - y;
            choice = Readings.years(basis, chosen, List.of(first, second),
                    List.of(first == y ? "the year of the anchor" : first < chosen ? "the year before" : "the year after",
                            second < chosen ? "the year before" : "the year after"));
        }
        return chosen;
    }

    /** A decision and its reason. */
    record Choice<T>(T value, String why) {
    }
}
