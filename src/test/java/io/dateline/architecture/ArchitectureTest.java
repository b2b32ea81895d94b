package io.dateline.architecture;

import io.dateline.anchor.NattyAdapter;
import io.dateline.testing.TestPaths;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Project rules that a compiler does not check. */
class ArchitectureTest {

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void onlyTheAdapterImportsNatty() throws IOException {
        // An import, or a fully qualified use of a Natty class.
        Pattern natty = Pattern.compile("^\\s*import\\s+(static\\s+)?(org\\.natty|com\\.joestelmach\\.natty)\\b"
                + "|\\b(org|com\\.joestelmach)\\.natty\\.[A-Za-z]", Pattern.MULTILINE);
        List<String> offenders = new ArrayList<>();
        for (String tree : List.of("src/main/java", "src/test/java")) {
            for (Path p : javaFiles(TestPaths.root().resolve(tree))) {
                // the adapter and its package-private tree reader
                if (List.of("NattyAdapter.java", "NattyTree.java").contains(p.getFileName().toString())) {
                    continue;
                }
                String src = Files.readString(p, StandardCharsets.UTF_8);
                if (natty.matcher(src).find()) {
                    offenders.add(TestPaths.root().relativize(p).toString());
                }
            }
        }
        assertEquals(List.of(), offenders, "Natty is used only through NattyAdapter (and its NattyTree)");
    }

    @Test
    void theDocumentLayerNeverReadsTheSystemClockOrDefaults() throws IOException {
        Pattern forbidden = Pattern.compile("System\\.currentTimeMillis|\\.now\\(\\s*\\)|new\\s+Date\\(\\s*\\)"
                + "|TimeZone\\.getDefault|ZoneId\\.systemDefault|Clock\\.system|Locale\\.getDefault"
                + "|new\\s+Parser\\(\\s*\\)|\\.to(Lower|Upper)Case\\(\\s*\\)|Charset\\.defaultCharset");
        List<String> offenders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String pkg : List.of("input", "anchor")) {
            files.addAll(javaFiles(TestPaths.root().resolve("src/main/java/io/dateline/" + pkg)));
        }
        assertEquals(true, files.size() > 10, "the input and anchor packages are where this test looks");
        for (Path p : files) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                    continue;
                }
                if (forbidden.matcher(line).find()) {
                    offenders.add(p.getFileName() + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void valueTypesExposeNoJacksonAndDependOnNoLaterStep() throws IOException {
        // value types are plain data: the output package writes their JSON
        Pattern forbidden = Pattern.compile("^\\s*import\\s+(static\\s+)?(com\\.fasterxml|io\\.dateline\\.(output|resolve|grammar|cli|batch|eval|check))\\.",
                Pattern.MULTILINE);
        List<Path> files = javaFiles(TestPaths.root().resolve("src/main/java/io/dateline/value"));
        assertEquals(true, files.size() >= 5, "the value package is where this test looks");
        List<String> offenders = new ArrayList<>();
        for (Path p : files) {
            if (forbidden.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()) {
                offenders.add(p.getFileName().toString());
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theQuantityResolverHasNoTimeDimensionOfItsOwn() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path p : javaFiles(TestPaths.root().resolve("src/main/java/io/dateline/resolve/quantity"))) {
            String src = Files.readString(p, StandardCharsets.UTF_8);
            if (src.contains("io.dateline.resolve.time") || src.contains("new TimeDimension")) {
                offenders.add(p.getFileName().toString());
            }
        }
        assertEquals(List.of(), offenders, "dates inside figures go through DocumentContext.resolveNested");
    }
}
