package io.dateline.anchor;

import io.dateline.input.InputFormat;
import io.dateline.input.SourceDocument;
import io.dateline.value.Anchor;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchorDetectorTest {

    private final AnchorDetector detector = new AnchorDetector();

    private AnchorResult detect(String text) {
        return detector.detect(SourceDocument.ofText("t", text));
    }

    private static String codePoints(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    @Test
    void publishedWinsAndUpdatedIsACandidate() {
        String text = "💾 Save now!\nCounty opens a new seed library\n\nPublished 03/14/2024, 08:45 AM\n"
                + "Updated 03/14/2024, 11:02 AM\n\nBy Lena Ortiz\n\nRIVERTON/ASHFORD (Valley Wire) -Shelves of seeds opened.";
        AnchorResult r = detect(text);
        Anchor a = r.anchor();
        assertEquals("2024-03-14T08:45", a.value());
        assertEquals(LocalDateTime.of(2024, 3, 14, 8, 45), a.time());
        assertNull(a.offset(), "no zone written, none invented");
        assertEquals("byline", a.source());
        assertEquals("03/14/2024, 08:45 AM", a.text());
        // Code points: the emoji counts as one.
        assertEquals(a.text(), codePoints(text, a.start(), a.end()));
        assertEquals(text.indexOf("03/14/2024, 08:45") - 1, a.start());
        assertEquals(a.start() + a.text().length(), a.end());

        assertEquals(2, r.candidates().size());
        AnchorCandidate updated = r.candidates().get(1);
        assertEquals(AnchorCandidate.UPDATED, updated.role());
        assertEquals("2024-03-14T11:02", updated.value());
        assertFalse(updated.chosen());
        assertTrue(r.candidates().get(0).chosen());
        assertTrue(r.allWarnings().isEmpty(), r.allWarnings().toString());
    }

    @Test
    void crlfTextKeepsItsOffsets() {
        String text = "Headline\r\n\r\nPublished 01/23/2024, 05:07 PM\r\nUpdated 01/23/2024, 06:21 PM\r\n";
        AnchorResult r = detect(text);
        assertEquals(22, r.anchor().start());
        assertEquals(42, r.anchor().end());
        assertEquals(52, r.candidates().get(1).start());
    }

    @Test
    void relativeOptionsAreRefusedEvenWithAClock() {
        Clock clock = Clock.fixed(Instant.parse("2024-01-24T14:00:00Z"), ZoneId.of("America/New_York"));
        AnchorRequest withClock = AnchorRequest.none().withClock(clock);
        for (String relative : List.of("yesterday", "yesterday 5pm ET", "3 days ago", "last week", "today",
                "tomorrow", "Tuesday", "Tuesday 9am PT")) {
            AnchorCandidate c = detector.readOption(relative, withClock);
            assertFalse(c.accepted(), relative + " must not be read against the clock: " + c);
            assertTrue(c.rejection().contains("is relative, not a date"), c.rejection());
        }
        assertEquals("2024-01-23", detector.readOption("1/23/24", withClock).value());
        assertEquals("2024-01-23T17:07+03:00", detector.readOption("Tuesday, 23 January 2024, 17:07 GMT+3", withClock).value());
        assertFalse(detector.readOption("Jan 23", withClock).accepted(), "a year-less option is refused");
        assertEquals("now", detector.readOption("now", withClock).anchor().source());
    }

    @Test
    void relativeMetadataIsARejectedCandidateWithAWarning() {
        Clock clock = Clock.fixed(Instant.parse("2024-01-24T14:00:00Z"), ZoneOffset.UTC);
        SourceDocument doc = SourceDocument.ofText("t", "Published 03/14/2024\n\nText.")
                .withPublishedHint("3 days ago", "jsonl:published");
        AnchorResult r = detector.detect(doc, AnchorRequest.none().withClock(clock));
        assertEquals("2024-03-14", r.anchor().value());
        assertFalse(r.candidates().get(0).accepted());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("metadata '3 days ago' rejected: ")), r.warnings().toString());
    }

    @Test
    void aVeryLongValueIsRefusedBeforeNatty() {
        String digits = "7".repeat(10_000);
        AnchorCandidate c = detector.readOption(digits, AnchorRequest.none());
        assertFalse(c.accepted());
        assertTrue(c.rejection().contains("10000 characters"), c.rejection());
        SourceDocument doc = SourceDocument.ofText("t", "Text.").withPublishedHint(digits, "jsonl:published");
        assertFalse(detector.detect(doc).found());
        NattyAdapter.Outcome o = new NattyAdapter().parse("Jan 23 2024 " + digits, java.time.LocalDateTime.of(2024, 1, 1, 0, 0));
        assertEquals(NattyAdapter.Guard.TOO_LONG, ((NattyAdapter.Rejected) o).guard());
    }

    @Test
    void malformedLeadingDateline() {
        AnchorResult r = detect("13:32 PM, 22 October 2024 PST\n\nCrews cleared the pass.");
        Anchor a = r.anchor();
        assertEquals("2024-10-22T13:32-08:00", a.value());
        assertEquals(ZoneOffset.ofHours(-8), a.offset());
        assertEquals("dateline", a.source());
        assertEquals(0, a.start());
        assertEquals(29, a.end());
        assertEquals(List.of("hour 13 with PM: read as 13:32",
                "PST (-08:00) was written for 2024-10-22, but PDT (-07:00) was in force in America/Los_Angeles then; kept -08:00 as written"),
                a.warnings());
        assertTrue(r.warnings().isEmpty(), "repairs belong to the anchor, not to the detection");
    }

    @Test
    void onlyTheTopOfTheTextIsSearched() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            sb.append("Paragraph ").append(i).append(".\n\n");
        }
        sb.append("Published 03/14/2024\n");
        assertNull(detect(sb.toString()).anchor(), "line 16");
        String longLead = "x".repeat(1600) + "\nPublished 03/14/2024\n";
        assertNull(detect(longLead).anchor(), "after 1,500 characters");
        assertEquals("2024-03-14", detect("Lead line.\n\nPublished 03/14/2024\n").anchor().value());
    }

    @Test
    void datesInRunningTextAreNotAnchors() {
        AnchorResult r = detect("Officials said on January 5, 2024 that talks would resume.\n\n"
                + "Since October 17, forces were attacked 150 times.");
        assertNull(r.anchor());
        assertTrue(r.candidates().isEmpty());
        assertEquals(List.of("no publication date found (looked at: --published, metadata, the first 15 lines; "
                + "pass --published to set one)"), r.warnings());
    }

    @Test
    void anUpperCaseWordAfterTheTimeIsNotAZone() {
        Anchor a = detect("Jan 23, 2024 5:07 PM BY THE HARBOUR STAFF\n\nText.").anchor();
        assertTrue(a == null || a.warnings().stream().noneMatch(w -> w.contains("unknown time zone")));
        Anchor b = detect("By Ana Reis | Jan 23, 2024 5:07 PM\n\nText.").anchor();
        assertEquals("2024-01-23T17:07", b.value());
    }

    @Test
    void yearlessDatelineBorrowsOrFails() {
        AnchorResult none = detect("WASHINGTON, Jan 23 (Reuters) - Lawmakers met.");
        assertNull(none.anchor());
        assertEquals(1, none.candidates().size());
        assertTrue(none.candidates().get(0).rejection().contains("has no year"));

        // Across a year boundary: an update on January 2 puts December 31 in the year before.
        AnchorResult r = detect("Updated Jan 2, 2024\n\nWASHINGTON, Dec 31 (Reuters) - Lawmakers met.");
        assertEquals("2023-12-31", r.anchor().value());
        assertEquals("dateline", r.anchor().source());
        assertTrue(r.anchor().warnings().get(0).contains("2023 taken from byline 'Jan 2, 2024'"));
    }

    @Test
    void regionFromDatelinePlaces() {
        String baghdad = "June 3, 2024 8:00 AM AST\n\nBAGHDAD (Reuters) - The port reopened.";
        assertEquals("2024-06-03T08:00+03:00", detect(baghdad).anchor().value());
        // Places from two regions decide nothing.
        AnchorResult both = detect("June 3, 2024 8:00 AM AST\n\nWASHINGTON/BAGHDAD (Reuters) - The port reopened.");
        assertEquals("2024-06-03T08:00-04:00", both.anchor().value());
        assertTrue(both.anchor().warnings().get(0).contains("AST is ambiguous"));
        // The user's hint beats the place.
        AnchorResult hinted = detector.detect(SourceDocument.ofText("t", baghdad),
                AnchorRequest.none().withRegionHint("Americas"));
        assertEquals("2024-06-03T08:00-04:00", hinted.anchor().value());
    }

    @Test
    void arizonaDatelinesAndHintsKeepMstWithoutAWarning() {
        String summer = "July 9, 2024 3:15 p.m. MST\n\n%s (AP) - Monsoon storms knocked out power on Tuesday.";
        for (String place : List.of("PHOENIX", "TUCSON", "FLAGSTAFF", "MESA", "YUMA, Ariz.")) {
            AnchorResult r = detect(String.format(summer, place));
            assertEquals("2024-07-09T15:15-07:00", r.anchor().value(), place);
            assertEquals(List.of(), r.allWarnings(), place);
        }
        // a state after the city in a dated dateline counts too, even for a city not in the table
        AnchorResult dated = detect("KINGMAN, Ariz., July 9, 2024 3:15 p.m. MST (AP) - Monsoon storms hit.");
        assertEquals("2024-07-09T15:15-07:00", dated.anchor().value());
        assertEquals(List.of(), dated.allWarnings());

        // elsewhere, or with no place, MST in July keeps its warning
        for (String place : List.of("DENVER", "GLENDALE, Calif.", "WASHINGTON/PHOENIX")) {
            AnchorResult r = detect(String.format(summer, place));
            assertEquals("2024-07-09T15:15-07:00", r.anchor().value(), place);
            assertEquals(List.of("MST (-07:00) was written for 2024-07-09, but MDT (-06:00) was in force in "
                    + "America/Denver then; kept -07:00 as written"), r.allWarnings(), place);
        }
        String noPlace = "July 9, 2024 3:15 p.m. MST\n\nMonsoon storms knocked out power on Tuesday.";
        assertEquals(1, detect(noPlace).allWarnings().size());

        // the hint: arizona or US-AZ (a place of the table), not a bare region
        for (String hint : List.of("arizona", "US-AZ", "Arizona")) {
            AnchorResult r = detector.detect(SourceDocument.ofText("t", noPlace), AnchorRequest.none().withRegionHint(hint));
            assertEquals("2024-07-09T15:15-07:00", r.anchor().value(), hint);
            assertEquals(List.of(), r.allWarnings(), hint);
        }
        AnchorResult americas = detector.detect(SourceDocument.ofText("t", noPlace),
                AnchorRequest.none().withRegionHint("americas"));
        assertEquals(1, americas.allWarnings().size(), americas.allWarnings().toString());
        // a region hint that agrees with an Arizona dateline keeps Arizona's clock
        AnchorResult agreeing = detector.detect(SourceDocument.ofText("t", String.format(summer, "PHOENIX")),
                AnchorRequest.none().withRegionHint("americas"));
        assertEquals(List.of(), agreeing.allWarnings());
        // generic MT in Arizona is -07:00 in July; the option is read with the hint as well
        assertEquals("2024-07-09T15:15-07:00", detect("July 9, 2024 3:15 p.m. MT\n\nPHOENIX (AP) - Storms.").anchor().value());
        AnchorCandidate option = detector.readOption("July 9, 2024 3:15 pm MST", AnchorRequest.none().withRegionHint("us-az"));
        assertEquals("2024-07-09T15:15-07:00", option.value());
        assertEquals(List.of(), option.anchor().warnings());
    }

    @Test
    void unknownRegionHintIsReported() {
        AnchorResult r = detector.detect(SourceDocument.ofText("t", "Jan. 23, 2024 5:07 p.m. ET\n\nText."),
                AnchorRequest.none().withRegionHint("atlantis"));
        assertEquals("2024-01-23T17:07-05:00", r.anchor().value());
        assertTrue(r.warnings().get(0).startsWith("unknown region hint 'atlantis' ignored"), r.warnings().toString());
    }

    @Test
    void sourceOrderCanBeChanged() {
        SourceDocument doc = SourceDocument.ofText("t", "Published 03/14/2024\n\nText.")
                .withPublishedHint("2024-03-13", "jsonl:published");
        assertEquals("metadata", detector.detect(doc).anchor().source());
        AnchorResult textFirst = detector.detect(doc, AnchorRequest.none()
                .withOrder(List.of(AnchorRequest.Stage.TEXT, AnchorRequest.Stage.METADATA)));
        assertEquals("2024-03-14", textFirst.anchor().value());
        assertEquals("byline", textFirst.anchor().source());
        AnchorResult metadataOnly = detector.detect(SourceDocument.ofText("t", "Published 03/14/2024"),
                AnchorRequest.none().withOrder(List.of(AnchorRequest.Stage.METADATA)));
        assertNull(metadataOnly.anchor());
        assertTrue(metadataOnly.candidates().isEmpty());
    }

    @Test
    void nowComesFromTheClockPassedIn() {
        Clock clock = Clock.fixed(Instant.parse("2024-01-23T22:07:30Z"), ZoneId.of("America/New_York"));
        AnchorResult r = detector.detect(SourceDocument.ofText("t", "Text."), AnchorRequest.none()
                .withPublished("now").withClock(clock));
        assertEquals("2024-01-23T17:07-05:00", r.anchor().value());
        assertEquals("now", r.anchor().source());
        Clock utc = Clock.fixed(Instant.parse("2024-01-23T22:07:30Z"), ZoneOffset.UTC);
        assertEquals("2024-01-23T22:07Z", detector.detect(SourceDocument.ofText("t", "Text."),
                AnchorRequest.none().withPublished("NOW").withClock(utc)).anchor().value());
    }

    @Test
    void readOptionValidatesAlone() {
        AnchorCandidate ok = detector.readOption("Jan 23 2024 5:07pm ET", AnchorRequest.none());
        assertEquals("2024-01-23T17:07-05:00", ok.value());
        assertEquals("option", ok.source());
        AnchorCandidate iso = detector.readOption("2024-01-23T17:07:00+05:30", AnchorRequest.none());
        assertEquals("2024-01-23T17:07+05:30", iso.value());
        assertEquals(LocalDate.of(2024, 1, 23), iso.anchor().date());
        AnchorCandidate bad = detector.readOption("2,500 troops", AnchorRequest.none());
        assertFalse(bad.accepted());
        assertTrue(bad.rejection().contains("bare number"), bad.rejection());
        AnchorCandidate hinted = detector.readOption("June 3, 2024 8:00 AM AST", AnchorRequest.none().withRegionHint("middle-east"));
        assertEquals("2024-06-03T08:00+03:00", hinted.value());
    }

    @Test
    void timemlDctIsItsOwnSource() {
        SourceDocument doc = new SourceDocument("x.tml", "\nThe mill closed Sunday.\n", InputFormat.TIMEML,
                "1998-03-02", "timeml:dct", null, null, null);
        AnchorResult r = detector.detect(doc);
        assertEquals("1998-03-02", r.anchor().value());
        assertEquals("dct", r.anchor().source());
        assertNull(r.anchor().start(), "metadata is not in the text");
    }

    @Test
    void metadataRejectionsFallBackToText() {
        SourceDocument doc = SourceDocument.ofText("t", "Jan. 23, 2024 5:07 p.m. ET\n\nText.")
                .withPublishedHint("2024-13-01", "html:meta[article:published_time]");
        AnchorResult r = detector.detect(doc);
        assertEquals("dateline", r.anchor().source());
        assertEquals("metadata '2024-13-01' rejected: impossible date '2024-13-01' (no month 13); trying the next source",
                r.warnings().get(0));
    }
}
