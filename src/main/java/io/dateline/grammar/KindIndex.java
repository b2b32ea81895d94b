package io.dateline.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a mention kind starts in one stage: always tried, or admitted by the word after the mention. */
record KindIndex(Rule[] always, IntTable<Rule[]> byAfter) {
    static KindIndex of(List<Rule> rules, java.util.function.ToIntFunction<String> wordId) {
        List<Rule> always = new ArrayList<>();
        Map<Integer, List<Rule>> after = new HashMap<>();
        for (Rule r : rules) {
            Set<String> need = NextToken.afterFirstMention(r);
            if (need == null) {
                always.add(r);
            } else {
                for (String w : need) {
                    after.computeIfAbsent(wordId.applyAsInt(w), k -> new ArrayList<>()).add(r);
                }
            }
        }
        return new KindIndex(always.toArray(Rule[]::new), WordIndex.freeze(after));
    }
}
