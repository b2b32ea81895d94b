package io.dateline.service;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The service's request parsing through a real server and a real HTTP client: the raw bytes
 * as the body of {@code POST /v1/parse} (JSON) and of {@code POST /parse} (Duckling's form).
 * Every answer is JSON; a bad request is a 4xx with a one-line {@code error}, never a 500 or a
 * 503; a 200 record's (or Duckling entry's) offsets are code points inside the text sent and
 * its text is their slice; the same body gets the same answer (request ids aside).
 * Saved inputs: {@code ServiceFuzzTestInputs/METHOD/}.
 */
class ServiceFuzzTest {

    /** Started once for the JVM (a fuzzing run is one JVM) and stopped with it. */
    private static final class Server {
        static final DatelineService SERVICE;
        static final ServiceClient CLIENT;

        static {
            SERVICE = DatelineService.start(ServiceOptions.defaults().withPort(0).withThreads(2)
                            .withMaxBytes(64 * 1024).withTimeoutMs(60_000).withLog(ServiceFuzzTest::ignore),
                    ServiceFuzzTest::engine);
            try {
                SERVICE.awaitReady();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            CLIENT = new ServiceClient(SERVICE.port());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    SERVICE.stop(1000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
    }

    /** Outside {@link Server}: the grammar loader thread must not wait for Server's initialization. */
    private static Dateline engine(java.util.Set<io.dateline.value.MentionKind> kinds) {
        return kinds == null ? Dateline.builder().build() : Dateline.builder().only(kinds).build();
    }

    private static void ignore(String logLine) {
        // the log's form is checked by the service's own tests
    }

    @FuzzTest
    void jsonBody(byte[] body) throws Exception {
        JsonNode answer = twice("/v1/parse", body, "application/json");
        if (answer.has("mentions")) {
            JsonNode sent = sentJson(body);
            if (sent != null && sent.path("text").isTextual()) {
                spans(sent.get("text").asText(), answer.get("mentions"), "text");
            }
        }
    }

    @FuzzTest
    void ducklingForm(byte[] body) throws Exception {
        JsonNode answer = twice("/parse", body, "application/x-www-form-urlencoded");
        if (answer.isArray() && answer.size() > 0) {
            String text = Duckling.form(new String(body, java.nio.charset.StandardCharsets.UTF_8)).get("text");
            spans(text, answer, "body");
        }
    }

    /** Posts the body twice; checks the status, the JSON and that both answers agree. */
    private static JsonNode twice(String path, byte[] body, String type) throws Exception {
        HttpResponse<String> a = post(path, body, type);
        HttpResponse<String> b = post(path, body, type);
        JsonNode first = json(a);
        JsonNode second = json(b);
        if (a.statusCode() >= 500) {
            throw new AssertionError("HTTP " + a.statusCode() + " for a request: " + a.body());
        }
        if (a.statusCode() != 200) {
            String error = first.path("error").asText("");
            io.dateline.fuzz.Invariants.oneLine(error);
            ((com.fasterxml.jackson.databind.node.ObjectNode) first).remove("requestId");
            ((com.fasterxml.jackson.databind.node.ObjectNode) second).remove("requestId");
        }
        if (a.statusCode() != b.statusCode() || !first.equals(second)) {
            throw new AssertionError("the same request answered twice differently:\n" + a.statusCode() + " "
                    + a.body() + "\n" + b.statusCode() + " " + b.body());
        }
        return first;
    }

    private static HttpResponse<String> post(String path, byte[] body, String type) throws Exception {
        return Server.CLIENT.http.send(HttpRequest.newBuilder(Server.CLIENT.uri(path)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            JsonNode n = ServiceClient.JSON.readTree(r.body());
            if (n == null || n.isMissingNode()) {
                throw new AssertionError("HTTP " + r.statusCode() + " with an empty body");
            }
            return n;
        } catch (java.io.IOException e) {
            throw new AssertionError("HTTP " + r.statusCode() + " answered with a body that is not JSON: " + r.body(), e);
        }
    }

    private static JsonNode sentJson(byte[] body) {
        try {
            return ParseRequest.JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Each entry's [start,end) in code points lies inside {@code text} and its {@code field} is the slice. */
    private static void spans(String text, JsonNode entries, String field) {
        int length = text.codePointCount(0, text.length());
        for (JsonNode m : entries) {
            int s = m.path("start").asInt(-1);
            int e = m.path("end").asInt(-1);
            if (!(0 <= s && s < e && e <= length)) {
                throw new AssertionError("span [" + s + "," + e + ") outside 0.." + length + ": " + m);
            }
            String slice = text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
            if (m.has(field) && !slice.equals(m.get(field).asText())) {
                throw new AssertionError("'" + m.get(field).asText() + "' is not the slice '" + slice + "'");
            }
        }
    }
}
