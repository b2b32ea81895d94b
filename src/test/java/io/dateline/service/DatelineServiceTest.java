package io.dateline.service;

import static io.dateline.service.ServiceClient.body;
import static io.dateline.service.ServiceClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import io.dateline.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The real server on an ephemeral port, spoken to over HTTP. */
class DatelineServiceTest {

    static final ConcurrentLinkedQueue<String> LOG = new ConcurrentLinkedQueue<>();
    static DatelineService server;
    static ServiceClient client;

    @BeforeAll
    static void start() throws Exception {
        server = DatelineService.start(ServiceOptions.defaults().withPort(0).withThreads(2).withMaxBytes(64 * 1024)
                .withLog(LOG::add), kinds -> kinds == null ? Dateline.builder().build() : Dateline.builder().only(kinds).build());
        server.awaitReady();
        client = new ServiceClient(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop(4000);
    }

    /** What {@code dateline --format json ARGS} writes. */
    static String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = io.dateline.cli.Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.execute(args);
        return out.toString();
    }

    @Test
    void healthAndVersion() throws Exception {
        HttpResponse<String> h = client.get("/health");
        assertEquals(200, h.statusCode());
        assertEquals("ok", json(h).path("status").asText());
        HttpResponse<String> v = client.get("/version");
        assertEquals(200, v.statusCode());
        assertEquals("dateline", json(v).path("name").asText());
        assertTrue(json(v).path("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), v.body());
    }

    @Test
    void parseAnswersTheRecordTheCommandLineWrites(@TempDir Path dir) throws Exception {
        String text = Files.readString(TestPaths.root().resolve("examples/articles/harbor-strike.txt"));
        Path file = dir.resolve("harbor-strike.txt");
        Files.writeString(file, text);
        String expected = cli("-q", "--published", "2023-11-22", file.toString()).strip();
        HttpResponse<String> r = client.post("/v1/parse", body("text", text, "id", file.toString(), "published", "2023-11-22"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(expected, r.body());
        assertTrue(json(r).path("mentions").size() > 10, r.body());

        // the same with --explain --only time --policy future
        String explained = cli("-q", "--explain", "--only", "time", "--policy", "future", "--published", "2023-11-22", file.toString()).strip();
        HttpResponse<String> e = client.post("/v1/parse", body("text", text, "id", file.toString(), "published", "2023-11-22",
                "explain", true, "only", "time", "policy", "future"));
        assertEquals(explained, e.body());
        assertTrue(e.body().contains("\"steps\""));
        assertFalse(e.body().contains("\"kind\":\"quantity\""));
    }

    @Test
    void htmlWithTextCarriesTheExtractedText() throws Exception {
        Path page = TestPaths.root().resolve("examples/inputs/article.html");
        String html = Files.readString(page);
        String expected = cli("-q", "--with-text", page.toString()).strip();
        HttpResponse<String> r = client.post("/v1/parse", body("html", html, "id", page.toString(), "withText", true));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected, r.body());
        JsonNode doc = json(r);
        String extracted = doc.path("text").asText();
        assertFalse(extracted.contains("<"), "the text is the extracted article, not the markup");
        for (JsonNode m : doc.path("mentions")) {
            int s = m.path("start").asInt();
            int en = m.path("end").asInt();
            String span = extracted.substring(extracted.offsetByCodePoints(0, s), extracted.offsetByCodePoints(0, en));
            assertEquals(m.path("text").asText(), span, "offsets point into \"text\"");
        }
        // without the flag, no text
        assertFalse(json(client.post("/v1/parse", body("html", html))).has("text"));
    }

    @Test
    void badRequestsGet400WithAReason() throws Exception {
        Map<String, String> cases = Map.of(
                "{\"text\": ", "malformed JSON",
                "[1, 2]", "expected a JSON object",
                "{\"id\": \"x\"}", "missing string field \"text\"",
                "{\"text\": 42}", "\"text\" must be a string",
                "{\"text\": \"on Monday\", \"policy\": \"sideways\"}", "unknown policy",
                "{\"text\": \"on Monday\", \"only\": \"colour\"}", "\"only\" must be",
                "{\"text\": \"on Monday\", \"published\": \"the day after whenever\"}", "cannot read \"published\"",
                "{\"text\": \"a\", \"html\": \"<p>b</p>\"}", "not both",
                "{\"text\": \"   \"}", "empty \"text\"");
        for (var c : cases.entrySet()) {
            HttpResponse<String> r = client.post("/v1/parse", c.getKey());
            assertEquals(400, r.statusCode(), c.getKey());
            JsonNode e = json(r);
            assertTrue(e.path("error").asText().contains(c.getValue()), c.getKey() + " -> " + r.body());
            assertEquals(400, e.path("status").asInt());
            assertFalse(e.path("requestId").asText().isEmpty());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        }
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws Exception {
        HttpResponse<String> r = client.get("/v2/everything");
        assertEquals(404, r.statusCode());
        assertTrue(json(r).path("error").asText().contains("/v2/everything"));
        HttpResponse<String> m = client.get("/v1/parse");
        assertEquals(405, m.statusCode());
        assertTrue(json(m).path("error").asText().contains("GET"), m.body());
        assertEquals(405, client.post("/health", "{}").statusCode());
    }

    @Test
    void aBodyOverMaxBytesIs413BeforeItIsRead() throws Exception {
        String big = body("text", "word ".repeat(20_000)); // 100 KB, the limit is 64 KB
        // with Expect: 100-continue the server answers on the headers alone: the body is never sent
        HttpResponse<String> r = client.http.send(HttpRequest.newBuilder(client.uri("/v1/parse")).expectContinue(true)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(json(r).path("error").asText().contains("over the limit of 65536 bytes"), r.body());
        // a body without a declared length is read only until it passes the limit
        HttpResponse<String> chunked = client.http.send(HttpRequest.newBuilder(client.uri("/v1/parse"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        // and the server still answers the next request
        assertEquals(200, client.post("/v1/parse", body("text", "on Monday")).statusCode());
    }

    @Test
    void concurrentClientsGetTheirOwnAnswers() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            texts.add("Talks broke down on " + (i % 2 == 0 ? "Tuesday" : "March " + (i + 1)) + " after " + (i + 2) + " hours, "
                    + "and about " + (100 + i) + " people left.");
        }
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(client.post("/v1/parse", body("text", t, "id", "t", "published", "2024-01-23")).body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> fs = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int client0 = c;
                fs.add(pool.submit(() -> {
                    ServiceClient own = new ServiceClient(server.port());
                    for (int k = 0; k < 25; k++) {
                        int i = (client0 * 7 + k) % texts.size();
                        HttpResponse<String> r = own.post("/v1/parse", body("text", texts.get(i), "id", "t", "published", "2024-01-23"));
                        assertEquals(200, r.statusCode());
                        assertEquals(expected.get(i), r.body());
                    }
                    // and a bad request among the good ones harms none of them
                    assertEquals(400, own.post("/v1/parse", "{oops").statusCode());
                    return true;
                }));
            }
            for (Future<Boolean> f : fs) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(expected.get(0).contains("\"value\":\"2024-01-23\""), expected.get(0));
    }

    @Test
    void everyRequestIsLoggedOnOneStructuredLine() throws Exception {
        HttpResponse<String> r = client.post("/v1/parse", body("text", "on Monday"));
        String id = r.headers().firstValue("X-Request-Id").orElseThrow();
        JsonNode line = null;
        for (int wait = 0; wait < 100 && line == null; wait++) {
            for (String l : LOG) {
                JsonNode n = ServiceClient.JSON.readTree(l);
                if (n.path("id").asText().equals(id)) {
                    line = n;
                }
            }
            if (line == null) {
                Thread.sleep(20); // the line is written once the response is complete
            }
        }
        assertTrue(line != null, "no log line for " + id);
        assertEquals("POST", line.path("method").asText());
        assertEquals("/v1/parse", line.path("path").asText());
        assertEquals(200, line.path("status").asInt());
        assertEquals(r.body().getBytes(StandardCharsets.UTF_8).length, line.path("bytes").asLong());
        assertTrue(line.path("ms").isNumber());
    }
}
