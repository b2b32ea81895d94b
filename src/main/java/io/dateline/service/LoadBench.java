package io.dateline.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code dateline bench --serve}: N clients, each with its own HTTP connection, post documents
 * to {@code /v1/parse} back to back over loopback for a while; reported are documents per
 * second and the latency percentiles of the measured part (after a warm-up).
 */
public final class LoadBench {

    /** One measured configuration. */
    public record Result(String name, int clients, long requests, long errors, double seconds, double p50Ms, double p90Ms,
                         double p99Ms, double maxMs) {
        public double perSecond() {
            return requests / seconds;
        }

        public String line() {
            return String.format(Locale.ROOT, "%-22s %d clients: %7.0f docs/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%d requests, %d errors)",
                    name, clients, perSecond(), p50Ms, p90Ms, p99Ms, maxMs, requests, errors);
        }
    }

    private LoadBench() {
    }

    /**
     * Posts {@code bodies} (JSON, taken in turn) from {@code clients} threads to {@code base}/v1/parse.
     */
    public static Result run(String name, URI base, List<String> bodies, int clients, double warmupSeconds, double seconds)
            throws Exception {
        phase(base, bodies, clients, warmupSeconds);
        return phase(base, bodies, clients, seconds).named(name, clients);
    }

    private record Raw(long[] nanos, int n, long errors, double seconds) {
        Result named(String name, int clients) {
            long[] xs = Arrays.copyOf(nanos, n);
            Arrays.sort(xs);
            return new Result(name, clients, n, errors, seconds, pct(xs, 0.50), pct(xs, 0.90), pct(xs, 0.99),
                    n == 0 ? 0 : xs[n - 1] / 1e6);
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static Raw phase(URI base, List<String> bodies, int clients, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long t0 = System.nanoTime();
        try {
            List<Future<long[]>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                fs.add(pool.submit(() -> client(base.resolve("/v1/parse"), bodies, offset, end)));
            }
            long[] all = new long[1024];
            int n = 0;
            long errors = 0;
            for (Future<long[]> f : fs) {
                long[] xs = f.get();
                errors += xs[0];
                for (int i = 1; i < xs.length; i++) {
                    if (n == all.length) {
                        all = Arrays.copyOf(all, n * 2);
                    }
                    all[n++] = xs[i];
                }
            }
            return new Raw(all, n, errors, (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Returns {errors, latency, latency, ...}. One keep-alive HTTP/1.1 connection a client,
     * written and read with plain blocking socket calls: the requests' bytes are built once, and
     * an answer is read by its Content-Length (or chunks) without being parsed, so the client
     * costs little of the two cores it shares with the server it measures. (The JDK's
     * java.net.http client, used before, spent about as much CPU per request as the service.)
     */
    private static long[] client(URI uri, List<String> bodies, int offset, long end) throws IOException {
        byte[][] requests = new byte[bodies.size()][];
        String host = uri.getHost() + ":" + uri.getPort();
        for (int k = 0; k < requests.length; k++) {
            byte[] body = bodies.get(k).getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + host
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            requests[k] = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, requests[k], head.length, body.length);
        }
        long[] out = new long[1024];
        int n = 1;
        long errors = 0;
        int i = offset;
        RawHttp http = new RawHttp(uri.getHost(), uri.getPort());
        try {
            while (System.nanoTime() < end) {
                byte[] req = requests[i++ % requests.length];
                long t = System.nanoTime();
                int status = http.exchange(req);
                long dt = System.nanoTime() - t;
                if (status != 200) {
                    errors++;
                    continue;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = dt;
            }
        } finally {
            http.close();
        }
        out[0] = errors;
        return Arrays.copyOf(out, n);
    }

    /** The JSON body of one document. */
    public static String body(String text, String published) {
        var o = ParseRequest.JSON.createObjectNode();
        o.put("text", text);
        o.put("published", published);
        return o.toString();
    }

    /** Prints the results of both standard workloads. */
    public static void report(PrintWriter out, List<Result> rs) {
        for (Result r : rs) {
            out.println(r.line());
        }
        out.flush();
    }
}
