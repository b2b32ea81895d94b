package io.dateline.value;

import java.util.Locale;
import java.util.Optional;

/** The kinds of mention Dateline reports: the values of {@link Mention#kind()}. */
public enum MentionKind {
    /** Dates, times, durations and sets ({@link TimeMention}). */
    TIME,
    /** Counts and measurements ({@link QuantityMention}). */
    QUANTITY;

    /** The name used in {@link Mention#kind()}, the JSON output and {@code --only}: "time", "quantity". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id} ("time", "quantity"), if there is one. */
    public static Optional<MentionKind> fromId(String id) {
        for (MentionKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
