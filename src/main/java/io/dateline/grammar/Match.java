package io.dateline.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule matched over tokens {@code [start, end)}; {@code [coreStart, coreEnd)} is the part
 * inside the rule's brackets. {@code children} are the mentions the pattern consumed.
 */
public record Match(Rule rule, int start, int end, int coreStart, int coreEnd, Frame frame,
                    List<Match> children, String kind) {

    public Match(Rule rule, int start, int end, int coreStart, int coreEnd, Frame frame, List<Match> children) {
        this(rule, start, end, coreStart, coreEnd, frame, children, frame.kind());
    }

    /** Rule ids of this match and everything under it, outermost first. */
    public List<String> ruleTrail() {
        List<String> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Match m, List<String> out) {
        out.add(m.rule.id());
        for (Match c : m.children) {
            collect(c, out);
        }
    }
}
