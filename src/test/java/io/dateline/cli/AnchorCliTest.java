package io.dateline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publication-date side of the command line: --published, `anchor`, `eval-anchors`. */
class AnchorCliTest {

    @Test
    void relativePublishedIsAOneLineErrorWithExit2(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "The talks ended on Tuesday.");
        for (String v : new String[] {"yesterday", "3 days ago", "last week", "today", "tomorrow", "Tuesday"}) {
            CliTest.Run r = CliTest.run("--published", v, f.toString());
            assertEquals(2, r.code(), v);
            String[] lines = r.err().strip().split("\n");
            assertTrue(lines[0].startsWith("dateline: cannot read --published '" + v + "'"), r.err());
            assertTrue(lines[0].contains("is relative, not a date"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out(), v + ": a usage error; no record resolved against other dates");
        }
    }

    @Test
    void relativeJsonLinesPublishedIsRejectedWithAWarning(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, "{\"id\": \"a\", \"text\": \"The talks ended on Tuesday.\", \"published\": \"yesterday\"}\n");
        CliTest.Run r = CliTest.run("-q", f.toString());
        var doc = r.lines().get(0);
        assertTrue(doc.path("anchor").isNull(), doc.toString());
        assertTrue(doc.path("warnings").toString().contains("metadata 'yesterday' rejected"), doc.toString());
    }

    @Test
    void anchorDatePicksPublishedDisplayedOrModified(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, "<html><head><meta property=\"article:published_time\" content=\"2021-03-01T08:00:00+01:00\">"
                + "<meta property=\"article:modified_time\" content=\"2021-03-04T09:30:00+01:00\">"
                + "<link rel=\"canonical\" href=\"https://news.example/2021/03/01/ferry\"></head><body><article>"
                + "<p class=\"entry-date\">Updated 3 March 2021</p><p>The ferry timetable changes next week.</p></article></body></html>");
        String[][] cases = {{"published", "2021-03-01T08:00+01:00"}, {"displayed", "2021-03-03"}, {"modified", "2021-03-04T09:30+01:00"}};
        for (String[] c : cases) {
            CliTest.Run r = CliTest.run("anchor", "--format", "json", "--anchor-date", c[0], f.toString());
            assertEquals(0, r.code(), r.err());
            var a = r.lines().get(0).path("anchor");
            assertEquals(c[1], a.path("value").asText(), c[0] + ": " + r.out());
            assertEquals("2021-03-04T09:30+01:00", a.path("modified").asText(), r.out());
            assertTrue(a.path("confidence").path("level").isTextual(), r.out());
        }
        CliTest.Run bad = CliTest.run("anchor", "--anchor-date", "first", f.toString());
        assertEquals(2, bad.code());
    }

    @Test
    void evalAnchorsScoresAGoldFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/a.html"), "<html><head><meta name=\"dc.date\" content=\"2019-03-02\"></head>"
                + "<body><p>The ferry timetable changes next week.</p></body></html>");
        Files.writeString(dir.resolve("pages/b.html"), "<html><head></head><body><p>No date here at all.</p></body></html>");
        Files.writeString(dir.resolve("gold.json"), "{\"pages/a.html\": {\"date\": \"2019-03-02\", \"set\": \"s\"},"
                + " \"pages/b.html\": {\"date\": \"2019-03-03\", \"set\": \"s\"}}");
        CliTest.Run r = CliTest.run("eval-anchors", "--gold", dir.resolve("gold.json").toString(), "--errors");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("all           2 pages  right    1  wrong   0  none   1  accuracy 0.500  precision 1.000  recall 0.500"), r.out());
        assertTrue(r.out().contains("none pages/b.html [s] gold 2019-03-03, found none"), r.out());
        assertEquals(2, CliTest.run("eval-anchors", "--gold", dir.resolve("nope.json").toString()).code());
    }
}
