package io.dateline.resolve;

import java.util.Locale;

/**
 * How an expression that names a day, month or season without saying which one is placed
 * relative to the anchor.
 *
 * <ul>
 *   <li>{@code news} (default): news reports mostly tell what happened. "Tuesday" is the latest
 *       Tuesday on or before the publication date unless the sentence speaks of the future
 *       ("will meet on Tuesday": the next one). "October 17" takes the year that puts it on or
 *       before the publication date in a past-tense sentence, on or after it in a future one,
 *       and the nearest otherwise.</li>
 *   <li>{@code nearest}: the occurrence nearest the anchor, past or future, tense ignored
 *       (ties go to the past).</li>
 *   <li>{@code future}: the first occurrence on or after the anchor (calendar and
 *       scheduling text).</li>
 * </ul>
 */
public enum Policy {
    NEWS, NEAREST, FUTURE;

    public static Policy parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown policy '" + s + "' (expected news, nearest or future)");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
