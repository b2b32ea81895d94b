package io.dateline.anchor.zone;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What a written time zone means at one wall-clock time.
 *
 * @param text     the zone as written ("PST", "GMT+3", "(ET)")
 * @param offset   the UTC offset to use, or null when the zone is unknown (the time is then
 *                 kept as a local time without offset)
 * @param reading  a short description of the reading taken ("US Pacific Standard Time"), or null
 * @param warnings doubts and repairs: an ambiguous abbreviation, an offset that was not in force
 *                 on that date, an unknown zone
 */
public record ZoneResolution(String text, ZoneOffset offset, String reading, List<String> warnings) {

    public ZoneResolution {
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /** True when an offset was found. */
    public boolean known() {
        return offset != null;
    }
}
