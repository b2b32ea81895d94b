package io.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dateline.value.Granularity;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimexTest {

    @Test
    void padWritesWhatTheFormatterWrites() {
        for (int width = 1; width <= 4; width++) {
            for (int v : new int[]{0, 5, -5, 12, -12, 199, 2024, -2024, 12345}) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "d", v), Timex.pad(v, width), v + " in " + width);
            }
        }
    }

    @Test
    void periodsAreWrittenAsTimex3() {
        LocalDate d = LocalDate.of(2024, 12, 30); // a Monday of ISO week 2025-W01
        assertEquals("2025-W01", Timex.period(d, Granularity.WEEK));
        assertEquals("2025-W01-WE", Timex.period(d, Granularity.WEEKEND));
        assertEquals("2024-12", Timex.period(d, Granularity.MONTH));
        assertEquals("2024-Q4", Timex.period(d, Granularity.QUARTER));
        assertEquals("2024-H2", Timex.period(d, Granularity.HALF));
        assertEquals("202", Timex.period(d, Granularity.DECADE));
        assertEquals("20", Timex.period(d, Granularity.CENTURY));
        assertEquals("2024-12-30", Timex.period(d, Granularity.DAY));
    }

    @Test
    void durationsCarryFractionsIntoTheNextUnit() {
        assertEquals("PT5H30M", Timex.duration("5.5", "hour"));
        assertEquals("P1Y6M", Timex.duration("1.5", "year"));
        assertEquals("P1DT12H", Timex.duration("1.5", "day"));
        assertEquals("P4W", Timex.duration("2", "fortnight"));
        assertEquals("P30Y", Timex.duration("3", "decade"));
        assertEquals("PXW", Timex.duration("X", "week"));
    }
}
