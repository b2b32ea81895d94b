package io.dateline.compare;

import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.grammar.GrammarException;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Example report sets for {@code dateline compare} ({@code examples/compare/}, format in its
 * README): an {@code NAME.expect} file states what the comparison of its reports must show,
 * one expectation a line, each a test named {@code file:line}:
 *
 * <pre>
 * &#64;reports NAME.jsonl                 # the reports (default: the .jsonl of the same name)
 * conflict coastline-wire suggested=2024-05-14 others=tidewater,harbor-gazette
 * noconflict ferry-desk
 * group counted=person event=killed docs=a,b,c values=12,15,19 agree=true
 * entry value=2025-03-03 mod=START docs=a,b,c
 * warnings 0
 * warning~=cannot be told
 * </pre>
 *
 * A line this runner cannot read stops the load with {@code file:line: what is wrong}.
 */
public final class CompareExamples {

    /** One expectation line. */
    public record Expectation(String file, int line, String kind, String subject, Map<String, String> args) {
        public String location() {
            return file + ":" + line;
        }
    }

    /** One report set and its expectations. */
    public record ExampleSet(Path expectFile, List<Path> reports, List<Expectation> expectations, List<Named> named) {

        /** A set of {@code @reports} files only. */
        public ExampleSet(Path expectFile, List<Path> reports, List<Expectation> expectations) {
            this(expectFile, reports, expectations, List.of());
        }
    }

    /**
     * A report given by an {@code @report FILE id=ID [published=DATE]} line: one text file read
     * as one report with that id and, when given, that publication date (as metadata would give it).
     */
    public record Named(Path file, String id, String published) {
    }

    private static final Map<String, Set<String>> KEYS = Map.of(
            "conflict", Set.of("suggested", "others", "reason~"),
            "noconflict", Set.of(),
            "group", Set.of("counted", "event", "dimension", "unit", "docs", "values", "agree", "scope", "parts", "note~",
                    "concept~", "why~"),
            "entry", Set.of("value", "mod", "docs", "mentions"),
            "day", Set.of("value", "docs", "times"),
            "noday", Set.of("value"),
            "warnings", Set.of(),
            "warning~", Set.of());

    private CompareExamples() {
    }

