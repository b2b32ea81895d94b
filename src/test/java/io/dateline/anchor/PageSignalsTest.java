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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The date signals of HTML pages: each signal, language and repair of issue 10 on a small page. */
class PageSignalsTest {

    private final AnchorDetector detector = new AnchorDetector();

    private static final String BODY = "<p>The harbour board met on Tuesday and voted to reopen the old pier to walkers.</p>";

    private AnchorResult page(Path dir, String head, String body) throws Exception {
        Path f = dir.resolve("p.html");
        Files.writeString(f, "<html" + head + "</head><body>" + body + "</body></html>");
        List<InputItem> items;
        try (var s = new InputReader().withFormat(InputFormat.HTML).read(f)) {
            items = s.toList();
        }
        return detector.detect((SourceDocument) items.get(0));
    }

    @Test
    void genericMetaNames(@TempDir Path dir) throws Exception {
        for (String name : List.of("dc.date", "DC.date.issued", "dcterms.date", "pubdate", "sailthru.date", "parsely-pub-date")) {
            AnchorResult r = page(dir, "><head><meta name=\"" + name + "\" content=\"2019-03-02\">", "<article>" + BODY + "</article>");
            assertEquals("2019-03-02", r.anchor().value(), name);
            assertEquals("metadata", r.anchor().source());
        }
    }

    @Test
    void lenientMachineValues(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"20201123T11:02:35Z", "2020-11-23T11:02:35Z"},
            {"Tue Jan 28 15:28:56 CET 2020", "2020-01-28T15:28:56+01:00"},
            {"2020-01-28T22:06:08:684Z", "2020-01-28T22:06:08.684Z"},
            {"06 Dicembre 2020", "2020-12-06"},
            {"\u0662\u0660\u0661\u0669-\u0660\u0665-\u0661\u0664", "2019-05-14"},
        };
        for (String[] c : cases) {
            AnchorResult r = page(dir, "><head><meta property=\"article:published_time\" content=\"" + c[0] + "\">",
                    "<article>" + BODY + "</article>");
            assertNotNull(r.anchor(), c[0] + ": " + r.candidates());
            assertEquals(c[1].substring(0, 10), r.anchor().date().toString(), c[0] + ": " + r.candidates());
        }
    }

    @Test
    void visibleDatesInManyLanguages(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {" lang=\"de\">", "19. Juli 2014", "2014-07-19"},
            {" lang=\"de-AT\">", "01-11-2023", "2023-11-01"},
            {" lang=\"fr\">", "Publié le 3 mars 2021", "2021-03-03"},
            {" lang=\"es\">", "3 de julio de 2019", "2019-07-03"},
            {" lang=\"en-US\">", "01/11/2023", "2023-01-11"},
            {">", "03.07.2018", "2018-07-03"},
        };
        for (String[] c : cases) {
            AnchorResult r = page(dir, c[0] + "<head>", "<article><div class=\"post-date\">" + c[1] + "</div>" + BODY + "</article>");
            assertNotNull(r.anchor(), c[1] + ": " + r.candidates());
            assertEquals(c[2], r.anchor().value(), c[1] + ": " + r.candidates());
            assertEquals("html", r.anchor().source());
        }
    }

    @Test
    void urlTimeAbbrAndUtime(@TempDir Path dir) throws Exception {
        assertEquals("2018-07-03", page(dir, "><head><link rel=\"canonical\" href=\"https://news.example/2018/07/03/pier\">",
                "<article>" + BODY + "</article>").anchor().value());
        assertEquals("2017-05-20", page(dir, "><head>", "<div><time datetime=\"2017-05-20\">May 20</time></div><article>"
                + BODY + "</article>").anchor().value());
        assertEquals("2016-02-01", page(dir, "><head>", "<article><abbr class=\"published\" title=\"2016-02-01\">Feb 1</abbr>"
                + BODY + "</article>").anchor().value());
        assertEquals("2017-10-06", page(dir, "><head>", "<article><abbr data-utime=\"1507287600\">Friday</abbr>"
                + BODY + "</article>").anchor().date().toString());
    }

    @Test
    void datePublishedInScriptJsonAStrictParserRejects(@TempDir Path dir) throws Exception {
        AnchorResult r = page(dir, "><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"datePublished\": \"2021-04-05T08:00:00+02:00\", \"headline\": \"a \"quoted\" word\"}</script>",
                "<article>" + BODY + "</article>");
        assertEquals("2021-04-05T08:00+02:00", r.anchor().value());
    }

    @Test
    void utcTimestampMovedToThePagesOwnDayAndConfidence(@TempDir Path dir) throws Exception {
        AnchorResult r = page(dir, "><head><meta property=\"article:published_time\" content=\"2020-02-25T02:25:54+00:00\">"
                + "<link rel=\"canonical\" href=\"https://news.example/2020/02/24/story/\">", "<article>" + BODY + "</article>");
        assertEquals("2020-02-24", r.anchor().value(), r.candidates().toString());
        assertTrue(r.anchor().warnings().get(0).startsWith("UTC timestamp 2020-02-25T02:25:54Z is 2020-02-24"), r.anchor().warnings().toString());
        AnchorResult agree = page(dir, "><head><meta property=\"article:published_time\" content=\"2020-02-24T12:00:00-05:00\">"
                + "<meta property=\"article:modified_time\" content=\"2020-03-01T09:00:00-05:00\">"
                + "<link rel=\"canonical\" href=\"https://news.example/2020/02/24/story/\">", "<article>" + BODY + "</article>");
        assertEquals("high", agree.anchor().confidence(), agree.anchor().confidenceReason());
        assertEquals("2020-03-01T09:00-05:00", agree.anchor().modified());
        AnchorResult modified = detector.detect(docOf(dir), AnchorRequest.none().withWant(AnchorRequest.Want.MODIFIED));
        assertEquals("2020-03-01T09:00-05:00", modified.anchor().value());
    }

    private static SourceDocument docOf(Path dir) {
        try (var s = new InputReader().withFormat(InputFormat.HTML).read(dir.resolve("p.html"))) {
            return (SourceDocument) s.toList().get(0);
        }
    }

    @Test
    void aPageWithoutArticleTextStillHasItsAnchor(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("shell.html");
        Files.writeString(f, "<html><head><meta property=\"article:published_time\" content=\"2019-06-13\"></head>"
                + "<body><script>render()</script></body></html>");
        SourceDocument doc;
        try (var s = new InputReader().read(f)) {
            doc = (SourceDocument) s.toList().get(0);
        }
        assertTrue(doc.warnings().get(0).startsWith("no article text found in HTML"), doc.warnings().toString());
        assertEquals("2019-06-13", detector.detect(doc).anchor().value());
    }

    @Test
    void datesBefore1995AreNotPublicationDates(@TempDir Path dir) throws Exception {
        AnchorResult r = page(dir, "><head><meta name=\"date\" content=\"1970-01-01\">", "<article>" + BODY + "</article>");
        assertEquals(null, r.anchor(), r.candidates().toString());
    }
}
