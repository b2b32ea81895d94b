package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.batch.BatchRunner;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.value.Anchor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A benchmark that warms up before it measures (never a timed unit test): milliseconds per
 * 1,000 words on one thread, for times alone and for times plus figures, then documents per
 * second through the batch runner on every core.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures speed after warm-up: ms per 1,000 words on one thread (times alone; times and figures), and documents per second on all cores.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Texts, or folders read as the main command reads them (default: examples/articles and ../shared/seeds when present).")
    List<String> files = new ArrayList<>();

    @Option(names = "--glob", paramLabel = "GLOB", description = "Which files of a folder to read (default: ${DEFAULT-VALUE}).")
    String glob = "*.txt";

    @Option(names = "--scaling", description = "Instead of the speed figures: for each pathological kind of input, the time of a 1 MB single-line input against 250 KB (target: at most 4.5x). Exit 1 when a kind misses it.")
    boolean scaling;

    @Option(names = "--rounds", paramLabel = "N", description = "With --scaling: runs of each size, the best counts (default ${DEFAULT-VALUE}).")
    int rounds = 2;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "With --scaling: the longest one run may take (default ${DEFAULT-VALUE}).")
    double timeout = 60;

    @Option(names = "--seconds", description = "Measuring time per configuration (default 5).")
    double seconds = 5;

    @Option(names = "--warmup", description = "Warm-up time per configuration in seconds (default 8).")
    double warmup = 8;

    @Option(names = {"-j", "--threads"}, description = "Threads for the batch measure (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--serve", description = "Measure the HTTP service instead: documents per second and p50/p99 latency of POST /v1/parse with --clients concurrent clients over loopback.")
    boolean serve;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients for --serve (default 8).")
    int clients = 8;

    @Option(names = "--url", paramLabel = "URL", description = "For --serve: a running service to measure (default: one started in this process on a free port).")
    String url;

    @Option(names = "--startup", description = "Measure start-up instead: one article end to end, each run a fresh process; the median wall time of --runs runs for each way of starting.")
    boolean startup;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per way of starting for --startup (default 9).")
    int runs = 9;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (serve) {
            return ServeBench.run(this, out, err);
        }
        if (startup) {
            return StartupBench.run(this, out, err);
        }
        if (scaling) {
            return new ScalingBench(rounds, timeout).run(out) ? ExitCodes.OK : ExitCodes.FAILURES;
        }
        if (seconds <= 0 || warmup < 0) {
            throw new IllegalArgumentException("--seconds must be above 0 and --warmup at least 0");
        }
        if (files.isEmpty()) {
            files.add("examples/articles");
            if (Files.isDirectory(Path.of("../shared/seeds"))) {
                files.add("../shared/seeds");
            }
        }
        InputReader reader;
        try {
            reader = new InputReader().withGlob(glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--glob: " + e.getMessage(), e);
        }
        reader = reader.withNotices(n -> err.println("dateline bench: warning: " + n));
        List<String> texts = new ArrayList<>();
        long words = 0;
        int errors = 0;
        for (String f : files) {
            try (Stream<InputItem> items = reader.read(f)) {
                for (InputItem item : (Iterable<InputItem>) items::iterator) {
                    if (item instanceof InputError e) {
                        err.println("dateline bench: " + e);
                        errors++;
                        continue;
                    }
                    String t = ((SourceDocument) item).text();
                    texts.add(t);
                    words += t.split("\\s+").length;
                }
            }
        }
        err.flush();
        if (errors > 0) {
            return ExitCodes.BAD_INPUT;
        }
        if (texts.isEmpty()) {
            err.println("dateline bench: no texts found");
            return ExitCodes.BAD_INPUT;
        }
        Anchor anchor = Anchor.ofDate(LocalDate.of(2024, 1, 23), "option");
        out.printf(Locale.ROOT, "corpus: %d texts, %d words; java %s on %s, %d cores%n", texts.size(), words,
                System.getProperty("java.version"), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
        Dateline timesOnly = Dateline.builder().only(io.dateline.value.MentionKind.TIME).build();
        Dateline all = Dateline.builder().build();
        for (var e : List.of(java.util.Map.entry("times alone", timesOnly), java.util.Map.entry("times and figures", all))) {
            single(e.getValue(), texts, anchor, warmup);
            // one-second rounds: the median is the figure, the best shows the machine's floor
            int n = Math.max(3, (int) Math.round(seconds));
            double[] ms = new double[n];
            double[] cpu = new double[n];
            long mentions = 0;
            for (int k = 0; k < n; k++) {
                long[] r = single(e.getValue(), texts, anchor, 1.0);
                ms[k] = r[1] / 1e6 / ((double) r[0] * words / 1000.0);
                cpu[k] = r[3] / 1e6 / ((double) r[0] * words / 1000.0);
                mentions = r[2];
            }
            java.util.Arrays.sort(ms);
            java.util.Arrays.sort(cpu);
            out.printf(Locale.ROOT, "one thread, %-17s: %.3f ms per 1,000 words (median of %d rounds; best %.3f; CPU time best %.3f; %d mentions a pass)%n",
                    e.getKey(), ms[n / 2], n, ms[0], cpu[0], mentions);
            out.flush();
        }
        // all cores through the batch runner, the way the command line runs a corpus
        Processor proc = new Processor(all, new AnchorDetector(), AnchorRequest.none().withPublished("2024-01-23"));
        for (int t : threads == 1 ? new int[]{1} : new int[]{1, threads}) {
            batch(proc, texts, t, warmup);
            double[] r = batch(proc, texts, t, seconds);
            out.printf(Locale.ROOT, "batch, %d thread%s: %.2f documents per second (%.3f ms per 1,000 words)%n", t, t == 1 ? "" : "s",
                    r[0] / r[1], r[1] * 1000 / (r[0] / texts.size() * words / 1000.0));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static long[] single(Dateline d, List<String> texts, Anchor anchor, double secs) {
        long end = System.nanoTime() + (long) (secs * 1e9);
        long passes = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long mentions;
        do {
            mentions = 0;
            for (String t : texts) {
                mentions += d.process("bench", t, anchor).mentions().size();
            }
            passes++;
        } while (System.nanoTime() < end);
        return new long[]{passes, System.nanoTime() - t0, mentions, threads.getCurrentThreadCpuTime() - c0};
    }

    /**
     * Returns {documents, seconds}. Bounded by time, not by a guessed count: documents are handed
     * out until {@code secs} have passed (at least one pass over the texts), then the ones in
     * flight finish.
     */
    static double[] batch(Processor proc, List<String> texts, int threads, double secs) {
        long end = System.nanoTime() + (long) (secs * 1e9);
        Iterator<InputItem> items = new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < texts.size() || System.nanoTime() < end;
            }

            @Override
            public InputItem next() {
                String t = texts.get((int) (i++ % texts.size()));
                return SourceDocument.ofText("doc" + i, t);
            }
        };
        BatchRunner.Summary s = new BatchRunner(proc, threads, false).run(items, p -> { });
        return new double[]{s.documents(), s.nanos() / 1e9};
    }
}
