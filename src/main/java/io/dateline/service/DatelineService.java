package io.dateline.service;

import io.dateline.Dateline;
import io.dateline.Processed;
import io.dateline.Processor;
import io.dateline.input.InputItem;
import io.dateline.input.SourceDocument;
import io.dateline.batch.RecordJson;
import io.dateline.value.MentionKind;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Dateline over HTTP. Start it, share it, stop it:
 *
 * <pre>{@code
 * DatelineService s = DatelineService.start(ServiceOptions.defaults().withPort(0),
 *         kinds -> Dateline.builder().only(kinds).build());
 * s.awaitReady();          // the grammars are loaded; GET /health now answers 200
 * int port = s.port();
 * s.stop();                // in-flight requests finish, new ones are refused
 * }</pre>
 *
 * <p>The listener opens first and the grammars load behind it: until they are loaded
 * {@code /health} and the document endpoints answer 503. Every error is a JSON object
 * {@code {"error": ..., "status": ..., "requestId": ...}}, never a stack trace.
 */
public final class DatelineService implements AutoCloseable {

    static final String REQUEST_ID = "dateline.requestId";
    static final String BYTES = "dateline.bytes";

    private final ServiceOptions options;
    private final Engines engines;
    private final Work work;
    private final RequestLog log;
    private final Javalin app;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object drained = new Object();
    private volatile boolean stopping;
    private volatile boolean stopped;

