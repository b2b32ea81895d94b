package io.dateline.service;

import static io.dateline.service.ServiceClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** POST /v1/batch (JSON Lines, streamed) and POST /parse (Duckling's shape) on the real server. */
class BatchAndDucklingTest {

    static DatelineService server;
    static ServiceClient client;

    @BeforeAll
    static void start() throws Exception {
        server = DatelineService.start(ServiceOptions.defaults().withPort(0).withThreads(2).withMaxBytes(4096).withLog(l -> { }),
                kinds -> kinds == null ? Dateline.builder().build() : Dateline.builder().only(kinds).build());
        server.awaitReady();
        client = new ServiceClient(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop(4000);
    }

    static List<JsonNode> lines(String body) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : body.split("\n")) {
            if (!l.isBlank()) {
                out.add(ServiceClient.JSON.readTree(l));
            }
        }
        return out;
    }

    @Test
    void batchAnswersEveryLineInOrderAsTheCommandLineReadsJsonLines(@TempDir Path dir) throws Exception {
        String feed = "{\"id\": \"a\", \"text\": \"The strike began on Tuesday and lasted three weeks.\"}\n"
                + "{\"id\": \"b\", \"text\": broken}\n"
                + "\n"
                + "{\"id\": \"c\", \"text\": \"At least 151 attacks since October 17.\", \"published\": \"2024-01-23\"}\n";
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, feed);
        StringWriter out = new StringWriter();
        CommandLine cl = io.dateline.cli.Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.execute("-q", "--published", "2023-11-22", file.toString());
        List<JsonNode> expected = lines(out.toString());

        HttpResponse<String> r = client.post("/v1/batch?published=2023-11-22", feed, "application/x-ndjson");
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> got = lines(r.body());
        assertEquals(3, got.size(), r.body());
        assertEquals(List.of("a", "", "c"), got.stream().map(n -> n.path("id").asText()).toList());
        assertEquals(2, got.get(1).path("line").asInt());
        assertTrue(got.get(1).path("error").asText().startsWith("malformed JSON"), got.get(1).toString());
        for (int i : new int[]{0, 2}) {
            assertEquals(expected.get(i).path("mentions"), got.get(i).path("mentions"));
            assertEquals(expected.get(i).path("anchor"), got.get(i).path("anchor"));
        }
        assertEquals("2023-10-17", got.get(2).path("mentions").get(1).path("value").asText(), got.get(2).toString());
    }

    @Test
    void aLongBatchKeepsItsOrder() throws Exception {
        StringBuilder feed = new StringBuilder();
        int n = 600;
        for (int i = 0; i < n; i++) {
            feed.append("{\"id\": \"d").append(i).append("\", \"text\": \"").append(i + 2).append(" people met on Monday.\"}\n");
        }
        HttpResponse<String> r = client.post("/v1/batch?published=2023-11-22&only=quantity", feed.toString(), "application/x-ndjson");
        List<JsonNode> got = lines(r.body());
        assertEquals(n, got.size());
        for (int i = 0; i < n; i++) {
            assertEquals("d" + i, got.get(i).path("id").asText());
            assertEquals(i + 2, got.get(i).path("mentions").get(0).path("value").asInt());
            assertEquals(1, got.get(i).path("mentions").size(), "only=quantity");
        }
    }

    @Test
    void batchIsStreamedBothWays() throws Exception {
        // The client sends the second line only after it has read the answer to the first: a
        // server that held the body (or the answers) would never answer. java.net.http sends a
        // whole HTTP/1.1 request before it reads the response, so this one test speaks HTTP
        // over a plain socket, with a chunked body.
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/batch?published=2023-11-22 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, "{\"id\": \"first\", \"text\": \"on Monday\"}\n");
            InputStream in = s.getInputStream();
            String head = until(in, "\"id\":\"first\"");
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            assertTrue(head.contains("\"value\":\"2023-11-20\""), head);
            chunk(out, "{\"id\": \"second\", \"text\": \"on Friday\"}\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String rest = until(in, "\"id\":\"second\"");
            assertTrue(rest.contains("\"value\":\"2023-11-17\""), rest);
        }
    }

    private static void chunk(OutputStream out, String s) throws Exception {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(b.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** What the server sends until {@code marker} has been seen (a read timeout fails the test). */
    private static String until(InputStream in, String marker) throws Exception {
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!got.toString(StandardCharsets.UTF_8).contains(marker)) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            got.write(buf, 0, n);
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBatchLineOverMaxBytesIsAnErrorRecordAndTheBatchGoesOn() throws Exception {
        String feed = "{\"id\": \"ok\", \"text\": \"on Monday\"}\n{\"id\": \"big\", \"text\": \"" + "word ".repeat(1000) + "\"}\n"
                + "{\"id\": \"after\", \"text\": \"on Friday\"}\n";
        HttpResponse<String> r = client.post("/v1/batch", feed, "application/x-ndjson");
        List<JsonNode> got = lines(r.body());
        assertEquals(3, got.size(), r.body());
        assertEquals("ok", got.get(0).path("id").asText());
        assertEquals(2, got.get(1).path("line").asInt());
        assertTrue(got.get(1).path("error").asText().contains("the limit for one document is 4096 bytes"), r.body());
        assertEquals("after", got.get(2).path("id").asText());
    }

    @Test
    void anEmptyBatchIs400() throws Exception {
        HttpResponse<String> r = client.post("/v1/batch", "", "application/x-ndjson");
        assertEquals(400, r.statusCode());
        assertTrue(json(r).path("error").asText().startsWith("empty batch"));
    }

    static String form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        for (var e : fields.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    static JsonNode entity(JsonNode all, String body) {
        for (JsonNode e : all) {
            if (e.path("body").asText().equals(body)) {
                return e;
            }
        }
        throw new AssertionError("no entity \"" + body + "\" in " + all);
    }

    @Test
    void ducklingShape() throws Exception {
        // 2023-11-22T08:00Z = 03:00 in New York
        String text = "The ferry leaves tomorrow at 5pm, costs $10, covers 30 km in two weeks, and 12 people came tonight.";
        HttpResponse<String> r = client.post("/parse", form(Map.of("text", text, "reftime", "1700640000000",
                "tz", "America/New_York", "locale", "en_US")), "application/x-www-form-urlencoded");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode all = json(r);
        assertTrue(all.isArray());
        JsonNode t = entity(all, "tomorrow at 5pm");
        assertEquals("time", t.path("dim").asText());
        assertEquals(false, t.path("latent").asBoolean());
        assertEquals(text.indexOf("tomorrow"), t.path("start").asInt());
        assertEquals(text.indexOf("tomorrow") + "tomorrow at 5pm".length(), t.path("end").asInt());
        assertEquals("2023-11-23T17:00:00.000-05:00", t.path("value").path("value").asText());
        assertEquals("hour", t.path("value").path("grain").asText());
        assertEquals("value", t.path("value").path("type").asText());
        JsonNode money = entity(all, "$10");
        assertEquals("amount-of-money", money.path("dim").asText());
        assertEquals(10, money.path("value").path("value").asInt());
        assertEquals("USD", money.path("value").path("unit").asText());
        JsonNode km = entity(all, "30 km");
        assertEquals("distance", km.path("dim").asText());
        assertEquals("kilometre", km.path("value").path("unit").asText());
        assertEquals(30, km.path("value").path("value").asInt());
        assertEquals(30000, km.path("value").path("normalized").path("value").asInt());
        JsonNode weeks = entity(all, "two weeks");
        assertEquals("duration", weeks.path("dim").asText());
        assertEquals("week", weeks.path("value").path("unit").asText());
        assertEquals(1209600, weeks.path("value").path("normalized").path("value").asLong());
        assertEquals("number", entity(all, "12 people").path("dim").asText());
        JsonNode tonight = entity(all, "tonight");
        assertEquals("interval", tonight.path("value").path("type").asText());
        assertEquals("2023-11-22T18:00:00.000-05:00", tonight.path("value").path("from").path("value").asText());

        // dims as Rasa sends them: a JSON list
        HttpResponse<String> only = client.post("/parse", form(Map.of("text", text, "reftime", "1700640000000",
                "dims", "[\"time\"]")), "application/x-www-form-urlencoded");
        for (JsonNode e : json(only)) {
            assertEquals("time", e.path("dim").asText());
        }
        assertEquals("2023-11-23T17:00:00.000Z", entity(json(only), "tomorrow at 5pm").path("value").path("value").asText(),
                "tz defaults to UTC, never the server's zone");
    }

    @Test
    void ducklingErrors() throws Exception {
        assertEquals(400, client.post("/parse", form(Map.of("locale", "en_US")), "application/x-www-form-urlencoded").statusCode());
        // another locale reads that language (issue 20): fr_FR is French, no longer a 400
        HttpResponse<String> fr = client.post("/parse", form(Map.of("text", "demain", "locale", "fr_FR", "reftime", "1717545600000")),
                "application/x-www-form-urlencoded");
        assertEquals(200, fr.statusCode());
        assertEquals("demain", json(fr).path(0).path("body").asText());
        HttpResponse<String> bad = client.post("/parse", form(Map.of("text", "demain", "locale", "12_34")), "application/x-www-form-urlencoded");
        assertEquals(400, bad.statusCode());
        assertTrue(json(bad).path("error").asText().contains("12_34"));
        assertEquals(400, client.post("/parse", form(Map.of("text", "tomorrow", "reftime", "yesterday-ish")),
                "application/x-www-form-urlencoded").statusCode());
        assertEquals(400, client.post("/parse", form(Map.of("text", "tomorrow", "tz", "Mars/Olympus")),
                "application/x-www-form-urlencoded").statusCode());
        // no reftime: nothing relative is guessed from the clock
        HttpResponse<String> none = client.post("/parse", form(Map.of("text", "tomorrow, or on 2024-03-05")), "application/x-www-form-urlencoded");
        assertEquals(200, none.statusCode());
        assertFalse(none.body().contains("\"tomorrow\""), none.body());
        assertEquals("2024-03-05T00:00:00.000Z", entity(json(none), "on 2024-03-05").path("value").path("value").asText(), none.body());
    }
}
