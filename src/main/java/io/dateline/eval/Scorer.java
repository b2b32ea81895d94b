package io.dateline.eval;

import io.dateline.text.CodePointText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores system TIMEX3s against gold the way TempEval-3 does.
 *
 * <p>Per document, gold and system TIMEX3s are paired one to one: every overlapping (gold,
 * system) pair is a candidate; candidates are taken greedily by decreasing overlap (in code
 * points), ties going first to exact spans, then to the pair whose boundaries differ least,
 * then to document order; a candidate is kept when neither side is paired yet. Every kept pair
 * is a relaxed match; those with identical start and end are strict matches.
 *
 * <ul>
 *   <li>strict and relaxed precision = matched / system, recall = matched / gold, F1 their
 *       harmonic mean;</li>
 *   <li>type, value and mod accuracy = correct / relaxed matches; strings compared exactly
 *       after trimming, a missing attribute counting as empty, except that values compare by
 *       meaning where two spellings are exactly the same value ({@link TimexValues}: "2000-W7"
 *       and "2000-W07", "P1E" and "P10Y"); the count of values spelled the same is kept too;</li>
 *   <li>value F1 = relaxed F1 × value accuracy (likewise type F1).</li>
 * </ul>
 *
 * <p>Counts are summed over the corpus before any ratio is taken (micro average).
 */
public final class Scorer {

    /** Code points of context shown on each side of an error. */
    static final int CONTEXT = 30;

    private Scorer() {
    }

    /** Runs the annotator over every document and scores the corpus as one group. */
    public static EvalReport score(List<TimeMlDocument> documents, TimexAnnotator annotator) {
        Objects.requireNonNull(annotator, "annotator");
        Counts counts = Counts.ZERO;
        List<EvalError> errors = new ArrayList<>();
        for (TimeMlDocument doc : documents) {
            DocumentScore s = scoreDocument(doc, annotate(doc, annotator));
            counts = counts.plus(s.counts());
            errors.addAll(s.errors());
        }
        return new EvalReport(documents.size(), counts, errors, Map.of());
    }

    /**
     * Scores each named group of documents, then the whole; the groups keep the map's order
     * and appear in {@link EvalReport#groups()}.
     */
    public static EvalReport score(Map<String, List<TimeMlDocument>> groups, TimexAnnotator annotator) {
        Map<String, EvalReport> reports = new LinkedHashMap<>();
        groups.forEach((name, docs) -> reports.put(name, score(docs, annotator)));
        return EvalReport.combine(reports);
    }

    private static List<SystemTimex> annotate(TimeMlDocument doc, TimexAnnotator annotator) {
        List<SystemTimex> found;
        try {
            found = annotator.annotate(doc.text(), doc.dct());
        } catch (RuntimeException e) {
            throw new IllegalStateException("annotator failed on " + doc.id() + ": " + e, e);
        }
        if (found == null) {
            throw new IllegalStateException("annotator returned null for " + doc.id());
        }
        return found;
    }

