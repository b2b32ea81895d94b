package io.dateline.service;

import static io.dateline.service.ServiceClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service faults a new user ran into (issue 18): each answered in JSON with the right status. */
class ServiceFaultsTest {

    static final List<String> LOG = new CopyOnWriteArrayList<>();
    static DatelineService server;
    static ServiceClient client;

    @BeforeAll
    static void start() throws Exception {
        server = DatelineService.start(ServiceOptions.defaults().withPort(0).withThreads(2).withLog(LOG::add),
                kinds -> kinds == null ? Dateline.builder().build() : Dateline.builder().only(kinds).build());
        server.awaitReady();
        client = new ServiceClient(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop(4000);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static HttpResponse<String> duckling(Map<String, String> fields) throws Exception {
        return client.post("/parse", form(fields), "application/x-www-form-urlencoded");
    }

    static void assertJsonError(int status, HttpResponse<String> r) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode n = json(r);
        assertEquals(status, n.path("status").asInt(), r.body());
        assertFalse(n.path("error").asText().isBlank(), r.body());
    }

    @Test
    void aReftimeOutOfRangeOrNotANumberIs400() throws Exception {
        for (String bad : List.of("-99999999999999", "99999999999999999", "9223372036854775807", "12e5", "tomorrow")) {
            HttpResponse<String> r = duckling(Map.of("text", "The ferry leaves tomorrow.", "reftime", bad));
            assertJsonError(400, r);
            assertTrue(json(r).path("error").asText().contains("reftime"), r.body());
        }
        assertEquals(200, duckling(Map.of("text", "The ferry leaves tomorrow.", "reftime", "1700640000000")).statusCode());
        assertEquals(200, duckling(Map.of("text", "The ferry leaves tomorrow.", "reftime", "now")).statusCode());
    }

    @Test
    void anInvalidDimsIs400() throws Exception {
        assertJsonError(400, duckling(Map.of("text", "12 people came.", "dims", "[\"time\"")));
        assertJsonError(400, duckling(Map.of("text", "12 people came.", "dims", "{\"a\": 1}")));
        assertJsonError(400, duckling(Map.of("text", "12 people came.", "dims", "[\"tiem\"]")));
        assertJsonError(400, duckling(Map.of("text", "12 people came.", "dims", "[1, 2]")));
        assertEquals(200, duckling(Map.of("text", "12 people came.", "dims", "[\"number\",\"time\"]")).statusCode());
    }

    @Test
    void aLowerBoundIsFromWithoutTo() throws Exception {
        HttpResponse<String> r = duckling(Map.of("text", "The rebels struck at least 151 times.", "reftime", "1700640000000"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode hit = null;
        for (JsonNode e : json(r)) {
            if (e.path("body").asText().contains("151")) {
                hit = e;
            }
        }
        assertTrue(hit != null, r.body());
        JsonNode v = hit.path("value");
        assertEquals("interval", v.path("type").asText(), r.body());
        assertEquals(151, v.path("from").path("value").asInt(), r.body());
        assertTrue(v.path("to").isMissingNode(), r.body());
        assertTrue(v.path("value").isMissingNode(), r.body());
    }

    @Test
    void duplicateKeysAndAnEmptyOnlyAre400() throws Exception {
        assertJsonError(400, client.post("/v1/parse", "{\"text\": \"On Tuesday.\", \"text\": \"On Monday.\"}"));
        assertJsonError(400, client.post("/v1/parse", "{\"text\": \"On Tuesday.\", \"only\": []}"));
        assertJsonError(400, client.post("/v1/batch?only=", "{\"text\": \"On Tuesday.\"}\n", "application/x-ndjson"));
    }

    @Test
    void unknownFieldsAreNamedInAHeaderAndTheBodyStaysTheRecord() throws Exception {
        HttpResponse<String> plain = client.post("/v1/parse", "{\"text\": \"On Tuesday, 12 people came.\", \"published\": \"2023-11-22\"}");
        HttpResponse<String> r = client.post("/v1/parse",
                "{\"text\": \"On Tuesday, 12 people came.\", \"published\": \"2023-11-22\", \"pubished\": \"x\", \"colour\": 1}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(plain.body(), r.body());
        String w = r.headers().firstValue("X-Dateline-Warnings").orElse("");
        assertTrue(w.contains("pubished") && w.contains("colour"), w);
        assertTrue(plain.headers().firstValue("X-Dateline-Warnings").isEmpty());
    }

    /** A raw request, as a client that does not clean up its path sends it. */
    static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPathOutsideTheServiceIsAJson404() throws Exception {
        for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/v1/../../etc/passwd", "/a//b")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertTrue(head.matches("(?s)HTTP/1.1 40[04].*"), path + ": " + answer);
            assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), path + ": " + answer);
            assertFalse(body.contains("<html") || body.contains("<h2>"), path + ": " + answer);
            JsonNode n = ServiceClient.JSON.readTree(body);
            assertTrue(n.path("error").isTextual(), path + ": " + answer);
        }
    }

    @Test
    void aClientThatHangsUpMidUploadIsNoInternalErrorAndNoStackTrace() throws Exception {
        PrintStream was = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int before = LOG.size();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("POST /v1/parse HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"text\": \"On Tuesday").getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(300);
            }
            long until = System.currentTimeMillis() + 5000;
            while (LOG.size() == before && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
        } finally {
            System.setErr(was);
        }
        List<String> lines = LOG.subList(before, LOG.size());
        assertFalse(lines.isEmpty(), "the hang-up is logged");
        for (String l : lines) {
            JsonNode n = ServiceClient.JSON.readTree(l);
            assertFalse("internal-error".equals(n.path("event").asText()), l);
            assertFalse(l.contains("Exception") || l.contains("\tat "), l);
        }
        String err = captured.toString(StandardCharsets.UTF_8);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
    }
}
