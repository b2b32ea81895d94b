package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.batch.BatchRunner;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputItem;
import io.dateline.input.SourceDocument;
import io.dateline.value.Anchor;
import java.io.IOException;
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

    @Parameters(paramLabel = "FILE", description = "Texts or folders of .txt files (default: examples/articles and ../shared/seeds when present).")
    List<Path> files = new ArrayList<>();

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
        if (serve) {
            return ServeBench.run(this, out, spec.commandLine().getErr());
        }
        if (startup) {
            return StartupBench.run(this, out, spec.commandLine().getErr());
        }
        if (files.isEmpty()) {
            files.add(Path.of("examples/articles"));
            if (Files.isDirectory(Path.of("../shared/seeds"))) {
                files.add(Path.of("../shared/seeds"));
            }
        }
        List<String> texts = new ArrayList<>();
        long words = 0;
        for (Path p : files) {
            List<Path> ps;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    ps = s.filter(x -> x.toString().endsWith(".txt")).sorted().toList();
                }
            } else {
                ps = List.of(p);
            }
            for (Path x : ps) {
                String t = Files.readString(x);
                texts.add(t);
                words += t.split("\\s+").length;
            }
        }
        if (texts.isEmpty()) {
            spec.commandLine().getErr().println("dateline bench: no texts found");
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
            int rounds = Math.max(3, (int) Math.round(seconds));
            double[] ms = new double[rounds];
            long mentions = 0;
            for (int k = 0; k < rounds; k++) {
                long[] r = single(e.getValue(), texts, anchor, 1.0);
                ms[k] = r[1] / 1e6 / ((double) r[0] * words / 1000.0);
                mentions = r[2];
            }
            java.util.Arrays.sort(ms);
            out.printf(Locale.ROOT, "one thread, %-17s: %.3f ms per 1,000 words (median of %d rounds; best %.3f; %d mentions a pass)%n",
                    e.getKey(), ms[rounds / 2], rounds, ms[0], mentions);
            out.flush();
        }
        // all cores through the batch runner, the way the command line runs a corpus
        Processor proc = new Processor(all, new AnchorDetector(), AnchorRequest.none().withPublished("2024-01-23"));
        for (int t : threads == 1 ? new int[]{1} : new int[]{1, threads}) {
            batch(proc, texts, t, warmup);
            double[] r = batch(proc, texts, t, seconds);
            out.printf(Locale.ROOT, "batch, %d thread%s: %.0f documents per second (%.3f ms per 1,000 words)%n", t, t == 1 ? "" : "s",
                    r[0] / r[1], r[1] * 1000 / (r[0] / texts.size() * words / 1000.0));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static long[] single(Dateline d, List<String> texts, Anchor anchor, double secs) {
        long end = System.nanoTime() + (long) (secs * 1e9);
        long passes = 0;
        long t0 = System.nanoTime();
        long mentions;
        do {
            mentions = 0;
            for (String t : texts) {
                mentions += d.process("bench", t, anchor).mentions().size();
            }
            passes++;
        } while (System.nanoTime() < end);
        return new long[]{passes, System.nanoTime() - t0, mentions};
    }

    /** Returns {documents, seconds}. */
    private static double[] batch(Processor proc, List<String> texts, int threads, double secs) {
        long n = Math.max(texts.size(), (long) (secs * 2000));
        Iterator<InputItem> items = new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < n;
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
