package io.dateline.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One JSON line per request: {@code {"time", "id", "method", "path", "status", "bytes", "ms"}},
 * and one per internal error with what went wrong (which the client never sees).
 */
final class RequestLog {

    private static final AtomicLong IDS = new AtomicLong();

    private final Consumer<String> sink;

    RequestLog(Consumer<String> sink) {
        this.sink = sink;
    }

    static String nextId() {
        return "r" + IDS.incrementAndGet();
    }

    void write(Context ctx, Float ms) {
        ObjectNode o = ParseRequest.JSON.createObjectNode();
        o.put("time", Instant.now().toString()); // a log line's own time, never a document's
        o.put("id", DatelineService.requestId(ctx));
        o.put("method", ctx.method().toString());
        o.put("path", ctx.path());
        o.put("status", ctx.statusCode());
        Long bytes = ctx.attribute(DatelineService.BYTES);
        o.put("bytes", bytes == null ? 0 : bytes);
        o.put("ms", Double.parseDouble(String.format(Locale.ROOT, "%.2f", ms == null ? 0f : ms)));
        sink.accept(o.toString());
    }

    void internal(String id, String what, Throwable e) {
        ObjectNode o = ParseRequest.JSON.createObjectNode();
        o.put("time", Instant.now().toString());
        o.put("id", id);
        o.put("event", "internal-error");
        o.put("request", what);
        o.put("error", words(e));
        if (e.getCause() != null && e.getCause() != e) {
            o.put("cause", words(e.getCause()));
        }
        sink.accept(o.toString());
    }

    /** A client that closed its connection before its request was read or answered: words, no trace. */
    void clientGone(String id, String what) {
        ObjectNode o = ParseRequest.JSON.createObjectNode();
        o.put("time", Instant.now().toString());
        o.put("id", id);
        o.put("event", "client-gone");
        o.put("request", what);
        o.put("error", "the client closed the connection before the request was read and answered");
        sink.accept(o.toString());
    }

    /** Whether a failure is the connection's (the client hung up), not the server's. */
    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t.getClass().getSimpleName().equals("EofException")) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong, in words: the message, never a class name or a stack trace. */
    static String words(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "an unexpected failure with no message";
        }
        // a message that quotes another exception ("java.lang.X: y") keeps only its words
        return m.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error): ?", "").strip();
    }
}
