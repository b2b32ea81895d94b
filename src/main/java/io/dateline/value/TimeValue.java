package io.dateline.value;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A resolved time expression in TIMEX3 terms. Immutable.
 *
 * @param type        DATE, TIME, DURATION or SET
 * @param value       the TIMEX3 value: {@code 2023-11-21TEV}, {@code 2023-W46}, {@code P2W},
 *                    {@code PRESENT_REF}, {@code XXXX-10-17} when no anchor says the year
 * @param mod         START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE, ... or null
 * @param granularity how fine the value is
 * @param start       first instant of the interval the value denotes (ISO), or null
 * @param end         the instant after it (ISO, exclusive), or null
 * @param knownFields   fields written in the text (year, month, day, weekday, hour, ...)
 * @param impliedFields fields the resolver filled in (from the anchor or the policy)
 * @param quant       SET quantifier ("EVERY"), or null
 * @param freq        SET frequency ("2X"), or null
 * @param pointsTo    for an offset such as "two weeks later": the date it points to, or null
 * @param rangeStart  for "since X", "until X", "from X to Y": the interval's start (ISO), or null
 * @param rangeEnd    the interval's end (ISO), or null
 * @param steps       how the value was reached, for {@code --explain}
 * @param warnings    repairs and doubts ("13:32 PM read as 13:32")
 * @param reading     for a value the policy chose (a bare weekday, a year-less date): its
 *                    confidence and the other readings; null otherwise
 */
public record TimeValue(TimexType type, String value, String mod, Granularity granularity,
                        String start, String end, Set<TimeField> knownFields, Set<TimeField> impliedFields,
                        String quant, String freq, String pointsTo, String rangeStart,
                        String rangeEnd, List<String> steps, List<String> warnings, Reading reading) {

    public TimeValue {
        knownFields = java.util.Collections.unmodifiableSet(knownFields.isEmpty()
                ? EnumSet.noneOf(TimeField.class) : EnumSet.copyOf(knownFields));
        impliedFields = java.util.Collections.unmodifiableSet(impliedFields.isEmpty()
                ? EnumSet.noneOf(TimeField.class) : EnumSet.copyOf(impliedFields));
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /** A copy with the interval of "since X", "until X" or "from X to Y". */
    public TimeValue withRange(String start, String end) {
        return new TimeValue(type, value, mod, granularity, this.start, this.end, knownFields, impliedFields, quant,
                freq, pointsTo, start, end, steps, warnings, reading);
    }

    /** The known fields' names, sorted ({@code ["day", "month"]}). */
    public Set<String> known() {
        return TimeField.ids(knownFields);
    }

    /** The implied fields' names, sorted. */
    public Set<String> implied() {
        return TimeField.ids(impliedFields);
    }

    /** True when no part of the value had to be left unknown for want of an anchor. */
    public boolean isFullySpecified() {
        return !value.contains("X");
    }
}
