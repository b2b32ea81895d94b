package io.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line faults a new user ran into (issue 18). */
class CliFaultsTest {

    static final String ARTICLE = CliTest.ROOT.resolve("examples/articles/harbor-strike.txt").toString();

    static void assertOneLineUsageError(CliTest.Run r, String mustSay) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out(), "nothing on standard output");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(mustSay), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void anUnreadablePublishedIsAUsageErrorBeforeAnyDocumentIsRead() {
        for (String bad : List.of("yesterday", "2024-02-30", "1700640000")) {
            for (String format : List.of("json", "tsv", "timeml", "text")) {
                CliTest.Run r = CliTest.run("--published", bad, "--format", format, ARTICLE);
                assertOneLineUsageError(r, "--published");
                assertTrue(r.err().contains(bad), r.err());
            }
            assertOneLineUsageError(CliTest.run("anchor", "--published", bad, ARTICLE), "--published");
        }
        assertEquals(0, CliTest.run("-q", "--published", "2024-02-29", ARTICLE).code());
    }

    @Test
    void anchorWithoutAFileIsAUsageError() {
        assertOneLineUsageError(CliTest.run("anchor"), "no FILE");
    }

    @Test
    void checkOnAFolderWithoutExamplesIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "nothing here");
        CliTest.Run r = CliTest.run("check", dir.toString());
        assertOneLineUsageError(r, "no examples");
        assertTrue(r.err().contains(dir.toString()), r.err());
    }

    @Test
    void aMissingGrammarFolderIsSaidInWords(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("nonexistent").toString();
        CliTest.Run r = CliTest.run("--grammar", missing, ARTICLE);
        assertOneLineUsageError(r, "no such folder");
        assertFalse(r.err().contains(":0:"), r.err());
        Path file = Files.writeString(dir.resolve("a.rules"), "");
        CliTest.Run f = CliTest.run("--grammar", file.toString(), ARTICLE);
        assertOneLineUsageError(f, "not a folder");
        assertFalse(f.err().contains(":0:"), f.err());
    }

    @Test
    void theSummaryCountsDocumentsWithoutAPublicationDate(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "The ferry leaves on Tuesday with 12 people.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Prices rose 4% last week.\n");
        CliTest.Run r = CliTest.run(a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("2 documents") && r.err().contains("2 without a publication date"), r.err());
        CliTest.Run dated = CliTest.run("--published", "2023-11-22", a.toString());
        assertTrue(dated.err().contains("0 without a publication date"), dated.err());
    }

    @Test
    void anchorTextShowsNoNullSpanForPageMetadata(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("page.html"), "<html><head><meta property=\"article:published_time\" "
                + "content=\"2021-03-01T08:00:00+01:00\"></head><body><article><p>The ferry sails next week.</p></article></body></html>");
        CliTest.Run r = CliTest.run("anchor", "--format", "text", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2021-03-01T08:00+01:00"), r.out());
        assertFalse(r.out().contains("null"), r.out());
        Path t = Files.writeString(dir.resolve("wire.txt"), "Jan. 23, 2024\n\nThe dam held.\n");
        CliTest.Run text = CliTest.run("anchor", "--format", "text", t.toString());
        assertTrue(text.out().contains("\"Jan. 23, 2024\" [0,13)"), text.out());
    }
}
