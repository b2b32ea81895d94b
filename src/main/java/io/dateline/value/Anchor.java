package io.dateline.value;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The publication date (or date-time) every relative expression of a document is resolved
 * against. Immutable.
 *
 * @param value    ISO form as it will be printed: {@code 2023-11-22}, {@code 2024-01-23T17:07},
 *                 {@code 2024-10-22T13:32-08:00}
 * @param date     the calendar date
 * @param time     the local date-time when a time of day is known, else null
 * @param offset   the UTC offset when one is known, else null
 * @param source   where it came from: {@code option}, {@code metadata}, {@code dateline},
 *                 {@code byline}, {@code dct}, {@code now}
 * @param text     the text it was read from, or null (e.g. when given as an ISO option)
 * @param start    code-point offset of {@code text} in the document, or null
 * @param end      code-point end (exclusive), or null
 * @param warnings repairs and doubts, never silent
 * @param confidence       {@code high}, {@code medium} or {@code low}; null when not judged
 * @param confidenceReason why, in a sentence; null with {@code confidence}
 * @param modified         the page's last-modified date (ISO) when it gives one apart from the
 *                         publication date, else null
 */
public record Anchor(String value, LocalDate date, LocalDateTime time, ZoneOffset offset,
                     String source, String text, Integer start, Integer end,
                     List<String> warnings, String confidence, String confidenceReason, String modified) {

    public Anchor {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /** An anchor not (yet) judged for confidence, without a modified date. */
    public Anchor(String value, LocalDate date, LocalDateTime time, ZoneOffset offset,
                  String source, String text, Integer start, Integer end, List<String> warnings) {
        this(value, date, time, offset, source, text, start, end, warnings, null, null, null);
    }

    public Anchor withConfidence(String level, String reason) {
        return new Anchor(value, date, time, offset, source, text, start, end, warnings, level, reason, modified);
    }

    public Anchor withModified(String modifiedValue) {
        return new Anchor(value, date, time, offset, source, text, start, end, warnings, confidence, confidenceReason,
                modifiedValue);
    }

    /** An anchor at day granularity given by the caller. */
    public static Anchor ofDate(LocalDate date, String source) {
        return new Anchor(date.toString(), date, null, null, source, null, null, null, List.of());
    }

    /** An anchor with a time of day, optionally with an offset. */
    public static Anchor ofDateTime(LocalDateTime time, ZoneOffset offset, String source) {
        String v = time.toString() + (offset == null ? "" : offset.getId().equals("Z") ? "Z" : offset.getId());
        return new Anchor(v, time.toLocalDate(), time, offset, source, null, null, null, List.of());
    }

    public boolean hasTime() {
        return time != null;
    }

    public Anchor withSpan(String text, Integer start, Integer end) {
        return new Anchor(value, date, time, offset, source, text, start, end, warnings, confidence, confidenceReason,
                modified);
    }

    public Anchor withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Anchor(value, date, time, offset, source, text, start, end, all, confidence, confidenceReason, modified);
    }
}
