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
        o.put("error", String.valueOf(e.getMessage()));
        if (e.getCause() != null) {
            o.put("cause", e.getCause().toString());
        }
        sink.accept(o.toString());
    }
}
