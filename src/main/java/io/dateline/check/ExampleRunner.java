package io.dateline.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Mention;
import io.dateline.grammar.GrammarException;
import io.dateline.output.JsonOutput;
import io.dateline.resolve.Policy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs examples against a configured Dateline: the engine behind the JUnit suite and
 * {@code dateline check}. Expected fields are compared with the mention's JSON output, so an
 * example speaks the same field names as the output ({@code value}, {@code type}, {@code mod},
 * {@code min}, {@code unit}, {@code interval.start} ...).
 */
public final class ExampleRunner {

    /** The result of one example. */
    public record Outcome(ExampleFile.Example example, boolean passed, String message, List<String> rules) {
    }

    private final Map<Policy, Dateline> byPolicy = new EnumMap<>(Policy.class);
    private final Function<Policy, Dateline> factory;

    /** @param factory builds a Dateline for a policy (grammar folders and dimensions as the caller wants) */
    public ExampleRunner(Function<Policy, Dateline> factory) {
        this.factory = factory;
    }

    /**
     * True for a file in a folder named {@code anchors}: those hold publication-date examples
     * in their own format ({@link io.dateline.check.AnchorExamples}) and are not loaded here.
     */
    public static boolean isAnchorExample(Path file) {
        Path parent = file.getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("anchors");
    }

    /** The {@code *.examples} files under {@code dir}, sorted: the anchor examples or all the others. */
    public static List<Path> files(Path dir, boolean anchors) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".examples") && isAnchorExample(p) == anchors).sorted().toList();
        } catch (IOException e) {
            throw new GrammarException(dir.toString(), 0, "cannot list: " + e.getMessage());
        }
    }

    /** Every {@code *.examples} file under {@code dir}, sorted; the kind defaults to the folder name under it. */
    public static List<ExampleFile.Example> load(Path dir) {
        List<Path> files = files(dir, false);
        List<ExampleFile.Example> out = new ArrayList<>();
        for (Path f : files) {
            String kind = null;
            for (Path p = f.getParent(); p != null && !p.equals(dir.getParent()); p = p.getParent()) {
                String n = p.getFileName() == null ? "" : p.getFileName().toString();
                if (n.equals("time") || n.equals("quantity") || n.equals("negative")) {
                    kind = n.equals("negative") ? "time" : n;
                    break;
                }
            }
            out.addAll(ExampleFile.read(f, kind));
        }
        return out;
    }

    public Outcome run(ExampleFile.Example ex) {
        Dateline d = byPolicy.computeIfAbsent(ex.policy(), factory);
        if (ex.lang() != null) {
            d = d.forLanguage(ex.lang());
        }
        DocumentResult r = d.process(ex.location(), ex.input(), ex.anchor());
        List<Mention> ofKind = r.mentions().stream().filter(m -> kindMatches(m, ex.kind())).toList();
        if (ex.negative()) {
            for (Mention m : ofKind) {
                if (m.start() < ex.spanEnd() && ex.spanStart() < m.end()) {
                    return new Outcome(ex, false, "expected no " + ex.kind() + " mention, found " + describe(m), m.rules());
                }
            }
            // a negative example exercises the blocking rules that fire on it
            List<io.dateline.text.Token> toks = io.dateline.text.Tokenizer.tokenize(io.dateline.text.TextNormalizer.fold(ex.input()));
            List<String> blocks = d.grammar().scan(toks).stream().filter(m -> m.kind().equals("_block"))
                    .map(m -> m.rule().id()).distinct().toList();
            return new Outcome(ex, true, "ok", blocks);
        }
        String want = sub(ex.input(), ex.spanStart(), ex.spanEnd());
        for (Mention m : ofKind) {
            JsonNode j = JsonOutput.mention(m, false);
            boolean span = (m.start() == ex.spanStart() && m.end() == ex.spanEnd())
                    || (j.path("timex").path("start").asInt(-1) == ex.spanStart() && j.path("timex").path("end").asInt(-1) == ex.spanEnd());
            if (!span) {
                continue;
            }
            List<String> diffs = new ArrayList<>();
            for (Map.Entry<String, String> e : ex.expected().entrySet()) {
                String key = e.getKey();
                boolean contains = key.endsWith("~");
                String path = contains ? key.substring(0, key.length() - 1) : key;
                String got = text(j, path);
                if (contains ? !got.contains(e.getValue()) : !same(got, e.getValue())) {
                    diffs.add(path + ": expected " + e.getValue() + ", got " + got);
                }
            }
            if (diffs.isEmpty()) {
                return new Outcome(ex, true, "ok", m.rules());
            }
            return new Outcome(ex, false, "'" + want + "': " + String.join("; ", diffs) + " (rules " + m.rules() + ")", m.rules());
        }
        List<String> found = ofKind.stream().map(ExampleRunner::describe).toList();
        return new Outcome(ex, false, "expected a " + ex.kind() + " mention over '" + want + "', found " + (found.isEmpty() ? "none" : found), List.of());
    }

    private static boolean kindMatches(Mention m, String kind) {
        return m.kind().equals(kind);
    }

    private static String sub(String s, int cpStart, int cpEnd) {
        return s.substring(s.offsetByCodePoints(0, cpStart), s.offsetByCodePoints(0, cpEnd));
    }

    private static String describe(Mention m) {
        JsonNode j = JsonOutput.mention(m, false);
        return "'" + m.text() + "' = " + j.path("value").asText() + " " + m.rules();
    }

    static String text(JsonNode j, String path) {
        JsonNode n = j;
        for (String p : path.split("\\.")) {
            n = n.path(p);
        }
        if (n.isMissingNode() || n.isNull()) {
            return "null";
        }
        if (n.isArray()) {
            List<String> xs = new ArrayList<>();
            n.forEach(x -> xs.add(x.asText()));
            return String.join(",", xs);
        }
        return n.asText();
    }

    private static boolean same(String got, String want) {
        if (got.equals(want)) {
            return true;
        }
        try {
            return new BigDecimal(got).compareTo(new BigDecimal(want)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Ids of rules (of the given ones) that no passing example used. */
    public static Set<String> unexercised(Set<String> ruleIds, List<Outcome> outcomes) {
        Set<String> left = new TreeSet<>(ruleIds);
        for (Outcome o : outcomes) {
            if (o.passed()) {
                o.rules().forEach(left::remove);
            }
        }
        return left;
    }
}
