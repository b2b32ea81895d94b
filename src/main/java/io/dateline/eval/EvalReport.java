package io.dateline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of a corpus. Immutable; every ratio is derived from {@link #counts()}.
 *
 * @param documents number of documents scored
 * @param counts    tallies summed over the documents
 * @param errors    every error, in document then text order
 * @param groups    the same report per group (e.g. {@code AQUAINT}, {@code TimeBank}) in
 *                  order; empty when the corpus was scored as one group. Group reports have
 *                  no groups of their own.
 */
public record EvalReport(int documents, Counts counts, List<EvalError> errors,
                         Map<String, EvalReport> groups) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public EvalReport {
        Objects.requireNonNull(counts, "counts");
        if (documents < 0) {
            throw new IllegalArgumentException("documents < 0");
        }
        errors = List.copyOf(errors);
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /** Sums group reports into one whose {@link #groups()} are those reports. */
    public static EvalReport combine(Map<String, EvalReport> groups) {
        int documents = 0;
        Counts counts = Counts.ZERO;
        List<EvalError> errors = new ArrayList<>();
        for (EvalReport g : groups.values()) {
            documents += g.documents();
            counts = counts.plus(g.counts());
            errors.addAll(g.errors());
        }
        return new EvalReport(documents, counts, errors, groups);
    }

    /** Exact-span precision, recall and F1. */
    public Prf strict() {
        return Prf.of(counts.strictMatched(), counts.system(), counts.gold());
    }

    /** Overlap precision, recall and F1. */
    public Prf relaxed() {
        return Prf.of(counts.relaxedMatched(), counts.system(), counts.gold());
    }

    public double typeAccuracy() {
        return ratio(counts.typeCorrect(), counts.relaxedMatched());
    }

    public double valueAccuracy() {
        return ratio(counts.valueCorrect(), counts.relaxedMatched());
    }

    public double modAccuracy() {
        return ratio(counts.modCorrect(), counts.relaxedMatched());
    }

    /** Relaxed F1 × type accuracy. */
    public double typeF1() {
        return relaxed().f1() * typeAccuracy();
    }

    /** Share of relaxed matches whose value is spelled exactly as the gold's. */
    public double spelledAccuracy() {
        return ratio(counts.valueSpelled(), counts.relaxedMatched());
    }

    /** Relaxed F1 × value accuracy: the TempEval-3 value score. */
    public double valueF1() {
        return relaxed().f1() * valueAccuracy();
    }

    /** Number of errors of each kind, every kind present. */
    public Map<EvalError.Kind, Integer> errorCounts() {
        Map<EvalError.Kind, Integer> m = new EnumMap<>(EvalError.Kind.class);
        for (EvalError.Kind k : EvalError.Kind.values()) {
            m.put(k, 0);
        }
        errors.forEach(e -> m.merge(e.kind(), 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** A compact table of the scores (percentages), per group when there are several. */
    public String toText(boolean withErrors) {
        StringBuilder b = new StringBuilder();
        b.append(fmt("TIMEX3 evaluation: %d documents, %d gold, %d system%n",
                documents, counts.gold(), counts.system()));
        b.append(fmt("%-9s %8s %8s %8s %8s%n", "span", "matched", "P", "R", "F1"));
        Prf s = strict();
        Prf r = relaxed();
        b.append(fmt("%-9s %8d %8.2f %8.2f %8.2f%n", "strict", counts.strictMatched(),
                pct(s.precision()), pct(s.recall()), pct(s.f1())));
        b.append(fmt("%-9s %8d %8.2f %8.2f %8.2f%n", "relaxed", counts.relaxedMatched(),
                pct(r.precision()), pct(r.recall()), pct(r.f1())));
        b.append(fmt("%-9s %8s %8s %8s%n", "attribute", "correct", "accuracy", "F1"));
        b.append(fmt("%-9s %8d %8.2f %8.2f%n", "type", counts.typeCorrect(),
                pct(typeAccuracy()), pct(typeF1())));
        b.append(fmt("%-9s %8d %8.2f %8.2f%n", "value", counts.valueCorrect(),
                pct(valueAccuracy()), pct(valueF1())));
        b.append(fmt("%-9s %8d %8.2f %8.2f   (values spelled exactly as the gold)%n", "spelled",
                counts.valueSpelled(), pct(spelledAccuracy()), pct(relaxed().f1() * spelledAccuracy())));
        b.append(fmt("%-9s %8d %8.2f %8s%n", "mod", counts.modCorrect(), pct(modAccuracy()), "-"));
        if (groups.size() > 1) {
            b.append(fmt("%n%-12s %5s %6s %6s %9s %10s %9s %8s%n", "group", "docs", "gold", "system",
                    "strict F1", "relaxed F1", "value acc", "value F1"));
            groups.forEach((name, g) -> b.append(fmt("%-12s %5d %6d %6d %9.2f %10.2f %9.2f %8.2f%n",
                    name, g.documents(), g.counts().gold(), g.counts().system(), pct(g.strict().f1()),
                    pct(g.relaxed().f1()), pct(g.valueAccuracy()), pct(g.valueF1()))));
        }
        if (withErrors) {
            b.append(fmt("%nerrors:"));
            errorCounts().forEach((k, n) -> b.append(fmt(" %s %d", k, n)));
            b.append(fmt("%n"));
            errors.forEach(e -> b.append(e.toLine()).append(fmt("%n")));
        }
        return b.toString();
    }

    /**
     * The report as a JSON tree: counts, fractions in [0, 1], per-group scores and, when asked,
     * the errors.
     */
    public ObjectNode toJsonTree(boolean withErrors) {
        ObjectNode o = JSON.createObjectNode();
        o.put("documents", documents);
        o.set("counts", JSON.valueToTree(counts));
        o.set("strict", JSON.valueToTree(strict()));
        o.set("relaxed", JSON.valueToTree(relaxed()));
        o.put("typeAccuracy", typeAccuracy());
        o.put("valueAccuracy", valueAccuracy());
        o.put("modAccuracy", modAccuracy());
        o.put("typeF1", typeF1());
        o.put("valueF1", valueF1());
        o.put("spelledAccuracy", spelledAccuracy());
        ObjectNode kinds = o.putObject("errorCounts");
        errorCounts().forEach((k, n) -> kinds.put(k.name(), n));
        if (!groups.isEmpty()) {
            ObjectNode gs = o.putObject("groups");
            groups.forEach((name, g) -> gs.set(name, g.toJsonTree(false)));
        }
        if (withErrors) {
            ArrayNode es = o.putArray("errors");
            errors.forEach(e -> es.add(JSON.valueToTree(e)));
        }
        return o;
    }

    /** {@link #toJsonTree(boolean)} with errors, pretty-printed. */
    public String toJson() {
        return toJson(true);
    }

    public String toJson(boolean withErrors) {
        try {
            return JSON.writeValueAsString(toJsonTree(withErrors));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double pct(double fraction) {
        return 100 * fraction;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
