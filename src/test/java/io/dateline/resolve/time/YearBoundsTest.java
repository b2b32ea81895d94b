package io.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import io.dateline.value.TimeMention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Years outside 0001-9999 are written as TIMEX3 allows or say why they have no date; never a Java exception text. */
class YearBoundsTest {

    private static final Dateline DATELINE = Dateline.builder().build();

    private static TimeMention only(String text, LocalDate anchor) {
        DocumentResult r = DATELINE.process("t", text, Anchor.ofDate(anchor, "option"));
        for (String w : r.warnings()) {
            assertFalse(w.contains("Exception"), w);
        }
        TimeMention t = null;
        for (Mention m : r.mentions()) {
            if (m instanceof TimeMention tm) {
                t = tm;
            }
        }
        assertTrue(t != null, "a time mention in: " + text);
        for (String w : t.warnings()) {
            assertFalse(w.contains("Exception"), w);
        }
        return t;
    }

    @Test
    void aYearAfter9999HasNoDateAndSaysWhy() {
        TimeMention t = only("Next year the fair returns.", LocalDate.of(9999, 12, 31));
        assertEquals("FUTURE_REF", t.value().value());
        assertEquals(null, t.value().start());
        assertTrue(t.value().warnings().get(0).contains("year 10000 is outside 0001-9999"), t.value().warnings().toString());
    }

    @Test
    void aYearBeforeTheEraIsWrittenBc() {
        TimeMention t = only("The town was founded 3,000 years ago.", LocalDate.of(2024, 1, 23));
        assertEquals("BC0977", t.value().value());
        assertEquals("-0976-01-01", t.value().start());
        assertEquals(java.util.List.of(), t.value().warnings());
    }
}
