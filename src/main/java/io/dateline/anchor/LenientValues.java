package io.dateline.anchor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs machine-written date values that strict parsers refuse, into the ISO form
 * {@link DateTimeReader} reads. Each repair is named, so the anchor can say what was done.
 * Package-private.
 */
final class LenientValues {

    /** A value and the repair that produced it (null when none was needed). */
    record Repaired(String value, String repair) {
    }

    /** Basic ISO 8601: 20201123T11:02:35Z, 20201123T110235+0100, 20201123. */
    private static final Pattern BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+\\-]\\d{2}:?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    /** Unix date / Java Date.toString(): Tue Jan 28 15:28:56 CET 2020. */
    private static final Pattern UNIX = Pattern.compile(
            "\\p{L}{3}\\s+(\\p{L}{3,9})\\s+(\\d{1,2})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s+([A-Za-z]{2,5}|[+\\-]\\d{4})\\s+(\\d{4})");
    /** Milliseconds written after a colon: 2020-01-28T22:06:08:684Z. */
    private static final Pattern COLON_MILLIS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}):(\\d{1,6})(.*)");
    /** An ISO date with a space before its offset or a lower-case t: 2019-06-17 18:28:00 +0200. */
    private static final Pattern SPACED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?)\\s+(Z|[+\\-]\\d{2}:?\\d{2}|UTC|GMT)");
    /** An ISO date at the start of a longer value: 2019-06-27 | Jane Doe, 2019/06/27. */
    private static final Pattern LEADING = Pattern.compile("(\\d{4})[-/.](\\d{2})[-/.](\\d{2})(?![\\d])(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?))?.*", Pattern.DOTALL);
    /** Seconds since 1970 ({@code @1580244536}, from {@code data-utime}). */
    private static final Pattern EPOCH = Pattern.compile("@(\\d{9,10})");

    private LenientValues() {
    }

    /** A repaired value, or null when none of the repairs applies. */
    static Repaired repair(String raw, String monthAbbreviationRegex) {
        String v = raw.strip();
        Matcher m = EPOCH.matcher(v);
        if (m.matches()) {
            String iso = Instant.ofEpochSecond(Long.parseLong(m.group(1))).atOffset(ZoneOffset.UTC).toLocalDateTime() + "Z";
            return new Repaired(iso, "seconds since 1970 read as " + iso);
        }
        m = BASIC.matcher(v);
        if (m.matches() && m.group(4) != null) {
            String iso = m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5)
                    + (m.group(6) == null ? "" : ":" + m.group(6)) + (m.group(7) == null ? "" : m.group(7));
            return new Repaired(iso, "basic ISO '" + shown(v) + "' read as " + iso);
        }
        m = COLON_MILLIS.matcher(v);
        if (m.matches()) {
            String iso = m.group(1) + "." + m.group(2) + m.group(3);
            return new Repaired(iso, "milliseconds after a colon in '" + shown(v) + "' read as " + iso);
        }
        m = SPACED.matcher(v);
        if (m.matches()) {
            String zone = m.group(3).equalsIgnoreCase("UTC") || m.group(3).equalsIgnoreCase("GMT") ? "Z" : m.group(3);
            String iso = m.group(1) + "T" + m.group(2) + zone;
            return new Repaired(iso, null);
        }
        m = UNIX.matcher(v);
        if (m.matches() && m.group(1).toLowerCase(java.util.Locale.ROOT).matches(monthAbbreviationRegex)) {
            String text = m.group(1) + " " + m.group(2) + " " + m.group(5) + " " + m.group(3) + " " + m.group(4);
            return new Repaired(text, null);
        }
        m = LEADING.matcher(v);
        if (m.matches() && v.length() > 10) {
            String iso = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
            return new Repaired(iso, "date read from the start of '" + shown(v) + "'");
        }
        return null;
    }

    /**
     * A value as a note quotes it: on one line (control characters, line breaks among them, as
     * spaces) and at most 60 characters.
     */
    static String shown(String v) {
        String one = AnchorCandidate.oneLine(v);
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
