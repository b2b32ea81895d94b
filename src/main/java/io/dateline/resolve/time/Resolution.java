package io.dateline.resolve.time;

import io.dateline.grammar.Frame;
import io.dateline.value.Granularity;
import io.dateline.value.TimeField;
import io.dateline.value.TimeValue;
import io.dateline.value.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The mutable state of one resolution; never leaves the resolver. The value is set only
 * through {@link #setPoint}, {@link #setDay} or {@link #setUnspecified}, from java.time values
 * written by {@link Timex}; {@link #build} makes the immutable {@link TimeValue}.
 */
final class Resolution {

    private static final List<String> KNOWN_KEYS = List.of("year", "year2", "yearhi", "month", "day", "weekday",
            "hour", "minute", "second", "pod", "quarter", "half", "season", "decade", "century", "zone");

    final Frame f;
    final TimeResolver.Context c;
    /** The day relative expressions count from, or null. */
    final LocalDate anchor;
    final TimePolicy policy;
    TimexType type = TimexType.DATE;
    String value;
    String mod;
    Granularity gran = Granularity.NONE;
    Span span;
    /** The resolved day when the value is one day (a time of day can be added to it), else null. */
    LocalDate day;
    /** The value when it is a day of unknown date ({@code XXXX-WXX-2}), else null. */
    String unspecifiedDay;
    final Set<TimeField> known = EnumSet.noneOf(TimeField.class);
    final Set<TimeField> implied = EnumSet.noneOf(TimeField.class);
    String quant;
    String freq;
    String pointsTo;
    String rangeStart;
    String rangeEnd;
    final List<String> steps = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    Resolution(Frame f, TimeResolver.Context c) {
        this.f = f;
        this.c = c;
        this.anchor = c.anchor();
        this.mod = f.get("mod");
        this.policy = new TimePolicy(f, c, steps);
        for (String k : KNOWN_KEYS) {
            if (f.has(k)) {
                known.add(k.equals("year2") || k.equals("yearhi") ? TimeField.YEAR : TimeField.of(k));
            }
        }
    }

    TimeValue build() {
        if (value == null) {
            value = Timex.UNKNOWN_DAY;
            warnings.add("could not resolve " + f);
        }
        return new TimeValue(type, value, mod, gran, span == null ? null : Timex.iso(span.start()),
                span == null ? null : Timex.iso(span.end()), known, implied, quant, freq, pointsTo,
                rangeStart, rangeEnd, steps, warnings, policy.choice == null ? null : policy.choice.reading(value));
    }

    /** The period of granularity {@code g} that holds {@code d}: value, granularity and interval. */
    void setPoint(LocalDate d, Granularity g) {
        if (!Timex.writable(d.getYear()) && !outOfRange(d, g)) {
            return;
        }
        value = Timex.period(d, g);
        gran = g;
        Span s = Span.of(d, g);
        if (s != null) {
            span = s;
        }
        day = g == Granularity.DAY ? d : null;
        unspecifiedDay = null;
    }

    /**
     * A point whose year TIMEX3 cannot write as four digits: a year before 1 CE is written
     * {@code BC0977} (year -976 counted astronomically is 977 BC); anything else (a day or month
     * BC, a year after 9999) gets no date value but PAST_REF or FUTURE_REF, with a warning that
     * says why. Returns true when the point is still to be written as a period.
     */
    private boolean outOfRange(LocalDate d, Granularity g) {
        int y = d.getYear();
        if (y < 1 && g == Granularity.YEAR && 1 - y <= 9999) {
            value = Timex.bcYear(y);
            gran = g;
            span = Span.of(d, g);
            day = null;
            unspecifiedDay = null;
            return false;
        }
        setUnspecified(y < 1 ? "PAST_REF" : "FUTURE_REF", Granularity.NONE);
        span = null;
        warnings.add("year " + y + " is outside 0001-9999, the years a TIMEX3 date writes: left as " + value);
        return false;
    }

    void setDay(LocalDate d) {
        setPoint(d, Granularity.DAY);
    }

    /** A value the text does not pin to a date ({@code XXXX-10-17}, {@code PAST_REF}). */
    void setUnspecified(String v, Granularity g) {
        value = v;
        gran = g;
        day = null;
        unspecifiedDay = g == Granularity.DAY && v.length() == 10 ? v : null;
    }

    /** A value that is not a single day (a year, a month, a quarter) with its interval. */
    void set(String v, Granularity g, Span s) {
        value = v;
        gran = g;
        span = s;
        day = null;
        unspecifiedDay = null;
    }

    /**
     * A point that is the first of several ("Oct. 17-19", "1983-1985"): the value stays the first,
     * the range runs from its start to {@code end} (exclusive).
     */
    void spanTo(LocalDate end, String what) {
        rangeStart = Timex.iso(span.start());
        rangeEnd = Timex.iso(end);
        steps.add(what + ": range " + rangeStart + " to " + rangeEnd);
    }

    void addImplied(TimeField... fs) {
        for (TimeField x : fs) {
            implied.add(x);
        }
    }

    // ---------------------------------------------------------------- vague references and signals

    void ref() {
        value = f.get("ref", "PRESENT_REF");
        type = TimexType.DATE;
        gran = Granularity.NONE;
        if (value.equals("PRESENT_REF") && anchor != null) {
            span = Span.days(anchor, anchor.plusDays(1));
        }
        signals();
    }

    /** "since X": the interval from X to the anchor; "until X": the interval ending with X. */
    void signals() {
        String sig = f.get("signal");
        if (sig == null) {
            return;
        }
        switch (sig) {
            case "since" -> {
                rangeStart = span != null ? Timex.iso(span.start()) : value;
                rangeEnd = c.anchorValue();
                steps.add("since: interval from " + rangeStart + " to the anchor");
            }
            case "until" -> {
                rangeEnd = span != null ? Timex.iso(span.end()) : value;
                steps.add("until: interval ending " + rangeEnd);
            }
            default -> {
            }
        }
    }
}
