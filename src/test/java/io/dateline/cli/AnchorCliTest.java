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
            assertTrue(r.lines().get(0).path("anchor").isNull(), v + " must not become a date from the clock");
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
}