    private DatelineService(ServiceOptions options, Function<Set<MentionKind>, Dateline> factory) {
        this.options = options;
        this.engines = new Engines(factory, options.policy());
        this.work = new Work(options.threads());
        this.log = new RequestLog(options.log());
        Duckling duckling = new Duckling(this);
        Batch batch = new Batch(this);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.prefer405over404 = true;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyErrors()));
            config.requestLogger.http(log::write);
            config.routes.get("/health", this::health);
            config.routes.get("/version", ctx -> json(ctx, 200, Version.json()));
            config.routes.post("/v1/parse", guarded(this::parse));
            config.routes.post("/v1/batch", guarded(batch::handle));
            config.routes.post("/parse", guarded(duckling::handle));
            config.routes.error(404, ctx -> error(ctx, 404, "no such endpoint: " + ctx.path()
                    + " (POST /v1/parse, POST /v1/batch, POST /parse, GET /health, GET /version)"));
            config.routes.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
            config.routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
        });
    }

    /**
     * Opens the listener and starts loading the grammars behind it.
     *
     * @param factory builds the engine for a set of mention kinds (null: every kind); called
     *                once for every kind at start and once more for each {@code only} asked for
     */
    public static DatelineService start(ServiceOptions options, Function<Set<MentionKind>, Dateline> factory) {
        DatelineService s = new DatelineService(Objects.requireNonNull(options), Objects.requireNonNull(factory));
        s.app.start();
        Thread loader = new Thread(() -> {
            try {
                s.engines.load();
                s.ready.complete(null);
            } catch (RuntimeException e) {
                s.ready.completeExceptionally(e);
            }
        }, "dateline-grammar-load");
        loader.setDaemon(true);
        loader.start();
        return s;
    }

    /** Waits until the grammars are loaded; rethrows what stopped the load (a broken grammar file). */
    public void awaitReady() throws InterruptedException {
        try {
            ready.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The port listened on (the one chosen when the options said 0). */
    public int port() {
        return app.port();
    }

    ServiceOptions options() {
        return options;
    }

    Engines engines() {
        return engines;
    }

    Work work() {
        return work;
    }

    /**
     * Stops cleanly: new requests are refused (503, then the listener closes), the requests in
     * flight finish (up to {@code graceMillis}), then the server and its workers stop.
     */
    public void stop(long graceMillis) throws InterruptedException {
        if (stopped) {
            return;
        }
        stopping = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        synchronized (drained) {
            long left;
            while (inFlight.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                drained.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
        app.stop();
        work.shutdown(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        stopped = true;
    }

    /** {@link #stop(long)} with 4 seconds of grace: SIGTERM to exit within 5 s. */
    @Override
    public void close() throws InterruptedException {
        stop(4000);
    }

    // ------------------------------------------------------------------ endpoints

    private void health(Context ctx) {
        if (stopping) {
            json(ctx, 503, "{\"status\":\"stopping\"}");
        } else if (ready.isDone() && !ready.isCompletedExceptionally()) {
            json(ctx, 200, "{\"status\":\"ok\"}");
        } else {
            json(ctx, 503, "{\"status\":\"loading\"}");
        }
    }

    private void parse(Context ctx) throws Exception {
        byte[] body = Bodies.read(ctx.req().getContentLengthLong(), ctx.req().getInputStream(), options.maxBytes());
        ParseRequest r = ParseRequest.fromJson(body);
        if (r.item() instanceof io.dateline.input.InputError e) {
            throw new ApiException(400, e.message());
        }
        if (!r.unknown().isEmpty()) {
            warn(ctx, "unknown field" + (r.unknown().size() > 1 ? "s " : " ") + String.join(", ", r.unknown()) + " ignored");
        }
        Processor job = engines.processor(r.options());
        Processed p = process(job, r.item());
        if (p.failed()) {
            // the document was read: a failure now is the engine's, not the caller's
            throw new IllegalStateException(p.error().message());
        }
        json(ctx, 200, RecordJson.line(p, r.options().explain(), r.options().withText()));
    }

    /** Runs one document on the work pool within the time limit. */
    Processed process(Processor job, InputItem item) throws ApiException, InterruptedException {
        try {
            return work.submit(() -> job.processOrThrow(item)).await(options.timeoutMs());
        } catch (ExecutionException e) {
            throw new IllegalStateException("processing failed: " + RequestLog.words(e.getCause()), e.getCause());
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** Refuses work while stopping or loading, counts requests in flight, turns errors into JSON. */
    private Handler guarded(Handler h) {
        return ctx -> {
            if (stopping) {
                ctx.header("Connection", "close");
                error(ctx, 503, "the server is shutting down");
                return;
            }
            inFlight.incrementAndGet();
            try {
                if (!ready.isDone()) {
                    error(ctx, 503, "the grammars are still loading; GET /health answers 200 when they are loaded");
                } else if (ready.isCompletedExceptionally()) {
                    error(ctx, 503, "the grammars could not be loaded");
                } else {
                    h.handle(ctx);
                }
            } catch (ApiException e) {
                error(ctx, e.status(), e.getMessage());
            } finally {
                if (inFlight.decrementAndGet() == 0 && stopping) {
                    synchronized (drained) {
                        drained.notifyAll();
                    }
                }
            }
        };
    }

    private void internal(Context ctx, Exception e) {
        String id = requestId(ctx);
        if (RequestLog.clientGone(e)) {
            // the client hung up (mid-upload, or before the answer was written): nobody to answer
            log.clientGone(id, ctx.method() + " " + ctx.path());
            return;
        }
        log.internal(id, ctx.method() + " " + ctx.path(), e);
        error(ctx, 500, "internal error; the server log has the details under request id " + id);
    }

    static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        if (id == null) {
            id = RequestLog.nextId();
            ctx.attribute(REQUEST_ID, id);
            ctx.header("X-Request-Id", id);
        }
        return id;
    }

    /**
     * A warning about the request itself (an unknown field), in the header
     * {@code X-Dateline-Warnings}, so that the body stays exactly the command line's record.
     */
    static void warn(Context ctx, String words) {
        ctx.header("X-Dateline-Warnings", words.replaceAll("[\\r\\n]+", " "));
    }

    static void error(Context ctx, int status, String message) {
        String id = requestId(ctx);
        var o = ParseRequest.JSON.createObjectNode();
        o.put("error", message);
        o.put("status", status);
        o.put("requestId", id);
        json(ctx, status, o.toString());
    }

    /**
     * Writes a whole JSON answer and flushes it before the handler returns, so that a request
     * counted as finished has really been answered when {@link #stop} closes the connections.
     */
    static void json(Context ctx, int status, String body) {
        requestId(ctx);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.attribute(BYTES, (long) bytes.length);
        try {
            ctx.res().setContentLength(bytes.length);
            var out = ctx.res().getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the client went away", e);
        }
    }
}
