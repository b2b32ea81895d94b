package io.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    private static String tml(String dct, String text) {
        return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + dct
                + "\" functionInDocument=\"CREATION_TIME\">" + dct + "</TIMEX3></DCT>\n<TEXT>" + text
                + "</TEXT>\n</TimeML>\n";
    }

    /** Answers every document with its own gold TIMEX3s: a perfect system. */
    private static TimexAnnotator oracle(Map<String, List<TimeMlDocument>> groups) {
        Map<String, TimeMlDocument> byText = new HashMap<>();
        groups.values().forEach(docs -> docs.forEach(d -> {
            TimeMlDocument before = byText.put(d.text() + "\u0000" + d.dct(), d);
            assertNull(before, "two documents with the same text: " + d.id());
        }));
        return (text, dct) -> byText.get(text + "\u0000" + dct).timexes().stream()
                .map(g -> new SystemTimex(g.start(), g.end(), g.type(), g.value(), g.mod()))
                .toList();
    }

    @Test
    void readsTmlFilesRecursivelyInOrderAndGroupsBySubfolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("A/sub"));
        Files.createDirectories(dir.resolve("B"));
        Files.writeString(dir.resolve("B/b1.tml"), tml("2002-05-01",
                "Rates rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2002-04\">last month</TIMEX3>."));
        Files.writeString(dir.resolve("A/sub/a2.tml"), tml("2002-05-02",
                "Sales fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2002\">this year</TIMEX3>."));
        Files.writeString(dir.resolve("A/a1.tml"), tml("2002-05-03",
                "No change <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3>."));
        Files.writeString(dir.resolve("top.tml"), tml("2002-05-04", "Nothing."));
        Files.writeString(dir.resolve("notes.txt"), "not TimeML");

        assertEquals(List.of("A/a1.tml", "A/sub/a2.tml", "B/b1.tml", "top.tml"),
                Evaluation.files(dir).stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList());

        Map<String, List<TimeMlDocument>> groups = Evaluation.load(dir);
        assertEquals(List.of("A", "B", "."), List.copyOf(groups.keySet()));
        assertEquals(List.of("a1", "a2"), groups.get("A").stream().map(TimeMlDocument::id).toList());

        // A system that finds every gold span but always answers "2002".
        TimexAnnotator fixedValue = (text, dct) -> {
            int at = text.indexOf("last month");
            if (at < 0) {
                at = text.indexOf("this year");
            }
            if (at < 0) {
                return List.of();
            }
            return List.of(new SystemTimex(at, at + 4, "DATE", "2002", null));
        };
        EvalReport r = Evaluation.run(dir, fixedValue);
        assertEquals(4, r.documents());
        assertEquals(new Counts(3, 2, 0, 2, 2, 1, 2), r.counts());
        assertEquals(List.of("A", "B", "."), List.copyOf(r.groups().keySet()));
        assertEquals(new Counts(2, 1, 0, 1, 1, 1, 1), r.groups().get("A").counts());
        assertEquals(1, r.groups().get(".").documents());
        assertEquals(List.of("a1", "a2", "b1", "b1"), r.errors().stream().map(EvalError::docId).toList());
        assertEquals(List.of(EvalError.Kind.MISSED, EvalError.Kind.SPAN, EvalError.Kind.SPAN,
                EvalError.Kind.VALUE), r.errors().stream().map(EvalError::kind).toList());
        // relaxed P = 1, R = 2/3; value accuracy 1/2
        assertEquals(0.8, r.relaxed().f1(), 1e-12);
        assertEquals(0.4, r.valueF1(), 1e-12);
        String table = r.toText(true);
        assertTrue(table.contains("A                2      2      1"), table);
    }

    @Test
    void emptyOrMissingFolderIsAnError(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> Evaluation.run(dir, (t, d) -> List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Evaluation.run(dir.resolve("absent"), (t, d) -> List.of()));
    }

    @Test
    void malformedFileStopsTheRunAndIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ok.tml"), tml("2002-05-01", "Fine."));
        Path bad = dir.resolve("zz.tml");
        Files.writeString(bad, tml("2002-05-01", "Broken <TIMEX3 tid=\"t1\">on Friday."));
        TimeMlException e = assertThrows(TimeMlException.class, () -> Evaluation.run(dir, (t, d) -> List.of()));
        assertEquals(bad.toString(), e.source());
        assertEquals(4, e.line());
    }

    // ---- the development corpus, when present ----

    /** TimeBank + AQUAINT of TempEval-3 (TBAQ-cleaned), outside the repository. */
    static Path corpus() {
        return Path.of(System.getProperty("user.dir")).resolve("../shared/corpora/timeml").normalize();
    }

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?");

    /**
     * Every file parses; gold counts agree with grep: the corpus has 2078 {@code <TIMEX3} tags,
     * 256 of them DCTs (one per file) and none empty, so 1822 gold TIMEX3s (TimeBank 1426 - 183 =
     * 1243, AQUAINT 652 - 73 = 579); every gold text is the text at its offsets.
     */
    @Test
    void wholeCorpusParses() {
        Path dir = corpus();
        assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
        Map<String, List<TimeMlDocument>> groups = Evaluation.load(dir);
        assertEquals(List.of("AQUAINT", "TimeBank"), List.copyOf(groups.keySet()));
        assertEquals(73, groups.get("AQUAINT").size());
        assertEquals(183, groups.get("TimeBank").size());

        Map<String, Integer> gold = new HashMap<>();
        groups.forEach((name, docs) -> {
            for (TimeMlDocument d : docs) {
                assertTrue(ISO.matcher(d.dct()).matches(), d.id() + " DCT " + d.dct());
                assertFalse(d.text().isBlank(), d.id());
                assertFalse(d.text().contains("<"), d.id() + " has a tag left");
                assertFalse(d.text().contains("\r"), d.id());
                for (GoldTimex g : d.timexes()) {
                    assertEquals(g.text(), d.slice(g.start(), g.end()), d.id() + " " + g.tid());
                    assertFalse(g.text().isBlank(), d.id() + " " + g.tid());
                    assertFalse(g.value().isBlank(), d.id() + " " + g.tid());
                }
                gold.merge(name, d.timexes().size(), Integer::sum);
            }
        });
        assertEquals(Map.of("AQUAINT", 579, "TimeBank", 1243), gold);
    }

    @Test
    void perfectSystemScoresOneOnTheCorpus() {
        Path dir = corpus();
        assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
        EvalReport r = Evaluation.run(dir, oracle(Evaluation.load(dir)));
        assertEquals(256, r.documents());
        assertEquals(new Counts(1822, 1822, 1822, 1822, 1822, 1822, 1822), r.counts());
        assertEquals(1.0, r.strict().f1());
        assertEquals(1.0, r.valueF1());
        assertTrue(r.errors().isEmpty());
        assertEquals(1243, r.groups().get("TimeBank").counts().gold());
    }
}
