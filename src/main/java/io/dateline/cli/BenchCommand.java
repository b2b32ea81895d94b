package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.document.Anchor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures speed: warms up, then reports milliseconds per 1,000 words on one thread.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Texts to process (default: the articles in examples/articles).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--seconds", description = "Measuring time per configuration (default 5).")
    double seconds = 5;

    @Option(names = "--warmup", description = "Warm-up time in seconds (default 3).")
    double warmup = 3;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (files.isEmpty()) {
            try (var s = Files.list(Path.of("examples/articles"))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
        }
        List<String> texts = new ArrayList<>();
        long words = 0;
        for (Path p : files) {
            String t = Files.readString(p);
            texts.add(t);
            words += t.split("\\s+").length;
        }
        Anchor anchor = Anchor.ofDate(LocalDate.of(2024, 1, 23), "option");
        Dateline d = engine.build();
        out.printf(Locale.ROOT, "corpus: %d texts, %d words; java %s, %d cores%n", texts.size(), words,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        run(d, texts, anchor, warmup);
        long[] r = run(d, texts, anchor, seconds);
        double ms = r[1] / 1e6 / ((double) r[0] * words / 1000.0);
        out.printf(Locale.ROOT, "single thread: %.3f ms per 1,000 words (%d passes, %d mentions a pass)%n", ms, r[0], r[2]);
        return ExitCodes.OK;
    }

    private static long[] run(Dateline d, List<String> texts, Anchor anchor, double secs) {
        long end = System.nanoTime() + (long) (secs * 1e9);
        long passes = 0;
        long t0 = System.nanoTime();
        long mentions = 0;
        do {
            mentions = 0;
            for (String t : texts) {
                mentions += d.process("bench", t, anchor).mentions().size();
            }
            passes++;
        } while (System.nanoTime() < end);
        return new long[]{passes, System.nanoTime() - t0, mentions};
    }
}
