package io.dateline.value;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A field of a time value: one written in the text ({@code known}) or filled in by the resolver
 * ({@code implied}). Units a relative period names ("last week": {@code week}) are fields too.
 */
public enum TimeField {
    YEAR, MONTH, DAY, WEEKDAY, HOUR, MINUTE, SECOND, POD, QUARTER, HALF, SEASON, DECADE, CENTURY, ZONE,
    HOLIDAY, BASE, WEEK, WEEKEND, FORTNIGHT, NIGHT;

    /** The name written in the output: {@code year}, {@code weekday}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field of a frame key or unit name. */
    public static TimeField of(String id) {
        try {
            return valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no time field '" + id + "'");
        }
    }

    /** The names of {@code fields}, sorted as strings (the order the output writes them in). */
    public static Set<String> ids(Collection<TimeField> fields) {
        Set<String> out = new TreeSet<>();
        for (TimeField f : fields) {
            out.add(f.id());
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
