package io.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Options with a fixed set of values, and the one error handler (issue 8, issue 9). */
class CliOptionsTest {

    static final String BYLINE = CliTest.ROOT.resolve("examples/inputs/byline.txt").toString();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "anchor --format xyz     | dateline anchor: Invalid value for option '--format': expected one of text, json but was 'xyz'",
            "anchor --format tsv     | dateline anchor: Invalid value for option '--format': expected one of text, json but was 'tsv'",
            "--format xyz            | dateline: Invalid value for option '--format': expected one of json, tsv, timeml, text but was 'xyz'",
            "--policy soon           | dateline: Invalid value for option '--policy': expected one of news, nearest, future but was 'soon'",
            "--only dates            | dateline: Invalid value for option '--only': expected one of time, quantity but was 'dates'",
            "--input-format pdf      | dateline: Invalid value for option '--input-format': expected one of text, html, jsonl, timeml but was 'pdf'",
            "check --policy later    | dateline check: Invalid value for option '--policy': expected one of news, nearest, future but was 'later'"})
    void aValueOutsideTheSetIsOneLineAndExitTwo(String options, String expected) {
        String[] opts = options.strip().split(" ");
        String[] args = java.util.Arrays.copyOf(opts, opts.length + 1);
        args[opts.length] = BYLINE;
        CliTest.Run r = CliTest.run(args);
        assertEquals(2, r.code());
        assertEquals("", r.out(), "nothing on standard output");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(expected + " ("), r.err());
    }

    @Test
    void valuesAreReadInAnyCase() throws Exception {
        CliTest.Run r = CliTest.run("-q", "--format", "JSON", "--policy", "Nearest", "--only", "TIME",
                "--input-format", "Text", "--published", "2024-01-23", BYLINE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).path("mentions").size() > 0);
        r.lines().get(0).path("mentions").forEach(m -> assertEquals("time", m.path("kind").asText()));
    }

    @Test
    void anchorJsonStillWorks() throws Exception {
        CliTest.Run r = CliTest.run("anchor", "--format", "json", BYLINE);
        assertEquals(0, r.code(), r.err());
        assertEquals("2024-03-14T08:45-04:00", r.lines().get(0).path("anchor").path("value").asText());
    }

    @Test
    void helpListsTheCandidates() {
        CliTest.Run r = CliTest.run("--help");
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("One of: json, tsv, timeml, text."), help);
        assertTrue(help.contains("one of: news, nearest, future."), help);
        assertTrue(help.contains("one kind: time, quantity."), help);
        assertTrue(help.contains("one of: text, html, jsonl, timeml"), help);
        String anchor = CliTest.run("anchor", "--help").out().replaceAll("\\s+", " ");
        assertTrue(anchor.contains("One of: text, json (default text)."), anchor);
    }

    @Test
    void aBrokenGrammarIsOneLineFromTheHandler(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.rules"), "rule broken\n  match /(/\n  emit kind=date year=1\n");
        Files.writeString(dir.resolve("mine.examples"), "@anchor 2023-11-22\n@kind time\non Tuesday => 2023-11-21\n");
        for (String cmd : new String[]{"", "check", "eval"}) {
            java.util.List<String> args = new java.util.ArrayList<>();
            if (!cmd.isEmpty()) {
                args.add(cmd);
            }
            args.addAll(java.util.List.of("--grammar", dir.toString()));
            if (cmd.equals("eval")) {
                args.addAll(java.util.List.of("--gold", dir.toString()));
            } else if (cmd.isEmpty()) {
                args.add(BYLINE);
            } else {
                args.add(dir.toString());
            }
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            String who = cmd.isEmpty() ? "dateline: " : "dateline " + cmd + ": ";
            assertTrue(r.err().startsWith(who + dir.resolve("mine.rules") + ":2:"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void internalErrorsHaveTheirOwnCodeAndNoTrace() {
        var cl = Main.commandLine();
        var err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        int code = new ErrorHandler().handleExecutionException(new NullPointerException("x was null"), cl, null);
        assertEquals(ExitCodes.INTERNAL, code);
        assertEquals("dateline: internal error (please report it): x was null", err.toString().strip());
    }

    @Test
    void anEmptyFolderIsAWarningAndExitZero(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("scan.pdf"), "%PDF");
        CliTest.Run r = CliTest.run("-q", dir.resolve("empty").toString(), dir.toString());
        assertEquals(0, r.code(), "no document was read wrongly: " + r.err());
        assertEquals("", r.out());
        assertEquals(List.of(
                "dateline: warning: " + dir.resolve("empty") + ": no file to read (known extensions: .txt .text .md .html .htm .jsonl .ndjson .tml)",
                "dateline: warning: " + dir + ": skipped 1 file without a known extension (first: scan.pdf); --glob reads them, e.g. --glob '**/*'",
                "dateline: warning: " + dir + ": no file to read (known extensions: .txt .text .md .html .htm .jsonl .ndjson .tml)"),
                r.err().lines().toList());
        CliTest.Run g = CliTest.run("-q", "--glob", "**/*.xml", dir.toString());
        assertEquals(0, g.code());
        assertEquals("dateline: warning: " + dir + ": no file matches --glob '**/*.xml'", g.err().strip());
    }

    @Test
    void aBadGlobIsOneLineExitTwo(@TempDir Path dir) {
        for (String cmd : new String[]{"", "anchor"}) {
            CliTest.Run r = cmd.isEmpty() ? CliTest.run("--glob", "[", dir.toString())
                    : CliTest.run(cmd, "--glob", "[", dir.toString());
            assertEquals(2, r.code());
            assertEquals((cmd.isEmpty() ? "dateline" : "dateline anchor")
                    + ": --glob: not a valid glob '[' at character 1: Missing ']", r.err().strip());
        }
    }

    @Test
    void twoFoldersWithTheSameFileNamesGiveDistinctSources(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("one"));
        Files.createDirectories(dir.resolve("two"));
        Files.writeString(dir.resolve("one/a.txt"), "It rained on Tuesday.");
        Files.writeString(dir.resolve("two/a.txt"), "");
        CliTest.Run r = CliTest.run("-q", "--published", "2024-01-23", dir.resolve("one").toString(), dir.resolve("two").toString());
        assertEquals(2, r.code());
        List<String> sources = new java.util.ArrayList<>();
        r.lines().forEach(l -> sources.add(l.path("source").asText()));
        assertEquals(List.of(dir + "/one/a.txt", dir + "/two/a.txt"), sources, "good and error records in one style");
        CliTest.Run t = CliTest.run("-q", "--format", "timeml", "--published", "2024-01-23",
                dir.resolve("one").toString(), dir.resolve("one/a.txt").toString());
        assertTrue(t.out().contains("<DOCID>" + dir + "/one/a.txt</DOCID>"), t.out());
    }

    @Test
    void benchErrorsAreOneLineExitTwo(@TempDir Path dir) {
        CliTest.Run missing = CliTest.run("bench", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.code());
        assertEquals("dateline bench: " + dir.resolve("nope.txt") + ": no such file: " + dir.resolve("nope.txt"),
                missing.err().strip());
        CliTest.Run glob = CliTest.run("bench", "--glob", "[", dir.toString());
        assertEquals(2, glob.code());
        assertEquals("dateline bench: --glob: not a valid glob '[' at character 1: Missing ']", glob.err().strip());
    }

    @Test
    void benchEndsOnOneLargeFileItsBatchBoundedByTime(@TempDir Path dir) throws Exception {
        // 200 KB on one line: the old batch phase processed 2,000 copies a second asked for
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "The council met on Tuesday and voted 7 to 2. ".repeat(4500));
        CliTest.Run r = CliTest.run("bench", "--warmup", "0", "--seconds", "0.2", "-j", "1", big.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("corpus: 1 texts"), r.out());
        String batch = r.out().lines().filter(l -> l.startsWith("batch, 1 thread")).findFirst().orElseThrow();
        double docs = Double.parseDouble(batch.replaceAll(".*: ([0-9.]+) documents per second.*", "$1"));
        assertTrue(docs > 0, batch);
    }
}
