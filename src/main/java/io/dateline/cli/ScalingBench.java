package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputFormat;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * {@code dateline bench --scaling}: for each pathological kind of input, the time of a 1 MB
 * single-line input against a 250 KB one. Linear work takes 4×; the target is at most 4.5×.
 * Each size is timed {@code rounds} times after a warm-up on a small input, and the best time
 * counts (a busy machine only ever adds time). A size that does not end within the time-out is
 * reported as such; the thread running it cannot be stopped, so later figures may be slowed.
 */
final class ScalingBench {

    static final double TARGET = 4.5;
    static final int SMALL = 250 * 1024;
    static final int LARGE = 1024 * 1024;

    /** One kind: a name, and how to make an input of about n bytes. */
    record Kind(String name, InputFormat format, IntFunction<String> make) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("repeated \"Tuesday \"", InputFormat.TEXT, n -> repeat("Tuesday ", n)),
            new Kind("repeated \"13:32 PM \"", InputFormat.TEXT, n -> repeat("13:32 PM ", n)),
            new Kind("\"at least \" repeated", InputFormat.TEXT, n -> repeat("at least ", n)),
            new Kind("digits and commas", InputFormat.TEXT, n -> repeat("12,345,", n)),
            new Kind("digits, slashes, dashes", InputFormat.TEXT, n -> repeat("12/31-20/24-", n)),
            new Kind("one 1 MB word", InputFormat.TEXT, n -> repeat("x", n)),
            new Kind("deeply nested HTML", InputFormat.HTML, n -> {
                int depth = n / 13;
                return "<html><body>" + "<div>".repeat(depth) + "On Tuesday." + "</div>".repeat(depth) + "</body></html>";
            }),
            new Kind("JSON Lines, tiny records", InputFormat.JSONL, n -> repeat("{\"text\":\"On Tuesday.\"}\n", n)));

    private final Processor processor;
    private final int rounds;
    private final double timeoutSeconds;
    /** Why a kind has no figure (a time-out, an error), or null. */
    private String failure;

    ScalingBench(int rounds, double timeoutSeconds) {
        Dateline dateline = Dateline.builder().build();
        this.processor = new Processor(dateline, new AnchorDetector(),
                AnchorRequest.none().withPublished("2024-01-23"));
        this.rounds = Math.max(1, rounds);
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Prints one line a kind; returns whether every kind met the target. */
    boolean run(PrintWriter out) {
        out.printf(Locale.ROOT, "scaling: best of %d, a 1 MB single-line input against 250 KB (target: at most %.1fx;"
                + " time-out %.0f s a run)%n", rounds, TARGET, timeoutSeconds);
        out.flush();
        boolean all = true;
        boolean timedOut = false;
        for (Kind k : KINDS) {
            failure = null;
            timeOnce(k, 16 * 1024); // warm-up
            double small = best(k, SMALL);
            double large = Double.isNaN(small) ? Double.NaN : best(k, LARGE);
            boolean ok;
            String verdict;
            if (Double.isNaN(small) || Double.isNaN(large)) {
                ok = false;
                verdict = (Double.isNaN(small) ? "250 KB: " : "1,024 KB: ") + failure;
                timedOut |= failure.startsWith("did not end");
            } else {
                double ratio = large / Math.max(small, 1e-6);
                ok = ratio <= TARGET;
                verdict = String.format(Locale.ROOT, "%7.3f s  %7.3f s  %5.2fx  %s", small, large, ratio,
                        ok ? "ok" : "over the target");
            }
            all &= ok;
            out.printf(Locale.ROOT, "  %-26s %s%n", k.name(), verdict);
            out.flush();
        }
        if (timedOut) {
            out.println("  (a run that timed out goes on in the background and may slow the figures after it)");
        }
        return all;
    }

    /** Seconds of the best round, or NaN after a time-out. */
    private double best(Kind k, int bytes) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rounds; i++) {
            double t = timeOnce(k, bytes);
            if (Double.isNaN(t)) {
                return t;
            }
            best = Math.min(best, t);
        }
        return best;
    }

    private double timeOnce(Kind k, int bytes) {
        if (failure != null) {
            return Double.NaN;
        }
        // a thread of its own: one that times out cannot be stopped, and must not block the next
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dateline-scaling");
            t.setDaemon(true);
            return t;
        });
        byte[] input = k.make().apply(bytes).getBytes(StandardCharsets.UTF_8);
        Future<Long> f = worker.submit(() -> {
            long t0 = System.nanoTime();
            InputReader reader = new InputReader().withFormat(k.format()).withStdin(new ByteArrayInputStream(input));
            Iterator<InputItem> it = reader.iterator("-");
            while (it.hasNext()) {
                processor.process(it.next());
            }
            return System.nanoTime() - t0;
        });
        try {
            return f.get((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS) / 1e9;
        } catch (TimeoutException e) {
            f.cancel(true);
            failure = String.format(Locale.ROOT, "did not end within %.0f s", timeoutSeconds);
            return Double.NaN;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            failure = c instanceof StackOverflowError ? "failed: the stack overflowed (nesting too deep)"
                    : c instanceof OutOfMemoryError ? "failed: out of memory"
                    : "failed: internal error (please report it): " + c.getMessage();
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
            return Double.NaN;
        } finally {
            worker.shutdown();
        }
    }

    private static String repeat(String unit, int bytes) {
        return unit.repeat(Math.max(1, bytes / unit.length()));
    }
}
