package io.dateline.anchor;

import io.dateline.input.InputFormat;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 23: the first-published day against visible updates, deep event dates, dated archives, tie reasons. */
class FirstPublishedTest {

    private final AnchorDetector detector = new AnchorDetector();

    private static final String BODY = "<p>The harbour board met on Tuesday and voted to reopen the old pier to walkers.</p>";

    private AnchorResult page(Path dir, String html) throws Exception {
        Path f = dir.resolve("p.html");
        Files.writeString(f, html);
        List<InputItem> items;
        try (var s = new InputReader().withFormat(InputFormat.HTML).read(f)) {
            items = s.toList();
        }
        return detector.detect((SourceDocument) items.get(0));
    }

    @Test
    void structuredPublicationBeatsAVisibleUpdateWhichBecomesTheModifiedDate(@TempDir Path dir) throws Exception {
        AnchorResult r = page(dir, "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2025-01-10\"}</script></head><body><article><div class=\"meta\">Updated Jan. 12, 2025"
                + " 4:10 p.m.</div>" + BODY + "</article></body></html>");
        assertEquals("2025-01-10", r.anchor().value());
        assertEquals("2025-01-12", r.anchor().modified());
    }

    @Test
    void aFooterChangeDateIsReportedAsModifiedBesideTheByline(@TempDir Path dir) throws Exception {
        AnchorResult r = page(dir, "<html lang=\"de\"><head></head><body><article><div class=\"byline-date\">Erschienen am"
                + " 4. März 2021</div>" + BODY + "</article><footer><div class=\"footer-date\">Letzte Änderung: 12.03.2021"
                + "</div></footer></body></html>");
        assertEquals("2021-03-04", r.anchor().value());
        assertEquals("2021-03-12", r.anchor().modified());
        // a published label keeps the visible date a publication date
        AnchorCandidate byline = r.candidates().stream().filter(c -> c.text().startsWith("Erschienen")).findFirst().orElseThrow();
        assertEquals(AnchorCandidate.DISPLAYED, byline.role());
    }

    @Test
    void anEventDateDeepInTheTextIsNotTheAnchor(@TempDir Path dir) throws Exception {
        String filler = ("<p>The harbour board talked for hours about the pier, the ferries and the winter timetable, and"
                + " about who would pay for the repairs.</p>").repeat(14);
        AnchorResult deep = page(dir, "<html><head></head><body><article>" + filler
                + "<p>On 26 May 2021 the council voted to reopen the pier.</p></article></body></html>");
        assertNull(deep.anchor(), String.valueOf(deep.candidates()));
        AnchorCandidate c = deep.candidates().stream().filter(x -> x.source().equals("text")).findFirst().orElseThrow();
        assertTrue(c.rejection().contains("not where a publication date sits"), c.rejection());
        // near the top, where a byline sits, the same date is taken (low confidence)
        AnchorResult top = page(dir, "<html><head></head><body><article><p>26 May 2021</p>" + filler + "</article></body></html>");
        assertEquals("2021-05-26", top.anchor().value());
    }

    @Test
    void aPageOfHundredsOfDatedItemsHasLowConfidenceAndAWarning(@TempDir Path dir) throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            list.append("<li><time datetime=\"").append(java.time.LocalDate.of(2020, 1, 1).plusDays(i)).append("\">x</time></li>");
        }
        AnchorResult r = page(dir, "<html><head><meta property=\"article:published_time\" content=\"2020-03-01\"></head><body>"
                + "<article>" + BODY + "</article><ul>" + list + "</ul></body></html>");
        assertEquals("2020-03-01", r.anchor().value());
        assertEquals("low", r.anchor().confidence());
        assertTrue(r.allWarnings().stream().anyMatch(w -> w.contains("300 different days")), String.valueOf(r.allWarnings()));
    }

    @Test
    void aTieOfTiersSaysWhatBrokeIt(@TempDir Path dir) throws Exception {
        AnchorResult r = page(dir, "<html><head><meta property=\"article:published_time\" content=\"2020-03-01\">"
                + "<meta property=\"og:published_time\" content=\"2020-03-05\"></head><body><article>" + BODY
                + "</article></body></html>");
        assertEquals("2020-03-01", r.anchor().value());
        AnchorCandidate lost = r.candidates().stream().filter(c -> "2020-03-05".equals(c.value())).findFirst().orElseThrow();
        assertTrue(lost.lost().contains("comes first in the page's order"), lost.lost());
        assertTrue(!lost.lost().contains("tier 1 vs 1"), lost.lost());
    }

    @Test
    void dayAndMonthOfAUrlFollowThePageLanguage(@TempDir Path dir) throws Exception {
        String head = "<head><link rel=\"canonical\" href=\"https://example.org/n/03-02-2026/ferry\"></head>";
        assertEquals("2026-02-03", page(dir, "<html lang=\"es\">" + head + "<body>" + BODY + "</body></html>").anchor().value());
        assertEquals("2026-03-02", page(dir, "<html lang=\"en-US\">" + head + "<body>" + BODY + "</body></html>").anchor().value());
        AnchorResult noLang = page(dir, "<html><head><link rel=\"canonical\" href=\"https://example.org/n/03-25-2026/f\"></head><body>"
                + BODY + "</body></html>");
        assertNotNull(noLang.anchor());
        assertEquals("2026-03-25", noLang.anchor().value());
    }
}
