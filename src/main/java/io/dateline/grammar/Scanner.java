package io.dateline.grammar;

import io.dateline.text.Token;
import io.dateline.text.WorkCounter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The scan loop: a chart parse in stages. At each token only the rules whose first item can
 * match there are tried (the {@link TriggerIndex}: by first word, by first mention kind, and by
 * whether the token starts with a digit), and every pattern has a bounded number of items, so
 * the work is linear in the length of the text. Immutable; a scan keeps its state on the stack
 * of the calling thread.
 */
final class Scanner {

    /** '-' and '/' as bits of {@link RegexNeeds#textBits}: the joiners some regexes need. */
    private static final long JOINERS = 1L << '-' | 1L << '/';

    private final int ruleCount;
    private final Numbering words;
    private final Numbering kinds;
    /** By rule order: the rule's pattern with words, lexicons and kinds resolved to numbers. */
    private final Item[][] programs;
    /** How many regex items there are (each has a slot for its reusable matcher). */
    private final int regexSlots;
    private final int maxItems;
    private final Stage[] stages;
    private final int[] triggerOf;
    private final int[][] wordStages;
    private final int[][] kindStages;
    private final int[] digitRegexStages;
    private final int[] otherRegexStages;

    Scanner(List<Rule> rules, Numbering words, Numbering kinds, Item[][] programs, int regexSlots, TriggerIndex index) {
        this.ruleCount = rules.size();
        this.words = words;
        this.kinds = kinds;
        this.programs = programs;
        this.regexSlots = regexSlots;
        this.maxItems = rules.stream().mapToInt(r -> r.elements().size()).max().orElse(1);
        this.stages = index.stages;
        this.triggerOf = index.triggerOf;
        this.wordStages = index.wordStages;
        this.kindStages = index.kindStages;
        this.digitRegexStages = index.digitRegexStages;
        this.otherRegexStages = index.otherRegexStages;
    }

