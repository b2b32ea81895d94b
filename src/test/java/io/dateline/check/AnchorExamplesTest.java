package io.dateline.check;

import io.dateline.anchor.AnchorDetector;
import io.dateline.testing.TestPaths;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs every line of every file of examples/anchors (anchors.examples, languages.examples). */
class AnchorExamplesTest {

    private static final AnchorDetector DETECTOR = new AnchorDetector();

    private static List<AnchorExamples.Case> load() throws IOException {
        Path dir = TestPaths.examples("anchors", "anchors.examples").getParent();
        List<AnchorExamples.Case> all = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".examples")).sorted().toList()) {
                all.addAll(AnchorExamples.parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    @Test
    void languagesHaveTheirOwnExamples() throws IOException {
        long others = load().stream().filter(c -> c.where().startsWith("languages.examples")).count();
        assertTrue(others >= 30, "German, French and Spanish anchor examples: " + others);
    }

    @TestFactory
    List<DynamicTest> everyExample() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (AnchorExamples.Case c : load()) {
            String name = c.where() + " " + c.input().replace("\n", "\\n");
            tests.add(DynamicTest.dynamicTest(name.length() > 110 ? name.substring(0, 110) + "…" : name, () -> check(c)));
        }
        return tests;
    }

    @Test
    void hasEnoughExamples() throws IOException {
        assertTrue(load().size() >= 25, "at least 25 examples");
    }

    private static void check(AnchorExamples.Case c) {
        String failure = AnchorExamples.check(c, DETECTOR);
        if (failure != null) {
            fail(failure);
        }
    }

    @Test
    void malformedLinesNameFileAndLine() {
        String[][] bad = {
            {"Jan 23, 2024 -> 2024-01-23 | dateline | -", "missing ' => '"},
            {"Jan 23, 2024 => 2024-01-23 | dateline", "expected 'value | source | warnings"},
            {"Jan 23, 2024 => 2024-01-23 | somewhere | -", "unknown source 'somewhere'"},
            {"Jan 23, 2024 => none | dateline | -", "value none goes with source -"},
            {"Jan 23, 2024 => 2024-01-23 | dateline | - | colour=blue", "unknown option 'colour'"},
            {"Jan 23, 2024 => 2024-01-23 | option | - | published", "is not key=value"},
            {"Jan 23\\q => 2024-01-23 | dateline | -", "unknown escape"},
            {"x => 2024-01-23 | now | - | now=tomorrow", "now= needs an ISO date-time"},
        };
        for (String[] b : bad) {
            List<String> lines = List.of("# header", "", b[0]);
            AnchorExamples.FormatException e = assertThrows(AnchorExamples.FormatException.class,
                    () -> AnchorExamples.parse("sample.examples", lines), b[0]);
            assertTrue(e.getMessage().startsWith("sample.examples:3: "), e.getMessage());
            assertTrue(e.getMessage().contains(b[1]), e.getMessage());
        }
    }

    @Test
    void parsesEscapesAndOptions() {
        List<AnchorExamples.Case> cases = AnchorExamples.parse("s.examples", List.of(
                "a\\nb\\tc\\\\d => 2024-01-23 | option | x && y | published=2024-01-23; region=europe"));
        AnchorExamples.Case c = cases.get(0);
        assertEquals("a\nb\tc\\d", c.input());
        assertEquals(List.of("x", "y"), c.warnings());
        assertEquals("2024-01-23", c.options().get("published"));
        assertEquals("europe", c.options().get("region"));
        assertEquals("s.examples:1", c.where());
    }
}
