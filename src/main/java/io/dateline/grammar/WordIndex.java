package io.dateline.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules one word triggers in one stage: those always tried, those admitted by the next
 * token's word (one lookup for all of them), and those whose check looks further.
 */
record WordIndex(Rule[] always, IntTable<Rule[]> byNext, Rule[] checked) {
    static WordIndex of(String word, List<Rule> rules, NextToken[] second, java.util.function.ToIntFunction<String> wordId) {
        List<Rule> always = new ArrayList<>();
        List<Rule> checked = new ArrayList<>();
        Map<Integer, List<Rule>> next = new HashMap<>();
        for (Rule r : rules) {
            NextToken s = second[r.order()];
            boolean applies = s != NextToken.ANY && (s.via() == null || s.via().contains(word));
            Set<String> viaLexicon = applies ? null : NextToken.nextAfterLexicon(r, word);
            if (viaLexicon != null) {
                for (String w : viaLexicon) {
                    next.computeIfAbsent(wordId.applyAsInt(w), k -> new ArrayList<>()).add(r);
                }
            } else if (!applies) {
                always.add(r);
            } else if (s.words() != null) {
                for (String w : s.words()) {
                    next.computeIfAbsent(wordId.applyAsInt(w), k -> new ArrayList<>()).add(r);
                }
            } else {
                checked.add(r);
            }
        }
        return new WordIndex(always.toArray(Rule[]::new), freeze(next), checked.toArray(Rule[]::new));
    }

    /** Rule lists as arrays, in an {@link IntTable} by word id. */
    static IntTable<Rule[]> freeze(Map<Integer, List<Rule>> m) {
        Map<Integer, Rule[]> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, v.toArray(Rule[]::new)));
        return IntTable.of(frozen);
    }
}
