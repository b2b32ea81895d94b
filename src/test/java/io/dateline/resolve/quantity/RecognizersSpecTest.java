package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the figures against Microsoft Recognizers-Text's English Number and NumberWithUnit
 * specs in ../shared/corpora (skipped when that folder is absent). Prints the pass rate of
 * each file and requires 95% of the cases that apply to news text, over all files.
 */
class RecognizersSpecTest {

    @Test
    void passRates() throws Exception {
        Path root = Path.of(System.getProperty("dateline.root", ".")).toAbsolutePath();
        Path specs = root.resolve("../shared/corpora/recognizers-specs").normalize();
        Assumptions.assumeTrue(Files.isDirectory(specs), "no " + specs);
        RecognizersSpecs r = new RecognizersSpecs();
        int applicable = 0;
        int passed = 0;
        List<String> lines = new ArrayList<>();
        for (Path f : RecognizersSpecs.files(specs)) {
            RecognizersSpecs.Score s = r.score(f);
            lines.add(RecognizersSpecs.format(s));
            applicable += s.applicable();
            passed += s.passed();
        }
        double rate = applicable == 0 ? 1 : (double) passed / applicable;
        lines.add(String.format(Locale.ROOT, "figures (all files): %d/%d = %.1f%%", passed, applicable, 100 * rate));
        lines.forEach(System.out::println);
        assertTrue(rate >= 0.95, "pass rate " + rate + " below 95%:\n" + String.join("\n", lines));
    }
}
