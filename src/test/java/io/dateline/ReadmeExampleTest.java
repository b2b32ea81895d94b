package io.dateline;

import io.dateline.value.Mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.value.Anchor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputReader;
import io.dateline.value.QuantityMention;
import io.dateline.resolve.Policy;
import io.dateline.value.TimeMention;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The library calls the README shows, run as written. */
class ReadmeExampleTest {

    /** The README's library program, compiled and run as it stands in the README. */
    @Test
    void theReadmeProgramCompilesAndRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String readme = java.nio.file.Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("\n## Library\n");
        int start = readme.indexOf("```java\n", section);
        assertTrue(section >= 0 && start > section && start < readme.indexOf("\n## ", section + 5), "a java block in \"Library\"");
        String source = readme.substring(start + 8, readme.indexOf("```", start + 8));
        assertTrue(source.contains("public class Example") && source.contains("import io.dateline.Dateline;"));
        Path file = dir.resolve("Example.java");
        java.nio.file.Files.writeString(file, source);
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        java.io.StringWriter diagnostics = new java.io.StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null,
                List.of("-d", dir.toString(), "-classpath", System.getProperty("java.class.path"), "--release", "17"),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
        assertTrue(ok, diagnostics.toString());
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[]{dir.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            loader.loadClass("Example").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[]{ROOT.resolve("examples/inputs").toString()});
        } finally {
            System.setOut(out);
        }
        List<String> lines = List.of(printed.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        assertEquals("on Tuesday -> 2023-11-21", lines.get(0));
        assertEquals("30 kilometers (20 miles) -> 30000 m", lines.get(1));
        assertEquals(2 + 6, lines.size(), "two mentions, then one record for each of the 6 inputs: " + lines);
        assertTrue(lines.get(2).startsWith("{\"source\":"), lines.get(2));
        assertEquals(1, lines.stream().filter(l -> l.contains("\"error\":\"malformed JSON")).count(), lines.toString());
    }

    static final Path ROOT = Path.of(System.getProperty("dateline.root", ".")).toAbsolutePath();

    @Test
    void embeddedUse() {
        Dateline dateline = Dateline.builder().policy(Policy.NEWS).build();
        DocumentResult r = dateline.process("article.txt",
                "Jets struck on Tuesday, 30 kilometers (20 miles) south of the city.",
                Anchor.ofDate(LocalDate.of(2023, 11, 22), "option"));
        List<String> seen = new ArrayList<>();
        for (Mention m : r.mentions()) {
            if (m instanceof TimeMention t) {
                seen.add(t.text() + " -> " + t.value().value());
            } else if (m instanceof QuantityMention q) {
                seen.add(q.text() + " -> " + q.value().toPlainString() + " " + q.unit());
            }
        }
        assertEquals(List.of("on Tuesday -> 2023-11-21", "30 kilometers (20 miles) -> 30000 m"), seen);
    }

    @Test
    void theWholeJob() {
        Dateline dateline = Dateline.builder().build();
        Processor job = new Processor(dateline, new AnchorDetector(), AnchorRequest.none());
        List<Processed> out = new InputReader().read(ROOT.resolve("examples/inputs")).map(job::process).toList();
        assertEquals(6, out.size(), "3 JSON lines (one broken), two HTML pages, the byline text");
        assertEquals(1, out.stream().filter(Processed::failed).count());
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        Dateline dateline = Dateline.builder().build();
        Anchor a = Anchor.ofDate(LocalDate.of(2024, 1, 23), "option");
        String text = "Since October 17, US forces have been attacked at least 151 times, officials said on Tuesday.";
        String expected = io.dateline.output.JsonOutput.line(dateline.process("x", text, a), false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                fs.add(pool.submit(() -> io.dateline.output.JsonOutput.line(dateline.process("x", text, a), false)));
            }
            for (Future<String> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(expected.contains("\"2023-10-17\"") && expected.contains("\"counted\":\"time\""), expected);
    }
}
