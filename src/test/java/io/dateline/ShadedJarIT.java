package io.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.testing.TestPaths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built artifacts end to end (run by failsafe after {@code package}): the shaded CLI jar
 * with its libraries relocated still reads HTML (jsoup), folds text (ICU), reads free-form
 * dates (Natty, ANTLR), converts units (Indriya through ServiceLoader), writes JSON (Jackson)
 * and serves HTTP; the library jar holds Dateline's classes only; bin/dateline runs the same.
 */
class ShadedJarIT {

    static final Path ROOT = TestPaths.root();
    static final Path JAR = ROOT.resolve("target/dateline.jar");
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
    }

    static Run run(List<String> cmd) throws Exception {
        Path out = Files.createTempFile("dateline-it", ".out");
        Path err = Files.createTempFile("dateline-it", ".err");
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + cmd);
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    static List<String> java(String... args) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        c.addAll(List.of(args));
        return c;
    }

    static JsonNode mention(JsonNode doc, String text) {
        for (JsonNode m : doc.path("mentions")) {
            if (m.path("text").asText().equals(text)) {
                return m;
            }
        }
        throw new AssertionError("no mention \"" + text + "\" in " + doc);
    }

    @Test
    void theBundledLibrariesAreRelocated() throws Exception {
        List<String> leaked = new ArrayList<>();
        int shaded = 0;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (var e : java.util.Collections.list(jar.entries())) {
                String n = e.getName();
                if (n.endsWith(".class") && (n.startsWith("com/fasterxml/") || n.startsWith("com/ibm/icu/") || n.startsWith("org/jsoup/")
                        || n.startsWith("picocli/") || n.startsWith("org/natty/") || n.startsWith("org/antlr/")
                        || n.startsWith("javax/measure/") || n.startsWith("tech/units/"))) {
                    leaked.add(n);
                }
                if (n.startsWith("io/dateline/shaded/")) {
                    shaded++;
                }
            }
        }
        assertEquals(List.of(), leaked.subList(0, Math.min(5, leaked.size())));
        assertTrue(shaded > 1000, "relocated classes: " + shaded);
    }

    @Test
    void theLibraryJarHoldsOnlyDateline() throws Exception {
        Path lib;
        try (var s = Files.list(ROOT.resolve("target"))) {
            lib = s.filter(p -> p.getFileName().toString().matches("dateline-[0-9.]+(-SNAPSHOT)?\\.jar")).findFirst().orElseThrow();
        }
        try (JarFile jar = new JarFile(lib.toFile())) {
            for (var e : java.util.Collections.list(jar.entries())) {
                if (e.getName().endsWith(".class")) {
                    assertTrue(e.getName().startsWith("io/dateline/") && !e.getName().startsWith("io/dateline/shaded/"), e.getName());
                }
            }
            assertTrue(jar.getEntry("grammars/en/INDEX") != null, "the grammars ship in the library jar");
        }
    }

    @Test
    void theShadedJarRunsTheWholeJob() throws Exception {
        Run r = run(java("--published", "Jan 23 2024 5:07pm ET", "-q", "examples/articles/harbor-strike.txt", "examples/inputs/article.html"));
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        JsonNode text = JSON.readTree(lines[0]);
        assertEquals("2024-01-23T17:07-05:00", text.path("anchor").path("value").asText(), "Natty read the free-form date");
        JsonNode km = mention(text, "30 kilometers (20 miles)");
        assertEquals(30000, km.path("value").asInt(), "Indriya converted km to m");
        assertEquals(true, km.path("consistent").asBoolean());
        JsonNode html = JSON.readTree(lines[1]);
        assertEquals("html", html.path("format").asText());
        assertTrue(html.path("mentions").size() > 0, lines[1]);
        // the TSV and text views (ICU folding, sentence data for tense) too
        Run tsv = run(java("--published", "2023-11-22", "--format", "text", "--no-color", "examples/articles/harbor-strike.txt"));
        assertEquals(0, tsv.code(), tsv.err());
        assertTrue(tsv.out().contains("2023-11-21TEV"), tsv.out());
    }

    @Test
    void theLauncherAnswersAsJavaJarDoes() throws Exception {
        Path launcher = ROOT.resolve("bin/dateline");
        Run viaJar = run(java("-q", "--published", "2023-11-22", "examples/articles/harbor-strike.txt"));
        Run viaLauncher = run(List.of("sh", launcher.toString(), "-q", "--published", "2023-11-22", "examples/articles/harbor-strike.txt"));
        assertEquals(0, viaLauncher.code(), viaLauncher.err());
        assertEquals(viaJar.out(), viaLauncher.out());
        assertEquals("", viaLauncher.err(), "no JVM warnings about the archive");
    }

    @Test
    void serveAnswersAndStopsCleanlyOnSigterm() throws Exception {
        Path errFile = Files.createTempFile("dateline-serve", ".err");
        Process p = new ProcessBuilder(java("serve", "--port", "0")).directory(ROOT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile()).start();
        try {
            Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
            int port = -1;
            for (int wait = 0; port < 0 && wait < 600 && p.isAlive(); wait++) {
                Matcher m = listening.matcher(Files.readString(errFile));
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                } else {
                    Thread.sleep(100);
                }
            }
            assertTrue(port > 0, "the server said where it listens");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, h.statusCode());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/parse"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"It rained 30 mm on Monday.\", \"published\": \"2023-11-22\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("2023-11-20", mention(JSON.readTree(r.body()), "on Monday").path("value").asText());
            long t0 = System.nanoTime();
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(5, TimeUnit.SECONDS), "stopped within 5 s");
            assertEquals(0, p.exitValue(), "exit 0 on SIGTERM");
            assertTrue((System.nanoTime() - t0) / 1e9 < 5);
            String rest = Files.readString(errFile);
            assertTrue(rest.contains("\"path\":\"/v1/parse\""), "request log: " + rest);
            assertFalse(rest.contains("Exception"), rest);
            assertTrue(rest.contains("dateline serve: stopped"), rest);
            // the service's log: one JSON line per event, from the first line (start-up) to the last
            for (String line : rest.split("\n")) {
                if (!line.isBlank()) {
                    assertTrue(JSON.readTree(line).isObject(), "not a JSON line: " + line);
                }
            }
            assertFalse(rest.contains("\tat ") || rest.contains("SLF4J"), rest);
        } finally {
            p.destroyForcibly();
        }
    }
}
