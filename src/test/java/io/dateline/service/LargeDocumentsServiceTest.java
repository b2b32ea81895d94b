package io.dateline.service;

import static io.dateline.service.ServiceClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import io.dateline.output.JsonOutput;
import io.dateline.value.Anchor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service and long documents, on the real server with a real client: a document longer
 * than one window is analysed in windows (the mentions of one pass), one over
 * {@code --max-document-bytes} is refused with a JSON 413 naming that option, and in a batch
 * an error record keeps the id of a line that was read.
 */
class LargeDocumentsServiceTest {

    static final Path ROOT = Path.of(System.getProperty("dateline.root", ".")).toAbsolutePath();
    static final int LIMIT = 400 * 1024;
    static DatelineService server;
    static ServiceClient client;
    static String longText;

    @BeforeAll
    static void start() throws Exception {
        server = DatelineService.start(ServiceOptions.defaults().withPort(0).withThreads(2).withMaxBytes(LIMIT)
                        .withTimeoutMs(300_000).withLog(l -> { }),
                kinds -> kinds == null ? Dateline.builder().build() : Dateline.builder().only(kinds).build());
        server.awaitReady();
        client = new ServiceClient(server.port());
        StringBuilder sb = new StringBuilder();
        List<Path> articles;
        try (Stream<Path> s = Files.list(ROOT.resolve("examples/articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        int i = 0;
        while (sb.length() < 150_000) {
            sb.append(Files.readString(articles.get(i++ % articles.size()))).append("\n\n");
        }
        longText = sb.toString();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop(4000);
    }

    @Test
    void aLongDocumentIsAnalysedInWindowsWithTheMentionsOfOnePass() throws Exception {
        assertTrue(Dateline.builder().build().windowed(longText));
        HttpResponse<String> r = client.post("/v1/parse", ServiceClient.body("text", longText, "published", "2024-01-23"));
        assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
        Dateline whole = Dateline.builder().windows(Integer.MAX_VALUE / 4, 0).build();
        // as it reads back from JSON (numbers as parsed, not as built)
        JsonNode expected = ServiceClient.JSON.readTree(JsonOutput.toLine(JsonOutput.document(whole.process("x", longText,
                Anchor.ofDate(LocalDate.of(2024, 1, 23), "option")), false).get("mentions")));
        assertTrue(expected.size() > 500, "mentions: " + expected.size());
        JsonNode got = json(r).get("mentions");
        for (int i = 0; i < Math.min(expected.size(), got.size()); i++) {
            assertEquals(expected.get(i), got.get(i), "mention " + i);
        }
        assertEquals(expected.size(), got.size());
    }

    @Test
    void aBodyOverTheLimitIs413InJsonNamingTheServiceOption() throws Exception {
        String big = ServiceClient.body("text", "word ".repeat(LIMIT / 5 + 100));
        HttpResponse<String> r = client.post("/v1/parse", big);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        assertEquals("request body of " + big.getBytes(StandardCharsets.UTF_8).length + " bytes is over the limit of "
                + LIMIT + " bytes (--max-document-bytes)", json(r).path("error").asText());
        // streamed without a declared length: cut off once past the limit, the same answer in JSON
        HttpResponse<String> chunked = client.http.send(HttpRequest.newBuilder(client.uri("/v1/parse"))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals("request body is over the limit of " + LIMIT + " bytes (--max-document-bytes)",
                json(chunked).path("error").asText());
    }

    @Test
    void aBatchLineOverTheLimitIsAnErrorRecordNamingTheServiceOptionAndTheOthersAreAnswered() throws Exception {
        String feed = "{\"id\": \"a\", \"text\": \"The strike began on Tuesday.\"}\n"
                + "{\"id\": \"huge\", \"text\": \"" + "word ".repeat(LIMIT / 5 + 100) + "\"}\n"
                + "{\"id\": \"c\", \"text\": \"About 40 people came on May 5.\"}\n";
        HttpResponse<String> r = client.post("/v1/batch?published=2024-01-23", feed, "application/x-ndjson");
        assertEquals(200, r.statusCode());
        List<JsonNode> got = BatchAndDucklingTest.lines(r.body());
        assertEquals(3, got.size(), r.body());
        assertEquals("a", got.get(0).path("id").asText());
        assertEquals(2, got.get(1).path("line").asInt());
        assertTrue(got.get(1).path("error").asText().endsWith("the limit for one document is " + LIMIT
                + " bytes (--max-document-bytes)"), got.get(1).toString());
        assertEquals("c", got.get(2).path("id").asText());
    }

    @Test
    void aBatchRecordThatFailsAfterItsLineWasReadKeepsItsId() throws Exception {
        DatelineService slow = DatelineService.start(ServiceOptions.defaults().withPort(0).withThreads(1)
                        .withTimeoutMs(1).withLog(l -> { }),
                kinds -> Dateline.builder().build());
        try {
            slow.awaitReady();
            ServiceClient c = new ServiceClient(slow.port());
            String feed = "{\"id\": \"story-17\", \"text\": " + ServiceClient.JSON.writeValueAsString(longText) + "}\n";
            HttpResponse<String> r = c.post("/v1/batch?published=2024-01-23", feed, "application/x-ndjson");
            assertEquals(200, r.statusCode());
            JsonNode rec = BatchAndDucklingTest.lines(r.body()).get(0);
            assertEquals("story-17", rec.path("source").asText(), rec.toString());
            assertEquals(1, rec.path("line").asInt());
            assertTrue(rec.path("error").asText().contains("1 ms"), rec.toString());
        } finally {
            slow.stop(4000);
        }
    }
}
