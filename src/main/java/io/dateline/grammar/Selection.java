package io.dateline.grammar;

import io.dateline.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Overlap selection: which of the chart's matches are reported. */
final class Selection {

    private Selection() {
    }

    /**
     * Chooses the mentions to report: the longest first, then the higher priority, a user's rule
     * before a built-in one, the later stage, the earlier rule; a mention overlapping one already chosen is dropped. Kinds that
     * start with {@code _} are internal (pieces for other rules) and are never chosen, except
     * {@code _block}, which is chosen like any other and then hidden: that is how a negative
     * rule ("AC-130", "Section 427") keeps other rules off a span.
     */
    static List<Match> select(List<Match> chart, List<Token> tokens) {
        List<Ranked> cands = new ArrayList<>();
        for (Match m : chart) {
            String k = m.kind();
            if (!k.startsWith("_") || k.equals("_block")) {
                cands.add(new Ranked(m, tokens.get(m.end() - 1).end() - tokens.get(m.start()).start(),
                        m.rule().priority(), m.rule().builtIn(), m.rule().stage()));
            }
        }
        cands.sort(Ranked.ORDER);
        boolean[] taken = new boolean[tokens.size()];
        List<Match> out = new ArrayList<>();
        outer:
        for (Ranked r : cands) {
            Match m = r.match();
            for (int i = m.start(); i < m.end(); i++) {
                if (taken[i]) {
                    continue outer;
                }
            }
            Arrays.fill(taken, m.start(), m.end(), true);
            if (!m.kind().equals("_block")) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Match::start));
        return out;
    }

    /** A candidate of {@link Selection#select} with what it is ranked by, worked out once (the sort compares often). */
    private record Ranked(Match match, int length, int priority, boolean builtIn, int stage) {
        static final Comparator<Ranked> ORDER = (a, b) -> {
            if (a.length != b.length) {
                return Integer.compare(b.length, a.length);
            }
            if (a.priority != b.priority) {
                return Integer.compare(b.priority, a.priority);
            }
            if (a.builtIn != b.builtIn) {
                return a.builtIn ? 1 : -1; // a user's rule wins a tie with a built-in one ("w12" over block.model)
            }
            if (a.stage != b.stage) {
                return Integer.compare(b.stage, a.stage);
            }
            if (a.match.start() != b.match.start()) {
                return Integer.compare(a.match.start(), b.match.start());
            }
            return Integer.compare(a.match.rule().order(), b.match.rule().order());
        };
    }
}
