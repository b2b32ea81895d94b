package io.dateline.cli;


import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code dateline bench --startup}: one article end to end, each run a fresh JVM, for each way
 * of starting (plain {@code java -jar}; with the class-data archive; with the short-run JIT
 * settings; {@code bin/dateline}, which uses both), the runs interleaved so that a busy moment
 * of the machine touches every way alike; reported is the median wall time of each.
 */
final class StartupBench {

    private StartupBench() {
    }

    static int run(BenchCommand b, PrintWriter out, PrintWriter err) throws Exception {
        Path root = projectRoot();
        Path jar = root.resolve("target/dateline.jar");
        Path jsa = root.resolve("target/dateline.jsa");
        Path launcher = root.resolve("bin/dateline");
        if (!Files.isRegularFile(jar)) {
            err.println("dateline bench --startup: " + jar + " not found (build it: mvn -B -q package -DskipTests)");
            return ExitCodes.BAD_INPUT;
        }
        Path article = b.files.isEmpty() ? defaultArticle(root) : Path.of(b.files.get(0));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> job = List.of("-q", "--published", "2023-11-22", article.toString());
        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put("java -jar --version", cmd(List.of(java, "-jar", jar.toString(), "--version"), List.of()));
        ways.put("java -jar", cmd(List.of(java, "-jar", jar.toString()), job));
        if (Files.isRegularFile(jsa)) {
            ways.put("java -jar + archive", cmd(List.of(java, "-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-jar", jar.toString()), job));
        }
        ways.put("java -jar + short-run JIT", cmd(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString()), job));
        if (Files.isRegularFile(launcher)) {
            ways.put("bin/dateline", cmd(List.of(launcher.toString()), job));
        }
        out.printf(Locale.ROOT, "article: %s; %d runs of each way, interleaved; load average before: %s%n", article, b.runs, load());
        out.flush();
        Map<String, double[]> times = new LinkedHashMap<>();
        ways.keySet().forEach(k -> times.put(k, new double[b.runs]));
        for (String k : ways.keySet()) {
            time(ways.get(k), root); // one unmeasured run each: the files are in the page cache after it
        }
        for (int i = 0; i < b.runs; i++) {
            for (var e : ways.entrySet()) {
                times.get(e.getKey())[i] = time(e.getValue(), root);
            }
        }
        for (var e : times.entrySet()) {
            double[] xs = e.getValue().clone();
            Arrays.sort(xs);
            out.printf(Locale.ROOT, "%-26s median %.3f s  (best %.3f, worst %.3f)%n", e.getKey(), xs[xs.length / 2], xs[0], xs[xs.length - 1]);
        }
        out.printf(Locale.ROOT, "load average after: %s%n", load());
        out.flush();
        return ExitCodes.OK;
    }

    private static List<String> cmd(List<String> head, List<String> tail) {
        List<String> c = new ArrayList<>(head);
        c.addAll(tail);
        return c;
    }

    /** Wall seconds of one run; a run that fails is an error, not a time. */
    private static double time(List<String> cmd, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        int code = pb.start().waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("exit " + code + " from: " + String.join(" ", cmd));
        }
        return s;
    }

    private static Path defaultArticle(Path root) throws java.io.IOException {
        Path seeds = root.resolve("../shared/seeds");
        if (Files.isDirectory(seeds)) {
            try (var s = Files.list(seeds)) {
                var first = s.filter(x -> x.toString().endsWith(".txt")).sorted().findFirst();
                if (first.isPresent()) {
                    return first.get().normalize();
                }
            }
        }
        return root.resolve("examples/articles/harbor-strike.txt");
    }

    /** The folder holding target/ (the jar this runs from is target/dateline.jar or target/classes). */
    static Path projectRoot() throws Exception {
        Path code = Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = code.getParent();
        if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")) {
            return target.getParent();
        }
        return Path.of("").toAbsolutePath();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

}
