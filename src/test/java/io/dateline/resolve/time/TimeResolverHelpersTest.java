package io.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeResolverHelpersTest {

    @Test
    void padWritesWhatTheFormatterWrites() {
        for (int width = 1; width <= 4; width++) {
            for (int v : new int[]{0, 5, -5, 12, -12, 199, 2024, -2024, 12345}) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "d", v), TimeResolver.pad(v, width), v + " in " + width);
            }
        }
    }

    @Test
    void parseDayReadsWhatTheParserReads() {
        for (String s : new String[]{"2024-01-23", "0000-01-01", "1999-12-31", "2024-02-29"}) {
            assertEquals(LocalDate.parse(s), TimeResolver.parseDay(s));
        }
        // what the parser refuses keeps the parser's own error
        for (String s : new String[]{"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-23", "+2024-01-23x", "2024/01/23"}) {
            assertThrows(DateTimeParseException.class, () -> TimeResolver.parseDay(s), s);
        }
    }
}
