package io.dateline.corpora;

import io.dateline.anchor.AnchorCandidate;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorResult;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.testing.TestPaths;
import io.dateline.value.Anchor;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shared seed articles (outside the repository; skipped when absent). */
class SeedsTest {

    private static final Path SEEDS = TestPaths.root().resolve("../shared/seeds").normalize();

    @Test
    void anchorsOfTheSeeds() {
        assumeTrue(Files.isDirectory(SEEDS), "no shared seeds at " + SEEDS);
        AnchorDetector detector = new AnchorDetector();
        Map<String, AnchorResult> results = new TreeMap<>();
        try (Stream<InputItem> items = new InputReader().withGlob("*.txt").read(SEEDS)) {
            for (InputItem item : items.collect(Collectors.toList())) {
                SourceDocument d = (SourceDocument) item;
                results.put(Path.of(d.id()).getFileName().toString().substring(0, 3), detector.detect(d));
            }
        }
        assertEquals(5, results.size(), results.keySet().toString());

        Anchor a0 = results.get("000").anchor();
        assertEquals("2024-10-22T13:32-08:00", a0.value());
        assertEquals("dateline", a0.source());
        assertTrue(a0.warnings().get(0).startsWith("hour 13 with PM"));
        assertTrue(a0.warnings().get(1).contains("PDT (-07:00) was in force"));

        AnchorResult r4 = results.get("004");
        assertEquals("2024-01-23T17:07", r4.anchor().value());
        assertEquals("byline", r4.anchor().source());
        assertEquals(List.of("2024-01-23T17:07", "2024-01-23T18:21"),
                r4.candidates().stream().map(AnchorCandidate::value).collect(Collectors.toList()));
        assertEquals("updated", r4.candidates().get(1).role());

        for (String id : List.of("001", "002", "003")) {
            assertNull(results.get(id).anchor(), id);
            assertTrue(results.get(id).candidates().isEmpty(), id);
        }
    }
}
