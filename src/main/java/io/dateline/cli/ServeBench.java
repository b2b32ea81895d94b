package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.service.DatelineService;
import io.dateline.service.LoadBench;
import io.dateline.service.ServiceOptions;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code dateline bench --serve}: the service under N concurrent clients, for a 600-word
 * article and for short texts (one sentence each).
 */
final class ServeBench {

    private ServeBench() {
    }

    static int run(BenchCommand b, PrintWriter out, PrintWriter err) throws Exception {
        String article = b.files.isEmpty() ? article600() : java.nio.file.Files.readString(Path.of(b.files.get(0)));
        List<String> sentences = new ArrayList<>();
        for (String s : article.split("(?<=[.!?])\\s+")) {
            int words = s.split("\\s+").length;
            if (words >= 6 && words <= 40) {
                sentences.add(LoadBench.body(s, "2024-01-23"));
            }
        }
        DatelineService server = null;
        URI base;
        if (b.url == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            server = DatelineService.start(ServiceOptions.defaults().withPort(0).withLog(l -> { }),
                    kinds -> kinds == null ? Dateline.builder().build() : Dateline.builder().only(kinds).build());
            server.awaitReady();
            base = URI.create("http://127.0.0.1:" + server.port());
        } else {
            base = URI.create(b.url);
        }
        out.printf(Locale.ROOT, "service at %s; java %s, %d cores; warm-up %.0f s, then %.0f s a workload%n", base,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), b.warmup, b.seconds);
        out.printf(Locale.ROOT, "article: %d words; short texts: %d sentences of 6-40 words%n", article.split("\\s+").length, sentences.size());
        out.flush();
        try {
            List<LoadBench.Result> rs = new ArrayList<>();
            String name = b.files.isEmpty() ? "600-word article" : article.split("\\s+").length + "-word article";
            rs.add(LoadBench.run(name, base, List.of(LoadBench.body(article, "2024-01-23")), b.clients, b.warmup, b.seconds));
            out.println(rs.get(0).line());
            out.flush();
            // the engine on the same document in this process, batch on as many threads as there
            // are clients: the service's figure as a ratio measured in the same run
            io.dateline.Processor proc = new io.dateline.Processor(Dateline.builder().build(), new io.dateline.anchor.AnchorDetector(),
                    io.dateline.anchor.AnchorRequest.none().withPublished("2024-01-23"), true); // as the service: the language detected
            BenchCommand.batch(proc, List.of(article), b.clients, b.warmup);
            double[] e = BenchCommand.batch(proc, List.of(article), b.clients, b.seconds);
            double engine = e[0] / e[1];
            out.printf(Locale.ROOT, "engine in process, batch on %d threads, same article: %.0f docs/s; the service: %.2fx the engine%n",
                    b.clients, engine, rs.get(0).perSecond() / engine);
            out.flush();
            rs.add(LoadBench.run("short texts", base, sentences, b.clients, b.warmup, b.seconds));
            out.println(rs.get(1).line());
            out.flush();
            return rs.stream().anyMatch(r -> r.errors() > 0) ? ExitCodes.FAILURES : ExitCodes.OK;
        } finally {
            if (server != null) {
                server.stop(4000);
            }
        }
    }

    /** About 600 words of news: the seed article nearest that length, else the shipped articles. */
    static String article600() throws java.io.IOException {
        Path seeds = Path.of("../shared/seeds");
        String best = null;
        if (Files.isDirectory(seeds)) {
            try (var s = Files.list(seeds)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    String t = Files.readString(p);
                    if (best == null || Math.abs(words(t) - 600) < Math.abs(words(best) - 600)) {
                        best = t;
                    }
                }
            }
        }
        if (best == null) {
            StringBuilder sb = new StringBuilder();
            try (var s = Files.list(Path.of("examples/articles"))) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    sb.append(Files.readString(p)).append("\n\n");
                }
            }
            best = sb.toString();
        }
        // cut (or repeat) to about 600 words, at a sentence end
        StringBuilder sb = new StringBuilder();
        while (words(sb.toString()) < 600) {
            for (String sentence : best.split("(?<=[.!?])\\s+")) {
                sb.append(sentence).append(' ');
                if (words(sb.toString()) >= 600) {
                    break;
                }
            }
        }
        return sb.toString().strip();
    }

    private static int words(String t) {
        return t.isBlank() ? 0 : t.strip().split("\\s+").length;
    }
}
