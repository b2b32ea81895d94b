package io.dateline.cli;

import io.dateline.document.Anchor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Reads the {@code --published} option: an ISO date or date-time, or "now" (the only use of the clock). */
final class AnchorOption {

    private AnchorOption() {
    }

    static Anchor parse(String s, Clock clock) {
        String v = s.strip();
        if (v.equalsIgnoreCase("now")) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            return Anchor.ofDateTime(now.toLocalDateTime().withNano(0).withSecond(0), now.getOffset(), "now");
        }
        try {
            if (v.length() == 10) {
                return Anchor.ofDate(LocalDate.parse(v), "option");
            }
            try {
                OffsetDateTime o = OffsetDateTime.parse(v);
                return Anchor.ofDateTime(o.toLocalDateTime(), o.getOffset(), "option");
            } catch (DateTimeParseException e) {
                return Anchor.ofDateTime(LocalDateTime.parse(v), null, "option");
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read --published '" + s
                    + "': expected an ISO date (2023-11-22) or date-time (2023-11-22T17:07-05:00), or 'now'");
        }
    }
}
