package io.dateline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** What Jetty and Javalin log in `dateline serve`: one JSON line per event, the cause in words, no stack trace. */
class JsonLogTest {

    @Test
    void aWarningWithAnExceptionIsOneJsonLineWithoutATrace() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        JsonLog.Line log = new JsonLog.Line("org.eclipse.jetty.server.HttpChannel", Level.WARN,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        Exception e = new IllegalStateException("request failed",
                new java.io.EOFException("java.io.EOFException: Early EOF"));
        log.warn("failed {}\nwhile reading", "POST /v1/parse", e);
        log.info("Javalin started in {} ms", 12);
        log.debug("noise");
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(1, out.strip().lines().count(), out);
        JsonNode n = ServiceClient.JSON.readTree(out);
        assertEquals("log", n.path("event").asText());
        assertEquals("warn", n.path("level").asText());
        assertEquals("failed POST /v1/parse while reading", n.path("message").asText());
        assertEquals("request failed; Early EOF", n.path("cause").asText());
        assertFalse(out.contains("\tat ") || out.contains("Exception"), out);
    }

    @Test
    void infoIsShownWhenAsked() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        JsonLog.Line log = new JsonLog.Line("io.javalin.Javalin", JsonLog.threshold("info"),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        log.info("Listening on http://127.0.0.1:{}/", 8000);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("\"message\":\"Listening on http://127.0.0.1:8000/\""));
        assertEquals(Level.WARN, JsonLog.threshold("nonsense"));
    }
}