    /** Every match of every rule, in no particular order (the chart). */
    List<Match> scan(List<Token> tokens) {
        int n = tokens.size();
        Cell[] chart = new Cell[n];
        int[] seen = new int[ruleCount];
        int stamp = 0;
        List<Match> all = new ArrayList<>();
        Rule[] candidates = new Rule[ruleCount];
        // Where each stage has work: a position is visited only if one of the stage's rules can
        // start there (its first word, a regex on a digit token, or a mention of a kind it takes).
        java.util.BitSet[] todo = new BitSet[stages.length];
        for (int s = 0; s < stages.length; s++) {
            todo[s] = new BitSet(n);
        }
        int[] ids = new int[n];
        int[] trigger = new int[n];
        // each token's ASCII characters as bits, for the regexes' prefilter
        long[] charsLo = new long[n];
        long[] charsHi = new long[n];
        boolean[] digitStart = new boolean[n];
        boolean[] joined = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int id = words.find(t.lower());
            ids[i] = id;
            trigger[i] = id < 0 ? -1 : triggerOf[id];
            digitStart[i] = t.isDigitStart();
            RegexNeeds.textBits(t.text(), charsLo, charsHi, i);
            joined[i] = (charsLo[i] & JOINERS) != 0;
            if (trigger[i] >= 0) {
                for (int s : wordStages[trigger[i]]) {
                    todo[s].set(i);
                }
            }
            for (int s : digitStart[i] ? digitRegexStages : otherRegexStages) {
                todo[s].set(i);
            }
        }
        Attempt attempt = new Attempt(tokens, ids, charsLo, charsHi, chart, maxItems, regexSlots);
        // work done, for WorkCounter: added once at the end, so the loop only bumps locals
        long visited = n;
        long attempts = 0;
        for (int s = 0; s < stages.length; s++) {
            Stage st = stages[s];
            BitSet here0 = todo[s];
            for (int i = here0.nextSetBit(0); i >= 0; i = here0.nextSetBit(i + 1)) {
                Token t = tokens.get(i);
                Cell here = chart[i];
                WordIndex byWord = trigger[i] < 0 ? null : st.wordIndex[trigger[i]];
                // a word without '-' or '/' skips the regexes that need one ("third-quarter", "3/4")
                RegexShortlist shortlist = digitStart[i] ? st.digitShortlist : joined[i] ? st.otherShortlist : st.plainShortlist;
                RegexRule[] regexRules = shortlist.forToken(charsLo[i], charsHi[i], t.hasDigit(), digitStart[i]);
                int count = 0;
                stamp++;
                Token next = i + 1 < n ? tokens.get(i + 1) : null;
                int nextId = i + 1 < n ? ids[i + 1] : -1;
                Cell nextCell = i + 1 < n ? chart[i + 1] : null;
                long nextLo = i + 1 < n ? charsLo[i + 1] : 0;
                long nextHi = i + 1 < n ? charsHi[i + 1] : 0;
                if (byWord != null) {
                    for (Rule r : byWord.always()) {
                        if (seen[r.order()] != stamp) {
                            seen[r.order()] = stamp;
                            candidates[count++] = r;
                        }
                    }
                    Rule[] viaNext = byWord.byNext().get(nextId);
                    if (viaNext != null) {
                        for (Rule r : viaNext) {
                            if (seen[r.order()] != stamp) {
                                seen[r.order()] = stamp;
                                candidates[count++] = r;
                            }
                        }
                    }
                    for (Rule r : byWord.checked()) {
                        if (seen[r.order()] != stamp && st.second[r.order()].admits(ids[i], nextId, next, nextCell, nextLo, nextHi)) {
                            seen[r.order()] = stamp;
                            candidates[count++] = r;
                        }
                    }
                }
                for (RegexRule x : regexRules) {
                    Rule r = x.rule();
                    if (seen[r.order()] != stamp && x.first().mayMatchText(t)
                            && x.next().admits(-1, nextId, next, nextCell, nextLo, nextHi)) {
                        seen[r.order()] = stamp;
                        candidates[count++] = r;
                    }
                }
                if (here != null && st.kindIndex != null) {
                    for (int k = 0; k < here.size; k++) {
                        int kind = here.kinds[k];
                        KindIndex ki = kind < 0 ? null : st.kindIndex[kind];
                        if (ki == null) {
                            continue;
                        }
                        for (Rule r : ki.always()) {
                            if (seen[r.order()] != stamp) {
                                seen[r.order()] = stamp;
                                candidates[count++] = r;
                            }
                        }
                        // rules that need a given word after the mention: one lookup for all
                        int after = here.matches[k].end();
                        Rule[] rs = after < n ? ki.byAfter().get(ids[after]) : null;
                        if (rs != null) {
                            for (Rule r : rs) {
                                if (seen[r.order()] != stamp) {
                                    seen[r.order()] = stamp;
                                    candidates[count++] = r;
                                }
                            }
                        }
                    }
                }
                // rules of one stage never see each other's matches, so their order here is free
                visited++;
                attempts += count;
                for (int c = 0; c < count; c++) {
                    Rule r = candidates[c];
                    Match m = attempt.run(r, programs[r.order()], i);
                    if (m != null) {
                        int kind = kinds.find(m.kind());
                        if (chart[i] == null) {
                            chart[i] = new Cell();
                        }
                        chart[i].add(m, kind);
                        all.add(m);
                        int[] later = kind < 0 ? null : kindStages[kind];
                        if (later != null) {
                            for (int s2 : later) {
                                if (s2 > s) {
                                    todo[s2].set(i);
                                }
                            }
                        }
                    }
                }
            }
        }
        if (WorkCounter.counting()) {
            WorkCounter.add(WorkCounter.Kind.TOKEN, visited);
            WorkCounter.add(WorkCounter.Kind.RULE_ATTEMPT, attempts);
            WorkCounter.add(WorkCounter.Kind.REGEX_CHARS, attempt.regexChars);
        }
        return all;
    }
}
