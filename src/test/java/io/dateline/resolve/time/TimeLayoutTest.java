package io.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dateline.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The time resolver's own layout rules: one anchor reader, no ISO parsing, no file over 400 lines. */
class TimeLayoutTest {

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> s = Files.walk(TestPaths.root().resolve("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void onlyTheResolverContextReadsTheAnchorDate() throws IOException {
        // the engine (recognition and resolution) reads the anchor's date in one place only:
        // TimeResolver.Context.of. The anchor package builds anchors; eval compares them with gold.
        Pattern read = Pattern.compile("\\.date\\(\\)");
        List<String> readers = new ArrayList<>();
        for (Path p : mainSources()) {
            String rel = TestPaths.root().relativize(p).toString().replace('\\', '/');
            boolean engine = rel.matches("src/main/java/io/dateline/(resolve|grammar|text|value)/.*")
                    || rel.matches("src/main/java/io/dateline/[A-Z]\\w*\\.java");
            if (!engine) {
                continue;
            }
            if (read.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()) {
                readers.add(rel);
            }
        }
        assertEquals(List.of("src/main/java/io/dateline/resolve/time/TimeResolver.java"), readers);
    }

    @Test
    void theTimeDimensionNeverParsesWhatTheResolverWrote() throws IOException {
        Pattern parse = Pattern.compile("LocalDate(Time)?\\.parse\\(|parseDay\\(");
        List<String> offenders = new ArrayList<>();
        for (Path p : mainSources()) {
            String rel = TestPaths.root().relativize(p).toString().replace('\\', '/');
            if (rel.contains("/resolve/") && parse.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()) {
                offenders.add(rel);
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void noTimeSourceFileIsOver400Lines() throws IOException {
        List<String> big = new ArrayList<>();
        for (Path p : mainSources()) {
            String rel = TestPaths.root().relativize(p).toString().replace('\\', '/');
            if (rel.contains("/resolve/time/") && Files.readAllLines(p, StandardCharsets.UTF_8).size() > 400) {
                big.add(rel);
            }
        }
        assertEquals(List.of(), big);
    }
}
