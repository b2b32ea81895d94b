package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.grammar.GrammarException;
import io.dateline.resolve.Policy;
import io.dateline.service.DatelineService;
import io.dateline.service.ServiceOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline serve}: the HTTP service, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves Dateline over HTTP: POST /v1/parse, POST /v1/batch (JSON Lines), POST /parse (Duckling's shape), GET /health, GET /version. Stops cleanly on SIGTERM.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default 127.0.0.1: this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default 8000; 0 picks a free one).")
    int port = 8000;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for documents (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest request body (for /v1/batch: longest line) in bytes; larger gets 413 (default 10485760).")
    long maxBytes = 10L << 20;

    @Option(names = "--timeout-ms", paramLabel = "N", description = "Longest a document may take; longer gets 503 (default 10000).")
    long timeoutMs = 10_000;

    @Option(names = "--grammar", paramLabel = "DIR", description = "A folder of your own .rules files, loaded after the built-in grammar (repeatable).")
    List<Path> grammars = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "POLICY", description = "Policy of requests that name none: news (default), nearest, future.")
    String policy = "news";

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ServiceOptions o;
        try {
            o = ServiceOptions.defaults().withHost(host).withPort(port).withThreads(threads).withMaxBytes(maxBytes)
                    .withTimeoutMs(timeoutMs).withPolicy(Policy.parse(policy));
        } catch (IllegalArgumentException e) {
            err.println("dateline serve: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        quietJetty();
        DatelineService s;
        try {
            s = DatelineService.start(o, kinds -> {
                Dateline.Builder b = Dateline.builder().policy(o.policy());
                grammars.forEach(b::addGrammarDirectory);
                if (kinds != null) {
                    b.only(kinds);
                }
                return b.build();
            });
        } catch (RuntimeException e) {
            // Jetty reports a taken port as an exception around a BindException
            err.println("dateline serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return ExitCodes.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            try {
                s.stop(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        };
        Signals.onTerminate(stop);
        try {
            s.awaitReady();
        } catch (GrammarException | IllegalArgumentException e) {
            err.println("dateline serve: " + e.getMessage());
            s.stop(0);
            return ExitCodes.BAD_INPUT;
        }
        err.println(event("listening", "dateline serve: listening on http://" + host + ":" + s.port()
                + " (POST /v1/parse, /v1/batch, /parse; GET /health, /version)"));
        err.flush();
        stopped.await();
        err.println(event("stopped", "dateline serve: stopped"));
        err.flush();
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * Jetty and Javalin log through SLF4J: as JSON lines on standard error (warnings only),
     * like the request log ({@link io.dateline.service.JsonLog}).
     */
    private static void quietJetty() {
        io.dateline.service.JsonLog.install();
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // if another provider was named
        }
    }

    /** A line of the service's log about the service itself: JSON, like every other line of it. */
    private static String event(String event, String message) {
        var o = io.dateline.output.JsonOutput.mapper().createObjectNode();
        o.put("time", java.time.Instant.now().toString()); // a log line's own time
        o.put("event", event);
        o.put("message", message);
        return o.toString();
    }
}
