package io.dateline.anchor.zone;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeZonesTest {

    private static final TimeZones TZ = TimeZones.defaults();
    private static final LocalDateTime WINTER = LocalDateTime.of(2024, 1, 23, 17, 7);
    private static final LocalDateTime SUMMER = LocalDateTime.of(2024, 7, 9, 11, 0);

    private static ZoneResolution quiet(String zone, LocalDateTime at, Region hint, String offset) {
        ZoneResolution z = TZ.resolve(zone, at, hint);
        assertEquals(ZoneOffset.of(offset), z.offset(), zone + " at " + at);
        assertTrue(z.warnings().isEmpty(), () -> zone + ": " + z.warnings());
        return z;
    }

    private static ZoneResolution warned(String zone, LocalDateTime at, Region hint, String offset, String warning) {
        ZoneResolution z = TZ.resolve(zone, at, hint);
        assertEquals(ZoneOffset.of(offset), z.offset(), zone + " at " + at);
        assertTrue(z.warnings().stream().anyMatch(w -> w.contains(warning)), () -> zone + ": " + z.warnings());
        return z;
    }

    @Test
    void genericUsNamesFollowTheDate() {
        quiet("ET", WINTER, null, "-05:00");
        quiet("ET", SUMMER, null, "-04:00");
        quiet("PT", WINTER, null, "-08:00");
        quiet("PT", SUMMER, null, "-07:00");
        quiet("CT", WINTER, null, "-06:00");
        quiet("MT", SUMMER, null, "-06:00");
    }

    @Test
    void fixedAbbreviationsKeepTheirOffset() {
        quiet("EST", WINTER, null, "-05:00");
        quiet("EDT", SUMMER, null, "-04:00");
        quiet("PST", WINTER, null, "-08:00");
        quiet("PDT", SUMMER, null, "-07:00");
        quiet("CET", WINTER, null, "+01:00");
        quiet("CEST", SUMMER, null, "+02:00");
        quiet("cest", SUMMER, null, "+02:00");
        quiet("GMT", SUMMER, null, "+00:00");
        quiet("UTC", WINTER, null, "+00:00");
        quiet("Z", WINTER, null, "+00:00");
        quiet("(ET)", WINTER, null, "-05:00");
    }

    @Test
    void standardTimeWrittenInSummerIsKeptAndReported() {
        ZoneResolution z = warned("PST", LocalDateTime.of(2024, 10, 22, 13, 32), null, "-08:00",
                "PST (-08:00) was written for 2024-10-22, but PDT (-07:00) was in force");
        assertTrue(z.warnings().get(0).contains("kept -08:00 as written"));
        warned("EST", SUMMER, null, "-05:00", "EDT (-04:00) was in force");
        warned("EDT", WINTER, null, "-04:00", "EST (-05:00) was in force");
        warned("CET", SUMMER, null, "+01:00", "CEST (+02:00) was in force");
    }

    @Test
    void numericOffsets() {
        quiet("GMT+3", WINTER, null, "+03:00");
        quiet("UTC-05:30", WINTER, null, "-05:30");
        quiet("+0530", WINTER, null, "+05:30");
        quiet("-04:00", WINTER, null, "-04:00");
        assertFalse(TZ.resolve("GMT+25", WINTER, null).known());
    }

    @Test
    void ambiguousAbbreviationsNeedAHint() {
        warned("AST", SUMMER, null, "-04:00", "AST is ambiguous (Atlantic Standard Time -04:00, Arabia Standard Time +03:00); read as Atlantic Standard Time -04:00");
        quiet("AST", SUMMER, Region.MIDDLE_EAST, "+03:00");
        quiet("AST", SUMMER, Region.AMERICAS, "-04:00");
        warned("AST", SUMMER, Region.EUROPE, "-04:00", "AST has no reading for region europe");

        warned("IST", SUMMER, null, "+05:30", "IST is ambiguous");
        quiet("IST", SUMMER, Region.SOUTH_ASIA, "+05:30");
        quiet("IST", SUMMER, Region.EUROPE, "+01:00");
        warned("IST", WINTER, Region.EUROPE, "+01:00", "GMT (+00:00) was in force in Europe/Dublin");
        quiet("IST", WINTER, Region.MIDDLE_EAST, "+02:00");
        warned("IST", SUMMER, Region.MIDDLE_EAST, "+02:00", "IDT (+03:00) was in force");

        warned("BST", SUMMER, null, "+01:00", "BST is ambiguous");
        quiet("BST", SUMMER, Region.SOUTH_ASIA, "+06:00");

        warned("CST", WINTER, null, "-06:00", "CST is ambiguous");
        quiet("CST", WINTER, Region.EAST_ASIA, "+08:00");
        quiet("CST", SUMMER, Region.EAST_ASIA, "+08:00");
        warned("CST", SUMMER, Region.AMERICAS, "-06:00", "CDT (-05:00) was in force");
    }

    @Test
    void unambiguousAbbreviationsIgnoreTheHint() {
        quiet("EST", WINTER, Region.MIDDLE_EAST, "-05:00");
    }

    @Test
    void unknownZonesGiveNoOffset() {
        ZoneResolution z = TZ.resolve("XYZT", WINTER, null);
        assertNull(z.offset());
        assertFalse(z.known());
        assertEquals(List.of("unknown time zone 'XYZT': the time is kept as local time without offset"), z.warnings());
        assertFalse(TZ.isKnown("XYZT"));
        assertTrue(TZ.isKnown("PST"));
    }

    @Test
    void icuFillsGapsInTheTable() {
        // AKT (Alaska Time, generic) is not in zones.tsv; ICU's English names know it.
        ZoneResolution z = TZ.resolve("AKT", WINTER, null);
        assertEquals(ZoneOffset.of("-09:00"), z.offset());
        assertTrue(z.reading().contains("ICU"), z.reading());
        assertEquals(ZoneOffset.of("-08:00"), TZ.resolve("AKT", SUMMER, null).offset());
    }

    @Test
    void daylightGapsAndOverlapsAreReported() {
        warned("ET", LocalDateTime.of(2024, 3, 10, 2, 30), null, "-04:00", "does not exist in America/New_York");
        warned("ET", LocalDateTime.of(2024, 11, 3, 1, 30), null, "-04:00", "occurs twice in America/New_York");
    }

    @Test
    void placesImplyRegions() {
        assertEquals(Optional.of(Region.MIDDLE_EAST), TZ.regionOfPlace("BAGHDAD"));
        assertEquals(Optional.of(Region.MIDDLE_EAST), TZ.regionOfPlace("Riyadh"));
        assertEquals(Optional.of(Region.AMERICAS), TZ.regionOfPlace("HALIFAX"));
        assertEquals(Optional.of(Region.AMERICAS), TZ.regionOfPlace("san  juan"));
        assertEquals(Optional.of(Region.EUROPE), TZ.regionOfPlace("DUBLIN, Ireland"));
        assertEquals(Optional.empty(), TZ.regionOfPlace("ATLANTIS"));
    }

    private static final java.time.ZoneId PHOENIX = java.time.ZoneId.of("America/Phoenix");

    @Test
    void arizonaKeepsMountainStandardTimeAllYear() {
        // elsewhere MST in July is a slip for MDT, and says so
        ZoneResolution denver = TZ.resolve("MST", SUMMER, Region.AMERICAS, null);
        assertEquals(ZoneOffset.of("-07:00"), denver.offset());
        assertEquals(List.of("MST (-07:00) was written for 2024-07-09, but MDT (-06:00) was in force in America/Denver"
                + " then; kept -07:00 as written"), denver.warnings());
        // in Arizona it is simply right
        ZoneResolution az = TZ.resolve("MST", SUMMER, Region.AMERICAS, PHOENIX);
        assertEquals(ZoneOffset.of("-07:00"), az.offset());
        assertEquals(List.of(), az.warnings());
        assertTrue(az.reading().endsWith("; checked against America/Phoenix"), az.reading());
        assertEquals(List.of(), TZ.resolve("MST", WINTER, null, PHOENIX).warnings());
        // the generic name follows Arizona's clock: -07:00 in July, not Denver's -06:00
        ZoneResolution mt = TZ.resolve("MT", SUMMER, null, PHOENIX);
        assertEquals(ZoneOffset.of("-07:00"), mt.offset());
        assertEquals(List.of(), mt.warnings());
        assertEquals(ZoneOffset.of("-06:00"), TZ.resolve("MT", SUMMER, null, null).offset());
        // MDT does not exist in Arizona: kept as written, with the reason
        ZoneResolution mdt = TZ.resolve("MDT", SUMMER, null, PHOENIX);
        assertEquals(ZoneOffset.of("-06:00"), mdt.offset());
        assertEquals(List.of("MDT (-06:00) was written for 2024-07-09, but MST (-07:00) was in force in America/Phoenix"
                + " then; kept -06:00 as written"), mdt.warnings());
        // other families are not touched by the local zone: EST in July is still checked in New York
        ZoneResolution est = TZ.resolve("EST", SUMMER, null, PHOENIX);
        assertEquals(List.of("EST (-05:00) was written for 2024-07-09, but EDT (-04:00) was in force in America/New_York"
                + " then; kept -05:00 as written"), est.warnings());
        assertEquals(List.of(), TZ.resolve("PDT", SUMMER, null, PHOENIX).warnings());
        assertEquals(ZoneOffset.of("-04:00"), TZ.resolve("ET", SUMMER, null, PHOENIX).offset());
    }

    @Test
    void arizonaPlacesAndHints() {
        for (String place : List.of("PHOENIX", "Tucson", "FLAGSTAFF", "MESA", "Scottsdale", "arizona", "US-AZ", "az",
                "YUMA, Ariz.", "GLENDALE, Ariz.", "KINGMAN, Arizona", "BISBEE, AZ")) {
            assertEquals(Optional.of(new TimeZones.Place(Region.AMERICAS, PHOENIX)), TZ.place(place), place);
        }
        assertEquals(Optional.of(new TimeZones.Place(Region.AMERICAS, null)), TZ.place("DENVER"));
        assertEquals(Optional.empty(), TZ.place("GLENDALE, Calif."));
        assertEquals(Optional.of(Region.AMERICAS), TZ.regionOfPlace("TUCSON"));
    }

    @Test
    void placeTableZoneColumn() throws Exception {
        TimeZones t = TimeZones.load(new StringReader(""), "z.tsv",
                new StringReader("BAGHDAD\tmiddle-east\nREGINA\tamericas\tAmerica/Regina\nDENVER\tamericas\t-\n"), "p.tsv");
        assertEquals(Optional.of(new TimeZones.Place(Region.AMERICAS, java.time.ZoneId.of("America/Regina"))),
                t.place("regina"));
        assertEquals(Optional.of(new TimeZones.Place(Region.AMERICAS, null)), t.place("DENVER"));
        assertEquals(Optional.of(new TimeZones.Place(Region.MIDDLE_EAST, null)), t.place("BAGHDAD"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeZones.load(
                new StringReader(""), "z.tsv", new StringReader("PHOENIX\tamericas\tAmerica/Nowhere\n"), "p.tsv"));
        assertTrue(e.getMessage().startsWith("p.tsv:1: bad zone id 'America/Nowhere'"), e.getMessage());
    }

    @Test
    void theShippedTableHasTheNewsZones() {
        for (String abbr : List.of("ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "MT", "GMT", "UTC", "Z", "CET", "CEST",
                "AST", "IST", "BST", "CST")) {
            assertFalse(TZ.readings(abbr).isEmpty(), abbr);
        }
        assertEquals(2, TZ.readings("AST").size());
        assertEquals(3, TZ.readings("IST").size());
    }

    private static TimeZones load(String zones) throws Exception {
        return TimeZones.load(new StringReader(zones), "z.tsv", new StringReader("BAGHDAD\tmiddle-east\n"), "p.tsv");
    }

    @Test
    void malformedTablesNameFileAndLine() {
        String header = "# comment\n";
        Object[][] bad = {
            {header + "EST\tamericas\t-05:00\n", "z.tsv:2: expected 6 TAB-separated columns"},
            {header + "EST\tmars\t-05:00\t-\tyes\tx\n", "z.tsv:2: unknown region 'mars'"},
            {header + "EST\tamericas\t-99:00\t-\tyes\tx\n", "z.tsv:2: bad offset or zone id"},
            {header + "ET\tamericas\tAmerica/New_York\tAmerica/New_York\tyes\tx\n", "z.tsv:2: a check zone only makes sense"},
            {header + "EST\tamericas\t-05:00\t-\tmaybe\tx\n", "z.tsv:2: default must be yes or no"},
            {header + "AST\tamericas\t-04:00\t-\tyes\tx\nAST\tmiddle-east\t+03:00\t-\tyes\ty\n", "z.tsv:3: AST already has a default reading (line 2)"},
            {header + "AST\tamericas\t-04:00\t-\tno\tx\n", "z.tsv: AST has no default reading"},
        };
        for (Object[] b : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load((String) b[0]));
            assertTrue(e.getMessage().startsWith((String) b[1]), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeZones.load(
                new StringReader(""), "z.tsv", new StringReader("\nBAGHDAD\tnowhere\n"), "p.tsv"));
        assertTrue(e.getMessage().startsWith("p.tsv:2: unknown region 'nowhere'"), e.getMessage());
    }
}
