package io.dateline.compare;

import io.dateline.value.TimeMention;
import io.dateline.value.TimeValue;
import io.dateline.value.TimexType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * When two time mentions denote the same time. A mention is placed by its interval; two
 * mentions are the same time when their intervals coincide (as instants when both carry an
 * offset, else as written), they name the same part of day ("2023-11-21TEV" and the whole day
 * 2023-11-21 share an interval but are not one time) and have the same TIMEX3 mod ("early on
 * Wednesday", {@code START}, is not "on Wednesday").
 */
final class TimeKeys {

    private TimeKeys() {
    }

    /** Whether a mention has a place on the timeline: a fully resolved DATE or TIME with an interval. */
    static boolean placeable(TimeMention m) {
        TimeValue v = m.value();
        return (v.type() == TimexType.DATE || v.type() == TimexType.TIME) && v.isFullySpecified()
                && !v.value().endsWith("_REF") && v.start() != null && v.end() != null
                && instant(v.start()) != null && instant(v.end()) != null;
    }

    /** The key of the time a placeable mention denotes. */
    static String key(TimeMention m) {
        TimeValue v = m.value();
        return norm(v.start()) + "/" + norm(v.end()) + "|" + partOfDay(v.value()) + "|" + (v.mod() == null ? "" : v.mod());
    }

    /** Whether the year was written ("2003", "22 October 2024"): the value does not depend on the anchor. */
    static boolean anchorFree(TimeMention m) {
        return m.value().known().contains("year") && !m.value().implied().contains("year");
    }

    /** The part-of-day suffix of a value ("EV" of 2023-11-21TEV), or "". */
    static String partOfDay(String value) {
        int t = value.lastIndexOf('T');
        if (t > 0 && t + 3 == value.length() && Character.isLetter(value.charAt(t + 1))) {
            return value.substring(t + 1);
        }
        return "";
    }

    /** A point for sorting: an offset time as its UTC instant, a local one as if it were UTC. */
    static LocalDateTime instant(String iso) {
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay();
            }
            if (hasOffset(iso)) {
                return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String norm(String iso) {
        LocalDateTime t = instant(iso);
        return hasOffset(iso) ? t + "Z" : t.toString();
    }

    private static boolean hasOffset(String iso) {
        if (iso.length() <= 10) {
            return false;
        }
        String time = iso.substring(10);
        return time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }
}
