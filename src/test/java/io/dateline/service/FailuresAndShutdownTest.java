package io.dateline.service;

import static io.dateline.service.ServiceClient.body;
import static io.dateline.service.ServiceClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.grammar.Match;
import io.dateline.resolve.Dimension;
import io.dateline.resolve.DocumentContext;
import io.dateline.value.Mention;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong: a document over the time limit (503), a fault inside the engine (500 with a
 * request id, the details only in the log), and a stop with a request in flight.
 */
class FailuresAndShutdownTest {

    /**
     * An engine with one extra rule, kind {@code probe}, and a dimension for it that fails
     * ("zorbafail") or waits for the test ("zorbawait").
     */
    static Dateline probed(Path dir, CountDownLatch started, CountDownLatch release) throws Exception {
        Path rules = dir.resolve("probe");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("probe.frames"), "kind probe probe\n  what\n");
        Files.writeString(rules.resolve("probe.rules"), "rule test.probe\n  match /zorba(?<what>fail|wait)/\n  emit kind=probe what=$what\n");
        return Dateline.builder().addGrammarDirectory(rules).addDimension(new Dimension() {
            @Override
            public boolean handles(String kind) {
                return kind.equals("probe");
            }

            @Override
            public void resolve(Match match, DocumentContext ctx, List<Mention> out) {
                if ("fail".equals(match.frame().get("what"))) {
                    throw new IllegalStateException("probe exploded at the secret place");
                }
                started.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).build();
    }

    @Test
    void aSlowDocumentIs503WithTheReason() throws Exception {
        DatelineService s = DatelineService.start(ServiceOptions.defaults().withPort(0).withTimeoutMs(1).withLog(l -> { }),
                kinds -> Dateline.builder().build());
        try {
            s.awaitReady();
            ServiceClient c = new ServiceClient(s.port());
            String article = Files.readString(io.dateline.testing.TestPaths.root().resolve("examples/articles/harbor-strike.txt"));
            HttpResponse<String> r = c.post("/v1/parse", body("text", article.repeat(200)));
            assertEquals(503, r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
            assertTrue(json(r).path("error").asText().contains("longer than 1 ms"), r.body());
            // a batch answers the slow line with an error record, in its place
            HttpResponse<String> b = c.post("/v1/batch", body("id", "slow", "text", article.repeat(200)) + "\n", "application/x-ndjson");
            assertEquals(200, b.statusCode());
            assertTrue(json(b).path("error").asText().contains("longer than 1 ms"), b.body().substring(0, Math.min(300, b.body().length())));
        } finally {
            s.stop(4000);
        }
    }

    @Test
    void anInternalErrorIs500WithARequestIdAndNoDetails(@TempDir Path dir) throws Exception {
        ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
        Dateline engine = probed(dir, new CountDownLatch(1), new CountDownLatch(0));
        DatelineService s = DatelineService.start(ServiceOptions.defaults().withPort(0).withLog(log::add), kinds -> engine);
        try {
            s.awaitReady();
            ServiceClient c = new ServiceClient(s.port());
            HttpResponse<String> r = c.post("/v1/parse", body("text", "It went zorbafail on Monday."));
            assertEquals(500, r.statusCode(), r.body());
            String id = json(r).path("requestId").asText();
            assertEquals(id, r.headers().firstValue("X-Request-Id").orElse(""));
            assertTrue(json(r).path("error").asText().contains(id));
            assertFalse(r.body().contains("secret") || r.body().contains("Exception") || r.body().contains("\tat "), r.body());
            assertTrue(log.stream().anyMatch(l -> l.contains("\"id\":\"" + id + "\"") && l.contains("probe exploded")), log.toString());
            // the next request is not affected
            HttpResponse<String> ok = c.post("/v1/parse", body("text", "It went well on Monday.", "published", "2023-11-22"));
            assertEquals(200, ok.statusCode());
            assertTrue(ok.body().contains("\"2023-11-20\""), ok.body());
            // in a batch the failing line becomes an error record, the others are answered
            HttpResponse<String> b = c.post("/v1/batch", "{\"text\": \"zorbafail\"}\n{\"text\": \"on Monday\"}\n", "application/x-ndjson");
            String[] lines = b.body().split("\n");
            assertEquals(2, lines.length, b.body());
            assertTrue(lines[0].contains("internal error") && !lines[0].contains("secret"), lines[0]);
            assertTrue(lines[1].contains("\"on Monday\""), lines[1]);
        } finally {
            s.stop(4000);
        }
    }

    @Test
    void stopFinishesTheRequestInFlightAndRefusesNewOnes(@TempDir Path dir) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Dateline engine = probed(dir, started, release);
        DatelineService s = DatelineService.start(ServiceOptions.defaults().withPort(0).withLog(l -> { }), kinds -> engine);
        s.awaitReady();
        int port = s.port();
        ServiceClient c = new ServiceClient(port);
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return c.post("/v1/parse", body("text", "Wait for zorbawait on Monday.", "published", "2023-11-22"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(started.await(20, TimeUnit.SECONDS), "the request reached the engine");
        long t0 = System.nanoTime();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                s.stop(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(200); // stop() is now waiting for the request in flight
        // a new request is refused: 503 while the listener drains, or no connection at all
        try {
            HttpResponse<String> refused = new ServiceClient(port).post("/v1/parse", body("text", "on Monday"));
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(json(refused).path("error").asText().contains("shutting down"));
        } catch (java.io.IOException e) {
            // the connection was refused: also a refusal
        }
        assertFalse(stopping.isDone(), "stop waits for the request in flight");
        release.countDown();
        HttpResponse<String> done = inFlight.get(20, TimeUnit.SECONDS);
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("\"2023-11-20\""), done.body());
        stopping.get(10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 5, "stopped in " + seconds + " s");
        // and the port is closed
        try {
            new ServiceClient(port).get("/health");
            throw new AssertionError("still answering after stop");
        } catch (java.io.IOException expected) {
            // connection refused
        }
    }
}