    /** Every {@code *.expect} file under {@code dir}, sorted. */
    public static List<ExampleSet> load(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".expect")).sorted().toList();
        } catch (IOException e) {
            throw new GrammarException(dir.toString(), 0, "cannot list: " + e.getMessage());
        }
        List<ExampleSet> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    static ExampleSet read(Path f) {
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GrammarException(f.toString(), 0, "cannot read: " + e.getMessage());
        }
        String file = f.toString();
        List<Path> reports = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        List<Expectation> exps = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int ln = i + 1;
            String l = lines[i];
            int hash = l.indexOf(" #");
            l = (l.startsWith("#") ? "" : hash >= 0 ? l.substring(0, hash) : l).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("@report ")) {
                named.add(named(f, file, ln, l));
                continue;
            }
            if (l.startsWith("@reports")) {
                for (String r : l.substring("@reports".length()).strip().split("\\s+")) {
                    Path p = f.resolveSibling(r);
                    if (r.isEmpty() || !Files.exists(p)) {
                        throw new GrammarException(file, ln, "no reports file '" + r + "' beside " + f.getFileName());
                    }
                    reports.add(p);
                }
                continue;
            }
            exps.add(parse(file, ln, l));
        }
        if (reports.isEmpty() && named.isEmpty()) {
            String name = f.getFileName().toString();
            Path p = f.resolveSibling(name.substring(0, name.length() - ".expect".length()) + ".jsonl");
            if (!Files.exists(p)) {
                throw new GrammarException(file, 1, "no @reports line and no " + p.getFileName() + " beside it");
            }
            reports.add(p);
        }
        if (exps.isEmpty()) {
            throw new GrammarException(file, 1, "no expectations");
        }
        return new ExampleSet(f, reports, exps, named);
    }

    private static Named named(Path f, String file, int ln, String l) {
        String[] words = l.substring("@report".length()).strip().split("\\s+");
        Path p = f.resolveSibling(words[0]);
        if (words[0].isEmpty() || !Files.isRegularFile(p)) {
            throw new GrammarException(file, ln, "no report file '" + words[0] + "' (a path from " + f.getFileName() + ")");
        }
        String id = null;
        String published = null;
        for (int k = 1; k < words.length; k++) {
            if (words[k].startsWith("id=")) {
                id = words[k].substring(3);
            } else if (words[k].startsWith("published=") && words[k].matches("published=\\d{4}-\\d{2}-\\d{2}")) {
                published = words[k].substring("published=".length());
            } else {
                throw new GrammarException(file, ln, "expected id=ID or published=DATE (2023-11-22), found '" + words[k] + "'");
            }
        }
        if (id == null || id.isEmpty()) {
            throw new GrammarException(file, ln, "@report needs id=ID");
        }
        return new Named(p, id, published);
    }

    private static Expectation parse(String file, int ln, String l) {
        if (l.startsWith("warning~=")) {
            return new Expectation(file, ln, "warning~", l.substring("warning~=".length()).strip(), Map.of());
        }
        String[] words = l.split("\\s+");
        String kind = words[0];
        Set<String> keys = KEYS.get(kind);
        if (keys == null) {
            throw new GrammarException(file, ln, "unknown expectation '" + kind + "' (expected conflict, noconflict, group, entry, day, noday, warnings, warning~=)");
        }
        String subject = null;
        Map<String, String> args = new LinkedHashMap<>();
        int k = 1;
        if (kind.equals("conflict") || kind.equals("noconflict") || kind.equals("warnings")) {
            if (words.length < 2 || words[1].contains("=")) {
                throw new GrammarException(file, ln, "'" + kind + "' needs " + (kind.equals("warnings") ? "a count" : "a report id"));
            }
            subject = words[1];
            k = 2;
            if (kind.equals("warnings") && !subject.matches("\\d+")) {
                throw new GrammarException(file, ln, "'warnings' needs a count, not '" + subject + "'");
            }
        }
        for (; k < words.length; k++) {
            String w = words[k];
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new GrammarException(file, ln, "expected key=value, found '" + w + "'");
            }
            String key = w.substring(0, eq);
            if (!keys.contains(key)) {
                throw new GrammarException(file, ln, "unknown key '" + key + "' for " + kind + " (known: " + String.join(", ", keys) + ")");
            }
            String value = w.substring(eq + 1);
            if (key.endsWith("~")) {
                // a contains-check takes the rest of the line
                value = l.substring(l.indexOf(w) + eq + 1).strip();
                args.put(key, value);
                break;
            }
            args.put(key, value);
        }
        String bad = badValue(args);
        if (bad != null) {
            throw new GrammarException(file, ln, bad);
        }
        if (kind.equals("group") && !(args.containsKey("counted") && args.containsKey("event"))) {
            throw new GrammarException(file, ln, "a group is named by counted= and event= (write null for none)");
        }
        if ((kind.equals("entry") || kind.equals("day") || kind.equals("noday")) && !args.containsKey("value")) {
            throw new GrammarException(file, ln, "an entry or day is named by value=");
        }
        return new Expectation(file, ln, kind, subject, args);
    }

    /** What is wrong with a value that must be a number, a count, a boolean or a date; null when nothing is. */
    private static String badValue(Map<String, String> args) {
        String v = args.get("values");
        if (v != null) {
            for (String x : v.split(",")) {
                if (!x.strip().matches("-?\\d+(\\.\\d+)?")) {
                    return "values= takes numbers separated by commas, not '" + x + "'";
                }
            }
        }
        String m = args.get("mentions");
        if (m != null && !m.matches("\\d+")) {
            return "mentions= takes a count, not '" + m + "'";
        }
        String t = args.get("times");
        if (t != null && !t.matches("\\d+")) {
            return "times= takes a count, not '" + t + "'";
        }
        String parts = args.get("parts");
        if (parts != null && !parts.matches("-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?)*")) {
            return "parts= takes numbers separated by commas, not '" + parts + "'";
        }
        String a = args.get("agree");
        if (a != null && !a.equals("true") && !a.equals("false")) {
            return "agree= takes true or false, not '" + a + "'";
        }
        String d = args.get("suggested");
        if (d != null && !d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "suggested= takes a date (2024-05-14), not '" + d + "'";
        }
        return null;
    }

    /** Compares a set's reports as {@code dateline compare} does (built-in grammar, anchors from each report). */
    public static Comparison compare(ExampleSet set, Dateline dateline) {
        Processor processor = new Processor(dateline, new AnchorDetector(), AnchorRequest.none());
        InputReader reader = new InputReader();
        List<Comparer.Input> inputs = new ArrayList<>();
        for (Path p : set.reports()) {
            Iterator<InputItem> it = reader.iterator(p.toString());
            while (it.hasNext()) {
                inputs.add(new Comparer.Input(p.toString(), processor.process(it.next())));
            }
        }
        for (Named n : set.named()) {
            String text;
            try {
                text = Files.readString(n.file(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new GrammarException(n.file().toString(), 0, "cannot read: " + e.getMessage());
            }
            io.dateline.input.SourceDocument d = io.dateline.input.SourceDocument.ofText(n.id(), text);
            if (n.published() != null) {
                d = d.withPublishedHint(n.published(), "the example set");
            }
            inputs.add(new Comparer.Input(n.file().toString(), processor.process(d)));
        }
        return new Comparer(dateline).compare(inputs);
    }

    /** Null when the comparison shows what the line expects, else what it shows instead. */
    public static String check(Expectation e, Comparison c) {
        return ExpectationCheck.check(e, c);
    }
}
