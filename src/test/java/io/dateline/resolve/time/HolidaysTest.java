package io.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Holidays against published dates (not computed the same way here). */
class HolidaysTest {

    @Test
    void easterFromTheComputus() {
        assertEquals(LocalDate.of(2024, 3, 31), Holidays.easter(2024));
        assertEquals(LocalDate.of(2025, 4, 20), Holidays.easter(2025));
        assertEquals(LocalDate.of(2000, 4, 23), Holidays.easter(2000));
        assertEquals(LocalDate.of(1998, 4, 12), Holidays.easter(1998));
        assertEquals(LocalDate.of(2038, 4, 25), Holidays.easter(2038)); // the latest possible
    }

    @Test
    void calendarsOfIcu() {
        assertEquals(LocalDate.of(2024, 2, 10), Holidays.span("lunar_new_year", 2024)[0]);
        assertEquals(LocalDate.of(2025, 1, 29), Holidays.span("lunar_new_year", 2025)[0]);
        assertEquals(LocalDate.of(2024, 4, 10), Holidays.span("eid_al_fitr", 2024)[0]);
        LocalDate[] ramadan = Holidays.span("ramadan", 2024);
        assertEquals(LocalDate.of(2024, 3, 11), ramadan[0]);
        assertEquals(LocalDate.of(2024, 4, 10), ramadan[1]); // ends the day Eid al-Fitr begins
        assertEquals(LocalDate.of(2024, 10, 12), Holidays.span("yom_kippur", 2024)[0]);
        assertEquals(LocalDate.of(2024, 10, 3), Holidays.span("rosh_hashanah", 2024)[0]);
        LocalDate[] hanukkah = Holidays.span("hanukkah", 2024);
        assertEquals(LocalDate.of(2024, 12, 26), hanukkah[0]);
        assertEquals(LocalDate.of(2025, 1, 3), hanukkah[1]);
    }

    @Test
    void rulesOfTheGrammarLexicon() {
        assertEquals(LocalDate.of(2024, 11, 5), Holidays.nth("11-2-1@2", 2024)); // Election Day
        assertEquals(LocalDate.of(2020, 11, 3), Holidays.nth("11-2-1@2", 2020));
        assertEquals(LocalDate.of(2024, 11, 29), Holidays.nth("11-5-1@23", 2024)); // Black Friday
        assertEquals(LocalDate.of(2024, 11, 28), Holidays.nth("11-4-4", 2024)); // Thanksgiving
        assertEquals(LocalDate.of(2024, 5, 27), Holidays.nth("05-1--1", 2024)); // Memorial Day
    }
}
