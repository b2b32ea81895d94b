package io.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end, as a user runs it. */
class CliTest {

    static final Path ROOT = Path.of(System.getProperty("dateline.root", ".")).toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> xs = new ArrayList<>();
            for (String l : out.split("\n")) {
                if (!l.isBlank()) {
                    xs.add(JSON.readTree(l));
                }
            }
            return xs;
        }
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

    static JsonNode mention(JsonNode doc, String text) {
        for (JsonNode m : doc.path("mentions")) {
            if (m.path("text").asText().equals(text)) {
                return m;
            }
        }
        throw new AssertionError("no mention '" + text + "' in " + doc.path("mentions"));
    }

    @Test
    void articleWithPublishedDate() throws Exception {
        Run r = run("--published", "2023-11-22", ROOT.resolve("examples/articles/harbor-strike.txt").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = r.lines().get(0);
        assertEquals("2023-11-22", doc.path("anchor").path("value").asText());
        assertEquals("option", doc.path("anchor").path("source").asText());
        JsonNode tue = mention(doc, "early on Tuesday");
        assertEquals("time", tue.path("kind").asText());
        assertEquals("2023-11-21", tue.path("value").asText());
        assertEquals("START", tue.path("mod").asText());
        assertEquals("DATE", tue.path("type").asText());
        // offsets are code points into the text
        String text = Files.readString(ROOT.resolve("examples/articles/harbor-strike.txt"));
        assertEquals("early on Tuesday", text.substring(tue.path("start").asInt(), tue.path("end").asInt()));
        assertEquals("2023-11-20TNI", mention(doc, "late Monday night").path("value").asText());
        assertEquals("END", mention(doc, "late Monday night").path("mod").asText());
        assertEquals("P2W", mention(doc, "nearly two weeks later").path("value").asText());
    }

    @Test
    void articleWithItsOwnByline() throws Exception {
        Run r = run("-q", ROOT.resolve("examples/articles/flood-relief.txt").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = r.lines().get(0);
        assertEquals("2024-03-14T09:20", doc.path("anchor").path("value").asText());
        assertEquals("byline", doc.path("anchor").path("source").asText());
        assertEquals("2024-03-13TNI", mention(doc, "on Wednesday night").path("value").asText());
        assertEquals("2024-03-10", mention(doc, "since Sunday").path("value").asText());
        assertEquals("2024-03-14", mention(doc, "since Sunday").path("range").path("end").asText().substring(0, 10));
        JsonNode bridges = mention(doc, "at least 12 bridges");
        assertEquals("quantity", bridges.path("kind").asText());
        assertEquals(12, bridges.path("min").asInt());
        assertTrue(bridges.path("minInclusive").asBoolean());
        assertEquals("bridge", bridges.path("counted").asText());
        JsonNode water = mention(doc, "nearly 2 meters (6.5 feet)");
        assertEquals("m", water.path("unit").asText());
        assertTrue(water.path("consistent").asBoolean(), water.toString());
        assertEquals("USD", mention(doc, "up to $40 million").path("unit").asText());
    }

    @Test
    void missingFileIsReportedAndOthersStillProcessed() throws Exception {
        Run r = run("--published", "2023-11-22", "no-such-file.txt", ROOT.resolve("examples/articles/harbor-strike.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-file.txt"), r.err());
        List<JsonNode> docs = r.lines();
        assertEquals(2, docs.size());
        assertTrue(docs.get(0).has("error"));
        assertTrue(docs.get(1).path("mentions").size() > 5);
    }

    @Test
    void unreadableAnchorIsReportedOnce(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "The talks ended on Tuesday.");
        Run r = run("--published", "the day after the flood", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--published"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("", r.out(), "a usage error: no record is written");
    }

    @Test
    void anchorFromTheTextDateline(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("wire.txt");
        Files.writeString(f, "13:32 PM, 22 October 2024 PST\n\nJets struck on Tuesday evening, officials said.\n");
        Run r = run(f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = r.lines().get(0);
        assertEquals("2024-10-22T13:32-08:00", doc.path("anchor").path("value").asText());
        assertEquals("dateline", doc.path("anchor").path("source").asText());
        assertEquals(0, doc.path("anchor").path("start").asInt());
        assertTrue(doc.path("anchor").path("warnings").toString().contains("13:32"), doc.toString());
        assertEquals("2024-10-22TEV", mention(doc, "on Tuesday evening").path("value").asText());
    }

    @Test
    void jsonLinesWithABrokenLine() throws Exception {
        Run r = run(ROOT.resolve("examples/inputs/feed.jsonl").toString());
        assertEquals(2, r.code());
        List<JsonNode> docs = r.lines();
        assertEquals(3, docs.size());
        assertTrue(docs.get(1).has("error"));
        assertEquals(2, docs.get(1).path("line").asInt());
        assertEquals("wire-101", docs.get(0).path("id").asText());
        assertEquals("wire-103", docs.get(2).path("id").asText());
    }

    @Test
    void htmlOffsetsReferToExtractedText() throws Exception {
        Run r = run(ROOT.resolve("examples/inputs/article.html").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = r.lines().get(0);
        assertEquals("metadata", doc.path("anchor").path("source").asText());
        assertTrue(doc.path("offsets").asText().contains("HTML"), doc.toString());
    }

    @Test
    void windows1252PageEndToEnd(@TempDir Path dir) throws Exception {
        Run r = run("-q", ROOT.resolve("examples/inputs/river-cafe-1252.html").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<JsonNode> docs = r.lines();
        assertEquals(1, docs.size());
        JsonNode doc = docs.get(0);
        assertTrue(doc.path("error").isMissingNode(), doc.toString());
        assertEquals("html", doc.path("format").asText());
        assertEquals("2024-04-09T06:30-05:00", doc.path("anchor").path("value").asText());
        assertEquals("not UTF-8: decoded as windows-1252, the charset declared in <meta charset>",
                doc.path("warnings").get(0).asText());
        assertEquals(1, doc.path("warnings").size(), doc.toString());
        // the mentions around the decoded characters keep their values and code-point offsets
        assertEquals("2024-04-08", mention(doc, "on Monday").path("value").asText());
        assertEquals("2024-04-11", mention(doc, "next Thursday").path("value").asText());
        assertEquals(250000, mention(doc, "$250,000").path("value").asInt());
        Run anchor = run("anchor", ROOT.resolve("examples/inputs/river-cafe-1252.html").toString());
        assertEquals(0, anchor.code(), anchor.err());
        assertTrue(anchor.out().contains("  warning: not UTF-8: decoded as windows-1252"), anchor.out());
        // the same bytes as plain text are still invalid input
        Path asText = dir.resolve("river-cafe.txt");
        Files.copy(ROOT.resolve("examples/inputs/river-cafe-1252.html"), asText);
        Run bad = run("-q", asText.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("invalid UTF-8 at byte"), bad.err());
        assertTrue(bad.lines().get(0).path("error").asText().startsWith("invalid UTF-8 at byte"), bad.out());
    }

    @Test
    void tsvKeepsDocumentsWithoutMentionsAndDocumentWarnings(@TempDir Path dir) throws Exception {
        Path none = dir.resolve("none.txt");
        Files.writeString(none, "Nothing in this note is dated.");
        Run r = run("-q", "--format", "tsv", "--published", "2024-04-09", none.toString(),
                ROOT.resolve("examples/inputs/river-cafe-1252.html").toString(),
                ROOT.resolve("examples/inputs/feed.jsonl").toString());
        assertEquals(2, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("source\tkind\tstart\tend\ttext\ttype\tvalue\tmod\tmin\tmax\tunit\tcounted\twarnings"
                + "\tminInclusive\tmaxInclusive\tapproximate\tanchor\tpointsTo\tmeaning", lines[0]);
        assertEquals(none + "\tdocument\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t2024-04-09\t\t", lines[1]);
        String cafe = ROOT.resolve("examples/inputs/river-cafe-1252.html").toString();
        assertEquals(cafe + "\tdocument\t\t\t\t\t\t\t\t\t\t\t"
                + "not UTF-8: decoded as windows-1252, the charset declared in <meta charset>\t\t\t\t2024-04-09\t\t", lines[2]);
        assertTrue(lines[3].startsWith(cafe + "\ttime\t89\t98\ton Monday\tDATE\t2024-04-08\t"), lines[3]);
        List<String> kinds = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            kinds.add(lines[i].split("\t", -1)[1]);
        }
        assertTrue(kinds.contains("error"), r.out());
        assertEquals(1, kinds.stream().filter(k -> k.equals("error")).count(), r.out());
    }

    @Test
    void arizonaRegionHintOnTheCommandLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("heat.txt");
        Files.writeString(f, "July 9, 2024 3:15 p.m. MST\n\nThe heat broke a record on Tuesday.\n");
        Run az = run("-q", "--region", "US-AZ", f.toString());
        assertEquals(0, az.code(), az.err());
        assertEquals("", az.err());
        JsonNode doc = az.lines().get(0);
        assertEquals("2024-07-09T15:15-07:00", doc.path("anchor").path("value").asText());
        assertEquals(0, doc.path("anchor").path("warnings").size(), doc.toString());
        Run plain = run("-q", f.toString());
        assertEquals("MST (-07:00) was written for 2024-07-09, but MDT (-06:00) was in force in America/Denver then;"
                + " kept -07:00 as written", plain.lines().get(0).path("anchor").path("warnings").get(0).asText());
        Run unknown = run("-q", "--region", "atlantis", f.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown --region 'atlantis'"), unknown.err());
    }

    @Test
    void onlyNarrowsTheOutput() throws Exception {
        Run r = run("--published", "2023-11-22", "--only", "time", ROOT.resolve("examples/articles/harbor-strike.txt").toString());
        for (JsonNode m : r.lines().get(0).path("mentions")) {
            assertEquals("time", m.path("kind").asText());
        }
    }

    @Test
    void explainShowsRulesAndSteps(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Officials said on Tuesday that the strikes were over.");
        Run r = run("--published", "2023-11-22", "--explain", f.toString());
        JsonNode m = mention(r.lines().get(0), "on Tuesday");
        assertEquals("signal.on", m.path("rules").get(0).asText());
        assertTrue(m.path("steps").get(0).asText().contains("latest TUESDAY on or before 2023-11-22 (policy news, past tense cue 'said')"), m.toString());
    }

    @Test
    void checkRunsExampleFolders(@TempDir Path dir) throws Exception {
        Path ex = dir.resolve("time");
        Files.createDirectories(ex);
        Files.writeString(ex.resolve("mine.examples"), "@anchor 2023-11-22\nlast week => 2023-W46\nyesterday => 2023-11-20\n");
        Run r = run("check", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("mine.examples:3"), r.out());
        assertTrue(r.out().contains("2 examples, 1 passed, 1 failed"), r.out());
    }

    @Test
    void checkAlsoRunsAnchorExamples(@TempDir Path dir) throws Exception {
        Path ex = dir.resolve("anchors");
        Files.createDirectories(ex);
        Files.writeString(ex.resolve("mine.examples"), "# datelines\n"
                + "Jan. 23, 2024 5:07 p.m. ET\\n\\nThe dam held. => 2024-01-23T17:07-05:00 | dateline | -\n"
                + "Jan. 23, 2024\\n\\nThe dam held. => 2024-01-24 | dateline | -\n");
        Run r = run("check", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("mine.examples:3: expected 2024-01-24 but got 2024-01-23"), r.out());
        assertTrue(r.out().contains("2 examples, 1 passed, 1 failed"), r.out());
    }

    @Test
    void brokenGrammarFailsWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.rules"), "rule my.rule\n  match {nosuchlexicon}\n  emit kind=date\n");
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "today");
        Run r = run("--grammar", dir.toString(), f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("mine.rules:2"), r.err());
    }

    @Test
    void userGrammarTeachesANewExpression(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.rules"), "rule my.eid\n  match eid al-fitr\n  emit kind=date monthday=04-10 year=2024\n");
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Shops closed for Eid al-Fitr.");
        Run r = run("--published", "2024-04-01", "--grammar", dir.toString(), f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("2024-04-10", mention(r.lines().get(0), "Eid al-Fitr").path("value").asText());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help").code());
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().contains("dateline"));
    }

    @Test
    void anchorSubcommand() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("anchor", ROOT.resolve("examples/inputs/byline.txt").toString());
        assertEquals(0, code);
        assertTrue(out.toString().contains("2024-03-14T08:45-04:00\tbyline"), out.toString());
    }
}
