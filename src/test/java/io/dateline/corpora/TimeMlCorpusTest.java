package io.dateline.corpora;

import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorResult;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.testing.TestPaths;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every file of the shared TimeML corpus reads, with its DCT as anchor (skipped when absent). */
class TimeMlCorpusTest {

    private static final Path CORPUS = TestPaths.root().resolve("../shared/corpora/timeml").normalize();

    @Test
    void everyFileReadsWithItsDct() {
        assumeTrue(Files.isDirectory(CORPUS), "no shared corpus at " + CORPUS);
        AnchorDetector detector = new AnchorDetector();
        List<String> problems = new ArrayList<>();
        int docs = 0;
        try (Stream<InputItem> items = new InputReader().read(CORPUS)) {
            for (InputItem item : items.collect(Collectors.toList())) {
                if (item instanceof InputError) {
                    problems.add(item.toString());
                    continue;
                }
                docs++;
                SourceDocument d = (SourceDocument) item;
                AnchorResult r = detector.detect(d);
                if (r.anchor() == null || !r.anchor().source().equals("dct")) {
                    problems.add(d.id() + ": " + r.candidates() + " " + r.warnings());
                } else if (d.text().contains("<TIMEX3") || d.text().contains("&amp;")) {
                    problems.add(d.id() + ": tags or entities left in the text");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(docs > 200, "documents read: " + docs);
    }
}
