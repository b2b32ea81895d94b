package io.dateline.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules can start where: the rules of each stage indexed by their first word, their first
 * mention kind and whether their first regex needs a token that starts with a digit, and, across
 * stages, which stages a trigger word, a mention kind or a token can give work to. Immutable
 * once built.
 */
final class TriggerIndex {

    /** The rules of each stage, by what triggers them. */
    final Stage[] stages;
    /** For each word id, its number among the words some rule starts with, or -1. */
    final int[] triggerOf;
    /** For each trigger number, the stages with a rule it triggers. */
    final int[][] wordStages;
    /** For each kind id, the stages with a rule that starts with it (null if none). */
    final int[][] kindStages;
    /** Stages with a regex rule tried at tokens that start with a digit / with anything else. */
    final int[] digitRegexStages;
    final int[] otherRegexStages;

    TriggerIndex(List<Rule> rules, Numbering words, Numbering kinds) {
        int max = rules.stream().mapToInt(Rule::stage).max().orElse(-1);
        this.stages = new Stage[max + 1];
        for (int s = 0; s <= max; s++) {
            stages[s] = new Stage();
        }
        for (Rule r : rules) {
            stages[r.stage()].index(r);
        }
        List<String> triggers = new ArrayList<>();
        Map<String, Integer> triggerIds = new HashMap<>();
        for (Stage st : stages) {
            for (String w : st.byWord.keySet()) {
                if (triggerIds.putIfAbsent(w, triggerIds.size()) == null) {
                    triggers.add(w);
                    words.id(w); // a case-sensitive word ("May") triggers by its lower case
                }
            }
        }
        for (Stage st : stages) {
            st.freeze(triggerIds, rules.size(), words::id, kinds);
        }
        this.triggerOf = new int[words.size()];
        Arrays.fill(triggerOf, -1);
        for (int t = 0; t < triggers.size(); t++) {
            triggerOf[words.find(triggers.get(t))] = t;
        }
        List<List<Integer>> ws = new ArrayList<>();
        for (int w = 0; w < triggers.size(); w++) {
            ws.add(new ArrayList<>());
        }
        List<Integer> dig = new ArrayList<>();
        List<Integer> oth = new ArrayList<>();
        List<List<Integer>> ks = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            ks.add(new ArrayList<>());
        }
        for (int st = 0; st < stages.length; st++) {
            for (String w : stages[st].byWord.keySet()) {
                ws.get(triggerIds.get(w)).add(st);
            }
            for (String k : stages[st].byKind.keySet()) {
                ks.get(kinds.find(k)).add(st);
            }
            if (!stages[st].digitRegex.isEmpty()) {
                dig.add(st);
            }
            if (!stages[st].otherRegex.isEmpty()) {
                oth.add(st);
            }
        }
        this.wordStages = ws.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.kindStages = ks.stream().map(l -> l.isEmpty() ? null : l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.digitRegexStages = dig.stream().mapToInt(Integer::intValue).toArray();
        this.otherRegexStages = oth.stream().mapToInt(Integer::intValue).toArray();
    }
}