    private record Candidate(int gold, int system, int overlap, boolean exact, int distance) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt(Candidate::overlap).reversed()
            .thenComparing(Candidate::exact, Comparator.reverseOrder())
            .thenComparingInt(Candidate::distance)
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::system);

    /**
     * Scores one document against the given system output.
     *
     * @throws IllegalArgumentException when a system TIMEX3 has offsets outside the text or an
     *                                  empty or reversed span
     */
    public static DocumentScore scoreDocument(TimeMlDocument doc, List<SystemTimex> system) {
        CodePointText index = new CodePointText(doc.text());
        List<SystemTimex> sys = List.copyOf(system);
        for (SystemTimex s : sys) {
            if (s.start() < 0 || s.end() <= s.start() || s.end() > index.length()) {
                throw new IllegalArgumentException("system TIMEX3 " + s + " in " + doc.id()
                        + " is outside the text (length " + index.length() + " code points) or empty");
            }
        }
        List<GoldTimex> gold = doc.timexes();

        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldTimex gt = gold.get(g);
            for (int s = 0; s < sys.size(); s++) {
                SystemTimex st = sys.get(s);
                int overlap = Math.min(gt.end(), st.end()) - Math.max(gt.start(), st.start());
                if (overlap > 0) {
                    boolean exact = gt.start() == st.start() && gt.end() == st.end();
                    int distance = Math.abs(gt.start() - st.start()) + Math.abs(gt.end() - st.end());
                    candidates.add(new Candidate(g, s, overlap, exact, distance));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        int[] goldToSys = new int[gold.size()];
        boolean[] sysTaken = new boolean[sys.size()];
        Arrays.fill(goldToSys, -1);
        for (Candidate c : candidates) {
            if (goldToSys[c.gold()] < 0 && !sysTaken[c.system()]) {
                goldToSys[c.gold()] = c.system();
                sysTaken[c.system()] = true;
            }
        }

        List<DocumentScore.Match> matches = new ArrayList<>();
        List<Positioned> errors = new ArrayList<>();
        int strict = 0;
        int typeOk = 0;
        int valueOk = 0;
        int modOk = 0;
        int spelledOk = 0;
        for (int g = 0; g < gold.size(); g++) {
            GoldTimex gt = gold.get(g);
            if (goldToSys[g] < 0) {
                errors.add(new Positioned(gt.start(), error(doc, index, EvalError.Kind.MISSED, gt, null)));
                continue;
            }
            SystemTimex st = sys.get(goldToSys[g]);
            boolean exact = gt.start() == st.start() && gt.end() == st.end();
            boolean type = same(gt.type(), st.type());
            boolean value = TimexValues.equivalent(gt.value(), st.value());
            spelledOk += same(gt.value(), st.value()) ? 1 : 0;
            boolean mod = same(gt.mod(), st.mod());
            matches.add(new DocumentScore.Match(gt, st, exact, type, value, mod));
            strict += exact ? 1 : 0;
            typeOk += type ? 1 : 0;
            valueOk += value ? 1 : 0;
            modOk += mod ? 1 : 0;
            int at = Math.min(gt.start(), st.start());
            if (!exact) {
                errors.add(new Positioned(at, error(doc, index, EvalError.Kind.SPAN, gt, st)));
            }
            if (!type) {
                errors.add(new Positioned(at, error(doc, index, EvalError.Kind.TYPE, gt, st)));
            }
            if (!value) {
                errors.add(new Positioned(at, error(doc, index, EvalError.Kind.VALUE, gt, st)));
            }
            if (!mod) {
                errors.add(new Positioned(at, error(doc, index, EvalError.Kind.MOD, gt, st)));
            }
        }
        for (int s = 0; s < sys.size(); s++) {
            if (!sysTaken[s]) {
                SystemTimex st = sys.get(s);
                errors.add(new Positioned(st.start(), error(doc, index, EvalError.Kind.SPURIOUS, null, st)));
            }
        }
        // Stable sort: by position, errors of one pair stay in SPAN, TYPE, VALUE, MOD order.
        errors.sort(Comparator.comparingInt(Positioned::at));

        Counts counts = new Counts(gold.size(), sys.size(), strict, matches.size(), typeOk, valueOk, modOk,
                spelledOk);
        return new DocumentScore(doc.id(), counts, matches,
                errors.stream().map(Positioned::error).toList());
    }

    private record Positioned(int at, EvalError error) {
    }

    /** Attribute equality: trimmed strings, null and blank meaning absent. */
    static boolean same(String gold, String system) {
        return norm(gold).equals(norm(system));
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim();
    }

    private static EvalError error(TimeMlDocument doc, CodePointText index, EvalError.Kind kind,
                                   GoldTimex gold, SystemTimex sys) {
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        if (gold != null) {
            start = gold.start();
            end = gold.end();
        }
        if (sys != null) {
            start = Math.min(start, sys.start());
            end = Math.max(end, sys.end());
        }
        String sysText = sys == null ? null : index.slice(sys.start(), sys.end());
        return new EvalError(doc.id(), kind, gold, sys, sysText, context(index, start, end));
    }

    /** About {@value #CONTEXT} code points either side of [start, end), which is bracketed. */
    static String context(CodePointText index, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(index.length(), end + CONTEXT);
        String s = (from > 0 ? "..." : "") + index.slice(from, start) + "[" + index.slice(start, end)
                + "]" + index.slice(end, to) + (to < index.length() ? "..." : "");
        return s.replaceAll("\\s+", " ").strip();
    }
}
