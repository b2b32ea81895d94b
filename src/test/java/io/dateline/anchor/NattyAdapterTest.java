package io.dateline.anchor;

import io.dateline.anchor.NattyAdapter.Guard;
import io.dateline.anchor.NattyAdapter.Outcome;
import io.dateline.anchor.NattyAdapter.Parsed;
import io.dateline.anchor.NattyAdapter.Rejected;
import io.dateline.anchor.NattyAdapter.Settings;
import io.dateline.anchor.NattyAdapter.WeekdayPolicy;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NattyAdapterTest {

    private static final NattyAdapter NATTY = new NattyAdapter();
    /** A Wednesday. */
    private static final LocalDateTime WED = LocalDateTime.of(2024, 1, 24, 12, 0);

    private static Parsed parsed(Outcome o) {
        return assertInstanceOf(Parsed.class, o, () -> "expected a result, got " + o);
    }

    private static Rejected rejected(Outcome o, Guard guard) {
        Rejected r = assertInstanceOf(Rejected.class, o, () -> "expected a rejection, got " + o);
        assertEquals(guard, r.guard(), r.reason());
        return r;
    }

    @Test
    void readsFreeFormDates() {
        Parsed p = parsed(NATTY.parse("Jan 23 2024 5:07pm ET", WED));
        assertEquals(LocalDate.of(2024, 1, 23), p.date());
        assertEquals(LocalTime.of(17, 7), p.time(), "wall time as written, not shifted by the zone");
        assertEquals("ET", p.zoneText());
        assertTrue(p.yearGiven());
        assertTrue(p.warnings().isEmpty());

        p = parsed(NATTY.parse("January 23, 2024", WED));
        assertEquals(LocalDate.of(2024, 1, 23), p.date());
        assertNull(p.time(), "no time written, none invented");

        p = parsed(NATTY.parse("01/23/2024, 05:07 PM", WED));
        assertEquals(LocalDateTime.of(2024, 1, 23, 17, 7), p.dateTime());
        assertNull(p.zoneText());
    }

    @Test
    void usesTheReferenceNeverTheSystemClock() {
        // Tests run at Pacific/Kiritimati (UTC+14): anything read from the machine would show.
        Parsed p = parsed(NATTY.parse("yesterday", LocalDateTime.of(2024, 1, 24, 23, 30)));
        assertEquals(LocalDate.of(2024, 1, 23), p.date());
        assertTrue(p.relative());
        p = parsed(NATTY.parse("yesterday", LocalDateTime.of(1999, 12, 31, 0, 30)));
        assertEquals(LocalDate.of(1999, 12, 30), p.date());
        p = parsed(NATTY.parse("Jan 23", LocalDateTime.of(2011, 6, 1, 12, 0)));
        assertEquals(LocalDate.of(2011, 1, 23), p.date(), "a missing year comes from the reference");
        assertFalse(p.yearGiven());
    }

    @Test
    void guardBareNumbers() {
        Rejected r = rejected(NATTY.parse("2,500 troops", WED), Guard.BARE_NUMBER);
        assertTrue(r.reason().contains("'2'"), r.reason());
        rejected(NATTY.parse("in 2014", WED), Guard.BARE_NUMBER);
        rejected(NATTY.parse("2014", WED), Guard.BARE_NUMBER);
        rejected(NATTY.parse("13/45/2024", WED), Guard.BARE_NUMBER);
        // Shapes that are dates or times pass this guard.
        parsed(NATTY.parse("1/23/2024", WED));
        parsed(NATTY.parse("5pm", WED, Settings.defaults().withAllowTimeOnly(true)));
    }

    @Test
    void guardPartialReads() {
        rejected(NATTY.parse("25:00 Jan 3 2024", WED), Guard.PARTIAL_MATCH);
        Parsed p = parsed(NATTY.parse("25:00 Jan 3 2024", WED, Settings.defaults().withAllowPartialMatch(true)));
        assertEquals(LocalDate.of(2024, 1, 3), p.date());
        // Prepositions around the date are not "unread text".
        assertEquals(LocalDate.of(2024, 1, 3), parsed(NATTY.parse("on Jan 3 2024", WED)).date());
    }

    @Test
    void guardTimeWithoutDate() {
        Rejected r = rejected(NATTY.parse("5:07 PM", WED), Guard.NO_DATE);
        assertTrue(r.reason().contains("no date"), r.reason());
        Parsed p = parsed(NATTY.parse("5:07 PM", WED, Settings.defaults().withAllowTimeOnly(true)));
        assertEquals(WED.toLocalDate(), p.date());
        assertEquals(LocalTime.of(17, 7), p.time());
    }

    @Test
    void guardBareWeekdaysLookBack() {
        Parsed p = parsed(NATTY.parse("Tuesday", WED));
        assertEquals(LocalDate.of(2024, 1, 23), p.date(), "Natty says 2024-01-30");
        assertTrue(p.warnings().get(0).contains("latest Tuesday on or before 2024-01-24"), p.warnings().toString());
        assertEquals(LocalDate.of(2024, 1, 19), parsed(NATTY.parse("Friday", WED)).date());
        assertEquals(LocalDate.of(2024, 1, 24), parsed(NATTY.parse("Wednesday", WED)).date(), "on or before: same day");
        assertEquals(LocalDate.of(2024, 1, 19), parsed(NATTY.parse("on Friday", WED)).date());
        rejected(NATTY.parse("Tuesday", WED, Settings.defaults().withWeekdays(WeekdayPolicy.REJECT)), Guard.WEEKDAY);
        // An explicit "next" is meant forward and left alone.
        Parsed next = parsed(NATTY.parse("next Tuesday", WED));
        assertEquals(LocalDate.of(2024, 1, 30), next.date());
        assertTrue(next.warnings().isEmpty());
    }

    @Test
    void guardImpossibleDates() {
        Rejected r = rejected(NATTY.parse("February 30, 2024", WED), Guard.IMPOSSIBLE_DATE);
        assertTrue(r.reason().contains("February 2024 has 29 days"), r.reason());
        rejected(NATTY.parse("February 29, 2023", WED), Guard.IMPOSSIBLE_DATE);
        rejected(NATTY.parse("2024-02-30", WED), Guard.IMPOSSIBLE_DATE);
        assertEquals(LocalDate.of(2024, 2, 29), parsed(NATTY.parse("February 29, 2024", WED)).date());
        // Year-less February 29 survives a non-leap reference year, kept in a leap year.
        Parsed p = parsed(NATTY.parse("Feb 29", LocalDateTime.of(2023, 5, 1, 12, 0)));
        assertEquals(LocalDate.of(2020, 2, 29), p.date());
        assertFalse(p.yearGiven());
    }

    @Test
    void guardMonthWithoutDay() {
        rejected(NATTY.parse("January 2024", WED), Guard.NO_DAY);
    }

    @Test
    void guardSeveralDates() {
        rejected(NATTY.parse("Jan 3 to Jan 5 2024", WED), Guard.SEVERAL_DATES);
    }

    @Test
    void nothingFound() {
        rejected(NATTY.parse("the harbour was quiet", WED), Guard.NO_MATCH);
        rejected(NATTY.parse("   ", WED), Guard.NO_MATCH);
        rejected(NATTY.parse(null, WED), Guard.NO_MATCH);
    }

    @Test
    void reportsHourThirteenWithPm() {
        Parsed p = parsed(NATTY.parse("22 October 2024 13:32 pm", WED));
        assertEquals(LocalDateTime.of(2024, 10, 22, 13, 32), p.dateTime());
        assertEquals("hour 13 with PM: read as 13:32", p.warnings().get(0));
    }

    @Test
    void reportsAWeekdayThatContradictsTheDate() {
        Parsed p = parsed(NATTY.parse("Monday, January 23, 2024", WED));
        assertEquals(LocalDate.of(2024, 1, 23), p.date());
        assertTrue(p.warnings().get(0).contains("weekday Monday does not match 2024-01-23, a Tuesday"), p.warnings().toString());
        assertTrue(parsed(NATTY.parse("Tuesday, January 23, 2024", WED)).warnings().isEmpty());
    }

    @Test
    void staysSilent() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            for (String s : new String[] {"<<>> !!", "13/45/2024 foo", "the 5th of never", "Jan 23 2024 5:07pm ET", "}{"}) {
                NATTY.parse(s, WED);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
        assertEquals(Level.OFF, Logger.getLogger("org.natty").getLevel());
    }
}
