package io.dateline.eval;

import io.dateline.anchor.AnchorCandidate;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.anchor.AnchorResult;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores publication dates against a gold file in the format of
 * {@code corpora/htmldate-dev/gold.json}: {@code {"pages/0001.html": {"date": "2018-02-15",
 * "set": "default", "url": ...}}}, paths relative to the gold file. A page is right when the
 * anchor's day is the gold day, wrong when it is another day, none when no anchor was found.
 * Precision = right/(right+wrong), recall = right/(right+none), accuracy = right/all (the
 * measures of htmldate's evaluation). A gold date that is not a string ({@code NaN}) means the page
 * has none: finding none is then counted as right for accuracy ("no date"), a date as wrong.
 */
public final class AnchorEvaluation {

    /** One page's outcome. */
    public record Page(String path, String set, String gold, String found, String source, String confidence,
                       List<String> candidates, String error) {
        /** right, wrong, none; for a page whose gold has no date: "no date" (none found) or wrong. */
        public String verdict() {
            if (gold == null) {
                return found == null ? "no date" : "wrong";
            }
            return found == null ? "none" : found.equals(gold) ? "right" : "wrong";
        }
    }

    /** Counts of one set. */
    public static final class Tally {
        int right;
        int wrong;
        int none;
        int noDate;

        void add(Page p) {
            switch (p.verdict()) {
                case "right" -> right++;
                case "wrong" -> wrong++;
                case "no date" -> noDate++;
                default -> none++;
            }
        }

        public int all() {
            return right + wrong + none + noDate;
        }

        public double precision() {
            return right + wrong == 0 ? 0 : (double) right / (right + wrong);
        }

        public double recall() {
            return right + none == 0 ? 0 : (double) right / (right + none);
        }

        public double accuracy() {
            return all() == 0 ? 0 : (double) (right + noDate) / all();
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-10s %4d pages  right %4d  wrong %3d  none %3d  accuracy %.3f  precision %.3f  recall %.3f",
                    name, all(), right, wrong, none, accuracy(), precision(), recall());
        }
    }

    private AnchorEvaluation() {
    }

    /**
     * Reads every page of the gold file and scores it.
     *
     * @throws IllegalArgumentException when the gold file is unreadable or malformed
     */
    public static List<Page> run(Path goldFile, AnchorDetector detector, AnchorRequest request) {
        JsonNode gold;
        try {
            gold = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                    .readTree(Files.readString(goldFile));
        } catch (IOException e) {
            throw new IllegalArgumentException(goldFile + ": cannot read the gold file (" + e.getMessage() + ")");
        }
        if (gold == null || !gold.isObject()) {
            throw new IllegalArgumentException(goldFile + ": expected a JSON object of pages");
        }
        Path base = goldFile.toAbsolutePath().getParent();
        InputReader reader = new InputReader();
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode date = e.getValue().path("date");
            String day = date.isTextual() ? date.asText() : null;
            String set = e.getValue().path("set").asText("default");
            if (day != null && !day.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalArgumentException(goldFile + ": page " + e.getKey() + " has no date YYYY-MM-DD");
            }
            pages.add(score(base.resolve(e.getKey()), e.getKey(), set, day, reader, detector, request));
        }
        return pages;
    }

    private static Page score(Path file, String key, String set, String day, InputReader reader,
                              AnchorDetector detector, AnchorRequest request) {
        List<InputItem> items;
        try (var s = reader.read(file)) {
            items = s.toList();
        }
        if (items.isEmpty()) {
            return new Page(key, set, day, null, null, null, List.of(), "no document");
        }
        if (items.get(0) instanceof InputError err) {
            return new Page(key, set, day, null, null, null, List.of(), err.toString());
        }
        SourceDocument doc = (SourceDocument) items.get(0);
        AnchorResult r = detector.detect(doc, request);
        List<String> cands = new ArrayList<>();
        for (AnchorCandidate c : r.candidates()) {
            cands.add(c.toString());
        }
        return new Page(key, set, day, r.anchor() == null ? null : r.anchor().date().toString(),
                r.anchor() == null ? null : r.anchor().source(),
                r.anchor() == null ? null : r.anchor().confidence(), cands, null);
    }

    /** The report: one line per set and one for all, then (with {@code errors}) every miss. */
    public static String report(List<Page> pages, boolean errors) {
        Map<String, Tally> bySet = new TreeMap<>();
        Tally all = new Tally();
        for (Page p : pages) {
            bySet.computeIfAbsent(p.set(), k -> new Tally()).add(p);
            all.add(p);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Tally> e : bySet.entrySet()) {
            sb.append(e.getValue().line(e.getKey())).append('\n');
        }
        sb.append(all.line("all")).append('\n');
        Map<String, int[]> bySource = new TreeMap<>();
        for (Page p : pages) {
            if (p.found() != null) {
                int[] rw = bySource.computeIfAbsent(p.source() + "/" + p.confidence(), k -> new int[2]);
                rw[p.verdict().equals("right") ? 0 : 1]++;
            }
        }
        sb.append("by source/confidence (right/wrong):");
        bySource.forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
        sb.append('\n');
        // calibration: the share of anchors on the right day at each confidence level
        Map<String, int[]> byLevel = new TreeMap<>();
        bySource.forEach((k, v) -> {
            int[] rw = byLevel.computeIfAbsent(k.substring(k.indexOf('/') + 1), x -> new int[2]);
            rw[0] += v[0];
            rw[1] += v[1];
        });
        sb.append("by confidence (right/anchored, share right):");
        byLevel.forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[0] + v[1])
                .append(' ').append(String.format(java.util.Locale.ROOT, "%.3f", v[0] / (double) (v[0] + v[1]))));
        sb.append('\n');
        if (errors) {
            for (Page p : pages) {
                if (p.verdict().equals("right")) {
                    continue;
                }
                sb.append('\n').append(p.verdict()).append(' ').append(p.path()).append(" [").append(p.set())
                        .append("] gold ").append(p.gold()).append(", found ")
                        .append(p.found() == null ? "none" : p.found() + " (" + p.source() + ", " + p.confidence() + ")")
                        .append('\n');
                if (p.error() != null) {
                    sb.append("  error: ").append(p.error()).append('\n');
                }
                for (String c : p.candidates()) {
                    sb.append("  ").append(c).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The tally over all pages (for tests and floors). */
    public static Tally total(List<Page> pages) {
        Tally t = new Tally();
        pages.forEach(t::add);
        return t;
    }
}
