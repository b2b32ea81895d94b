package io.dateline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.grammar.GrammarException;
import io.dateline.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every line of every examples/compare/*.expect file is a test named file:line. */
class CompareExamplesTest {

    static final Dateline DATELINE = Dateline.builder().build();

    @TestFactory
    Stream<DynamicTest> expectations() {
        List<CompareExamples.ExampleSet> sets = CompareExamples.load(TestPaths.examples("compare"));
        assertTrue(sets.size() >= 4, "the report sets are where this test looks: " + sets.size());
        return sets.stream().flatMap(set -> {
            Comparison c = CompareExamples.compare(set, DATELINE);
            return set.expectations().stream().map(e -> DynamicTest.dynamicTest(e.location() + "  " + e.kind()
                    + (e.subject() == null ? "" : " " + e.subject()), () -> {
                        String problem = CompareExamples.check(e, c);
                        assertNull(problem, e.location() + ": " + problem);
                    }));
        });
    }

    @Test
    void aWrongExpectationFails(@TempDir Path dir) throws Exception {
        Files.copy(TestPaths.examples("compare", "valley-flood.jsonl"), dir.resolve("flood.jsonl"));
        Files.writeString(dir.resolve("flood.expect"), """
                group counted=person event=killed agree=false
                conflict evening-post suggested=2025-03-04
                entry value=2025-03-03 mod=START docs=county-news
                """);
        CompareExamples.ExampleSet set = CompareExamples.load(dir).get(0);
        Comparison c = CompareExamples.compare(set, DATELINE);
        for (CompareExamples.Expectation e : set.expectations()) {
            String problem = CompareExamples.check(e, c);
            assertTrue(problem != null, e.location() + " should fail");
        }
        assertTrue(CompareExamples.check(set.expectations().get(0), c).contains("agree: expected false, got true"));
    }

    @Test
    void aBrokenExpectFileFailsWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"x\",\"text\":\"Two ships sank on Monday.\"}\n");
        Files.writeString(dir.resolve("a.expect"), "noconflict x\n\ngroup counted=ship event=null agreed=yes\n");
        GrammarException e = assertThrows(GrammarException.class, () -> CompareExamples.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("a.expect") + ":3: unknown key 'agreed'"), e.getMessage());

        Files.writeString(dir.resolve("a.expect"), "noconflict x\nmystery x\n");
        e = assertThrows(GrammarException.class, () -> CompareExamples.load(dir));
        assertEquals(2, e.line(), e.getMessage());

        Files.writeString(dir.resolve("a.expect"), "group counted=ship event=null values=two\n");
        e = assertThrows(GrammarException.class, () -> CompareExamples.load(dir));
        assertTrue(e.getMessage().contains(":1: values= takes numbers"), e.getMessage());

        Files.writeString(dir.resolve("a.expect"), "@reports missing.jsonl\nnoconflict x\n");
        e = assertThrows(GrammarException.class, () -> CompareExamples.load(dir));
        assertTrue(e.getMessage().contains(":1: no reports file 'missing.jsonl'"), e.getMessage());
    }
}
