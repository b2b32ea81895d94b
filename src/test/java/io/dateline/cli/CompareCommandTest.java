package io.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static final String FLOOD = TestPaths.examples("compare", "valley-flood.jsonl").toString();

    @Test
    void jsonByDefault() throws Exception {
        Run r = run("compare", FLOOD);
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(3, j.get("documents").size());
        assertEquals("county-news", j.get("documents").get(0).get("id").asText());
        assertEquals("2025-03-03", j.get("timeline").get(0).get("value").asText());
        assertEquals(3, j.get("timeline").get(0).get("mentions").size());
        assertEquals("person", j.get("figures").get(0).get("counted").asText());
    }

    @Test
    void textAndHtml() {
        Run t = run("compare", "--format", "text", FLOOD);
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("2025-03-03 START  county-news \"early on Monday\""), t.out());
        for (String line : t.out().split("\n")) {
            assertTrue(line.length() <= 100, line);
        }
        Run h = run("compare", "--format", "html", FLOOD);
        assertEquals(0, h.code(), h.err());
        assertTrue(h.out().startsWith("<!DOCTYPE html>"));
        assertTrue(h.out().contains("<svg"));
        // self-contained: nothing to load (the only URL is the SVG namespace)
        assertFalse(h.out().matches("(?s).*\\s(src|href)=.*"), "no src or href");
        assertEquals(1, h.out().split("https?://", -1).length - 1, "one URL: the SVG namespace");
    }

    @Test
    void badUsageAndBadInputGetOneLineErrors(@TempDir Path dir) throws Exception {
        Run f = run("compare", "--format", "pdf", FLOOD);
        assertEquals(2, f.code());
        assertEquals("dateline compare: --format must be json, text or html, not 'pdf'", f.err().strip());

        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\":\"one\",\"published\":\"2024-02-01\",\"text\":\"Six boats sank on Tuesday.\"}\n"
                + "{\"id\": \"two\", \"text\": \n"
                + "{\"id\":\"three\",\"published\":\"2024-02-01\",\"text\":\"Six boats sank on Tuesday night.\"}\n");
        Path missing = dir.resolve("missing.txt");
        Run r = run("compare", feed.toString(), missing.toString());
        assertEquals(2, r.code());
        String[] errs = r.err().strip().split("\n");
        assertEquals(2, errs.length, r.err());
        assertTrue(errs[0].startsWith("dateline compare: " + feed + ":2: "), errs[0]);
        assertTrue(errs[1].contains("missing.txt"), errs[1]);
        assertFalse(r.err().contains("Exception"), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2, j.get("documents").size(), "the readable reports are still compared");
        assertEquals(2, j.get("warnings").size(), j.get("warnings").toString());
        assertEquals(2, j.get("figures").get(0).get("values").size());
    }

    @Test
    void reportsOfTwoFoldersWithTheSameNamesKeepApart(@TempDir Path dir) throws Exception {
        Path x = Files.createDirectories(dir.resolve("x"));
        Path y = Files.createDirectories(dir.resolve("y"));
        Files.writeString(x.resolve("a.txt"), "Two ferries sank on Monday.");
        Files.writeString(y.resolve("a.txt"), "Two ferries sank on Monday night.");
        Run r = run("compare", "--published", "2024-07-02", x.toString(), y.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        // each report is named by its own path, so the two never merge
        assertEquals(x.resolve("a.txt").toString(), docs.get(0).get("id").asText());
        assertEquals(y.resolve("a.txt").toString(), docs.get(1).get("id").asText());
    }
}
