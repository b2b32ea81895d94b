package io.dateline.architecture;

import io.dateline.testing.TestPaths;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layout as the pipeline: package dependencies point one way, each layer uses only the
 * layers below it, only the time resolver reads the anchor, and no main source file is over
 * 400 lines.
 */
class LayeringTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?(io\\.dateline(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);
    private static final int MAX_LINES = 400;

    /** What each package may import from Dateline (besides itself); absent packages are free. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("value", Set.of()),
            Map.entry("input", Set.of()),
            Map.entry("anchor.zone", Set.of()),
            Map.entry("grammar", Set.of("text")),
            Map.entry("anchor", Set.of("anchor.zone", "input", "value", "text", "grammar")),
            Map.entry("resolve", Set.of("grammar", "text", "value")),
            Map.entry("resolve.time", Set.of("resolve", "grammar", "text", "value")),
            Map.entry("resolve.quantity", Set.of("resolve", "resolve.time", "grammar", "text", "value")),
            Map.entry("output", Set.of("", "input", "text", "value")));

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> s = Files.walk(TestPaths.root().resolve("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String shortName(String pkg) {
        return pkg.equals("io.dateline") ? "" : pkg.substring("io.dateline.".length());
    }

    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Path p : mainSources()) {
            String src = Files.readString(p, StandardCharsets.UTF_8);
            Matcher pm = PACKAGE.matcher(src);
            if (!pm.find()) {
                continue;
            }
            String pkg = shortName(pm.group(1));
            Set<String> deps = g.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher im = IMPORT.matcher(src);
            while (im.find()) {
                String dep = shortName(im.group(1));
                if (!dep.equals(pkg)) {
                    deps.add(dep);
                }
            }
        }
        return g;
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() throws IOException {
        Map<String, Set<String>> g = graph();
        assertTrue(g.keySet().containsAll(ALLOWED.keySet()), "packages present: " + g.keySet());
        List<String> offences = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
            for (String dep : g.getOrDefault(e.getKey(), Set.of())) {
                if (!e.getValue().contains(dep)) {
                    offences.add("io.dateline." + e.getKey() + " imports io.dateline" + (dep.isEmpty() ? "" : "." + dep));
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void noPackageCycles() throws IOException {
        Map<String, Set<String>> g = graph();
        List<String> cycles = new ArrayList<>();
        for (String start : g.keySet()) {
            // a path from a dependency of start back to start is a cycle through start
            for (String dep : g.get(start)) {
                List<String> path = pathTo(g, dep, start, new TreeSet<>());
                if (path != null) {
                    cycles.add(start + " -> " + String.join(" -> ", path));
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    private static List<String> pathTo(Map<String, Set<String>> g, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return new ArrayList<>(List.of(to));
        }
        if (!seen.add(from)) {
            return null;
        }
        for (String next : g.getOrDefault(from, Set.of())) {
            List<String> rest = pathTo(g, next, to, seen);
            if (rest != null) {
                rest.add(0, from);
                return rest;
            }
        }
        return null;
    }

    @Test
    void onlyTheTimeResolverReadsTheAnchorAmongTheResolvers() throws IOException {
        Pattern reads = Pattern.compile("\\banchor\\(\\)\\s*\\.|\\bAnchor\\b");
        List<String> offenders = new ArrayList<>();
        for (Path p : mainSources()) {
            String rel = TestPaths.root().resolve("src/main/java").relativize(p).toString().replace('\\', '/');
            boolean resolver = rel.startsWith("io/dateline/resolve/") || rel.startsWith("io/dateline/grammar/");
            boolean allowed = rel.startsWith("io/dateline/resolve/time/")
                    || rel.equals("io/dateline/resolve/DocumentContext.java");
            if (resolver && !allowed && reads.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()) {
                offenders.add(rel);
            }
        }
        assertEquals(List.of(), offenders, "only io.dateline.resolve.time reads the anchor");
    }

    @Test
    void noMainSourceFileIsOverTheLimit() throws IOException {
        List<String> big = new ArrayList<>();
        for (Path p : mainSources()) {
            long n;
            try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
                n = lines.count();
            }
            if (n > MAX_LINES) {
                big.add(TestPaths.root().relativize(p) + ": " + n + " lines");
            }
        }
        assertEquals(List.of(), big, "no main source file over " + MAX_LINES + " lines");
    }
}
