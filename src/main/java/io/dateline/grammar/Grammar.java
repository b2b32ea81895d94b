package io.dateline.grammar;

import io.dateline.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A compiled set of rules. Immutable and thread-safe: {@link #scan} keeps its state on the
 * stack of the calling thread.
 *
 * <p>The scan is a chart parse in stages. At each token only the rules whose first item can
 * match there are tried (an index by first word, by first mention kind, and by whether the
 * token starts with a digit), and every pattern has a bounded number of items, so the work is
 * linear in the length of the text.
 */
public final class Grammar {

    private final Map<String, Lexicon> lexicons;
    private final List<Rule> rules;
    private final Stage[] stages;
    /** Every word some rule can start with, numbered: one lookup per token serves every stage. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final int maxItems;
    /** For each word id, the stages with a rule it triggers. */
    private final int[][] wordStages;
    /** For each mention kind, the stages with a rule that starts with it. */
    private final Map<String, int[]> kindStages = new HashMap<>();
    /** Stages with a regex rule tried at tokens that start with a digit / with anything else. */
    private final int[] digitRegexStages;
    private final int[] otherRegexStages;

    Grammar(Map<String, Lexicon> lexicons, List<Rule> rules) {
        this.lexicons = Collections.unmodifiableMap(new LinkedHashMap<>(lexicons));
        this.rules = List.copyOf(rules);
        int max = rules.stream().mapToInt(Rule::stage).max().orElse(-1);
        this.stages = new Stage[max + 1];
        for (int s = 0; s <= max; s++) {
            stages[s] = new Stage();
        }
        for (Rule r : rules) {
            stages[r.stage()].index(r);
        }
        for (Stage st : stages) {
            for (String w : st.byWord.keySet()) {
                wordIds.putIfAbsent(w, wordIds.size());
            }
        }
        for (Stage st : stages) {
            st.freeze(wordIds, rules.size());
        }
        this.maxItems = rules.stream().mapToInt(r -> r.elements().size()).max().orElse(1);
        List<List<Integer>> ws = new ArrayList<>();
        for (int w = 0; w < wordIds.size(); w++) {
            ws.add(new ArrayList<>());
        }
        List<Integer> dig = new ArrayList<>();
        List<Integer> oth = new ArrayList<>();
        Map<String, List<Integer>> ks = new HashMap<>();
        for (int st = 0; st < stages.length; st++) {
            final int s0 = st;
            for (String w : stages[st].byWord.keySet()) {
                ws.get(wordIds.get(w)).add(st);
            }
            for (String k : stages[st].byKind.keySet()) {
                ks.computeIfAbsent(k, x -> new ArrayList<>()).add(s0);
            }
            if (!stages[st].digitRegex.isEmpty()) {
                dig.add(st);
            }
            if (!stages[st].otherRegex.isEmpty()) {
                oth.add(st);
            }
        }
        this.wordStages = ws.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        ks.forEach((k, v) -> kindStages.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.digitRegexStages = dig.stream().mapToInt(Integer::intValue).toArray();
        this.otherRegexStages = oth.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<Rule> rules() {
        return rules;
    }

    public Lexicon lexicon(String name) {
        return lexicons.get(name);
    }

    public Map<String, Lexicon> lexicons() {
        return lexicons;
    }

    /** Every match of every rule, in no particular order (the chart). */
    public List<Match> scan(List<Token> tokens) {
        int n = tokens.size();
        @SuppressWarnings("unchecked")
        List<Match>[] chart = new List[n];
        int[] seen = new int[rules.size()];
        int stamp = 0;
        List<Match> all = new ArrayList<>();
        Rule[] candidates = new Rule[rules.size()];
        Attempt attempt = new Attempt(tokens, chart, maxItems);
        // Where each stage has work: a position is visited only if one of the stage's rules can
        // start there (its first word, a regex on a digit token, or a mention of a kind it takes).
        java.util.BitSet[] todo = new java.util.BitSet[stages.length];
        for (int s = 0; s < stages.length; s++) {
            todo[s] = new java.util.BitSet(n);
        }
        int[] ids = new int[n];
        boolean[] digitStart = new boolean[n];
        boolean[] joined = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            Integer id = wordIds.get(t.lower());
            ids[i] = id == null ? -1 : id;
            digitStart[i] = t.isDigitStart();
            joined[i] = t.text().indexOf('-') >= 0 || t.text().indexOf('/') >= 0;
            if (id != null) {
                for (int s : wordStages[id]) {
                    todo[s].set(i);
                }
            }
            for (int s : digitStart[i] ? digitRegexStages : otherRegexStages) {
                todo[s].set(i);
            }
        }
        for (int s = 0; s < stages.length; s++) {
            Stage st = stages[s];
            java.util.BitSet here0 = todo[s];
            for (int i = here0.nextSetBit(0); i >= 0; i = here0.nextSetBit(i + 1)) {
                Token t = tokens.get(i);
                List<Match> here = chart[i];
                WordIndex byWord = ids[i] < 0 ? null : st.wordIndex[ids[i]];
                // a word without '-' or '/' skips the regexes that need one ("third-quarter", "3/4")
                List<RegexRule> regexRules = digitStart[i] ? st.digitRegex : joined[i] ? st.otherRegex : st.plainRegex;
                int count = 0;
                stamp++;
                if (byWord != null) {
                    Token next = i + 1 < n ? tokens.get(i + 1) : null;
                    List<Match> nextChart = i + 1 < n ? chart[i + 1] : null;
                    for (Rule r : byWord.always) {
                        if (seen[r.order()] != stamp) {
                            seen[r.order()] = stamp;
                            candidates[count++] = r;
                        }
                    }
                    Rule[] viaNext = next == null ? null : byWord.byNext.get(next.lower());
                    if (viaNext != null) {
                        for (Rule r : viaNext) {
                            if (seen[r.order()] != stamp) {
                                seen[r.order()] = stamp;
                                candidates[count++] = r;
                            }
                        }
                    }
                    for (Rule r : byWord.checked) {
                        if (seen[r.order()] != stamp && st.second[r.order()].admits(t.lower(), next, nextChart)) {
                            seen[r.order()] = stamp;
                            candidates[count++] = r;
                        }
                    }
                }
                for (int k = 0; k < regexRules.size(); k++) {
                    RegexRule x = regexRules.get(k);
                    Rule r = x.rule();
                    if (seen[r.order()] != stamp && x.first().mayMatch(t)) {
                        seen[r.order()] = stamp;
                        candidates[count++] = r;
                    }
                }
                if (here != null && !st.byKind.isEmpty()) {
                    for (int k = 0; k < here.size(); k++) {
                        Match mh = here.get(k);
                        KindIndex ki = st.kindIndex.get(mh.kind());
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
                        Rule[] rs = mh.end() < n ? ki.byAfter().get(tokens.get(mh.end()).lower()) : null;
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
                for (int c = 0; c < count; c++) {
                    Match m = attempt.run(candidates[c], i);
                    if (m != null) {
                        if (chart[i] == null) {
                            chart[i] = new ArrayList<>(2);
                        }
                        chart[i].add(m);
                        all.add(m);
                        int[] later = kindStages.get(m.kind());
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
        return all;
    }

    /**
     * Chooses the mentions to report: the longest first, then the higher priority, the later
     * stage, the earlier rule; a mention overlapping one already chosen is dropped. Kinds that
     * start with {@code _} are internal (pieces for other rules) and are never chosen, except
     * {@code _block}, which is chosen like any other and then hidden: that is how a negative
     * rule ("AC-130", "Section 427") keeps other rules off a span.
     */
    public static List<Match> select(List<Match> chart, List<Token> tokens) {
        List<Match> cands = new ArrayList<>();
        for (Match m : chart) {
            String k = m.kind();
            if (!k.startsWith("_") || k.equals("_block")) {
                cands.add(m);
            }
        }
        cands.sort((a, b) -> {
            int la = tokens.get(a.end() - 1).end() - tokens.get(a.start()).start();
            int lb = tokens.get(b.end() - 1).end() - tokens.get(b.start()).start();
            if (la != lb) {
                return Integer.compare(lb, la);
            }
            if (a.rule().priority() != b.rule().priority()) {
                return Integer.compare(b.rule().priority(), a.rule().priority());
            }
            if (a.rule().stage() != b.rule().stage()) {
                return Integer.compare(b.rule().stage(), a.rule().stage());
            }
            if (a.start() != b.start()) {
                return Integer.compare(a.start(), b.start());
            }
            return Integer.compare(a.rule().order(), b.rule().order());
        });
        boolean[] taken = new boolean[tokens.size()];
        List<Match> out = new ArrayList<>();
        outer:
        for (Match m : cands) {
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

    /**
     * A cheap test of the token after a rule's first word, for rules that start with one fixed
     * word followed by a required word, word list or mention ("in [<date>]", "the {rel}"): most
     * occurrences of "the" or "in" then cost a set lookup instead of an attempt.
     */
    record Second(Set<String> via, Set<String> words, Set<String> kinds, Element.TokenRegex regex) {
        static final Second ANY = new Second(null, null, null, null);

        /**
         * @param word      the word that triggered the rule here
         * @param next      the following token, or null at the end
         * @param nextChart the mentions that start at the following token, or null
         */
        boolean admits(String word, Token next, List<Match> nextChart) {
            if (via != null && !via.contains(word)) {
                return true; // triggered another way: no opinion
            }
            if (words != null) {
                return next != null && words.contains(next.lower());
            }
            if (regex != null) {
                return next != null && regex.mayMatch(next);
            }
            if (kinds != null) {
                if (nextChart == null) {
                    return false;
                }
                for (int k = 0; k < nextChart.size(); k++) {
                    if (kinds.contains(nextChart.get(k).kind())) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        }

        static Second of(Rule r) {
            List<Element> els = r.elements();
            int k = 0;
            while (k < els.size() && els.get(k) instanceof Element.Behind) {
                k++;
            }
            if (k + 1 >= els.size()) {
                return ANY;
            }
            Element first = els.get(k);
            Element next = els.get(k + 1);
            boolean oneToken = first instanceof Element.Literal
                    || (first instanceof Element.LexRef l && l.lexicon().singleTokenForms());
            if (!oneToken || first.negated() || next.negated()) {
                return ANY;
            }
            if (next.optional()) {
                Set<String> words = wordsAt(els, k + 1);
                if (words == null || (first.optional() && first instanceof Element.Literal fl
                        && (fl.caseSensitive() || fl.words().stream().anyMatch(words::contains)))) {
                    return ANY;
                }
                return new Second(first.optional() ? ((Element.Literal) first).words() : null, words, null, null);
            }
            Set<String> via = null;
            if (first.optional()) {
                // only when the optional first word is what triggered the rule
                if (!(first instanceof Element.Literal l) || l.caseSensitive()) {
                    return ANY;
                }
                via = l.words();
                if (next instanceof Element.Literal nl && nl.words().stream().anyMatch(via::contains)) {
                    return ANY;
                }
            }
            if (next instanceof Element.Literal l && !l.caseSensitive()) {
                return new Second(via, l.words(), null, null);
            }
            if (next instanceof Element.LexRef l) {
                if (via != null && l.lexicon().firstTokens().stream().anyMatch(via::contains)) {
                    return ANY;
                }
                return new Second(via, Set.copyOf(l.lexicon().firstTokens()), null, null);
            }
            if (next instanceof Element.TokenRegex x) {
                return new Second(via, null, null, x);
            }
            if (next instanceof Element.MentionRef m && m.requireAny().isEmpty()) {
                return new Second(via, null, m.categories(), null);
            }
            return ANY;
        }
    }

    /**
     * The words a token can be when it is matched by item {@code k} or, if that is optional, by
     * the items after it; null when some item there is not a word list (a regex, a mention).
     */
    static Set<String> wordsAt(List<Element> els, int k) {
        Set<String> out = new java.util.HashSet<>();
        for (int j = k; j < els.size(); j++) {
            Element e = els.get(j);
            if (e.negated()) {
                return null;
            }
            if (e instanceof Element.Literal l && !l.caseSensitive()) {
                out.addAll(l.words());
            } else if (e instanceof Element.LexRef l) {
                out.addAll(l.lexicon().firstTokens());
            } else {
                return null;
            }
            if (!e.optional()) {
                return Set.copyOf(out);
            }
        }
        return null; // everything after may be skipped: the match may end here
    }

    /**
     * For a rule that starts with a required lexicon item, triggered by {@code word}: the words
     * the next token can be (the second words of the forms that start with {@code word}, and, if
     * {@code word} is a form by itself, the words the next item can start with); null when that
     * cannot be told. "a" then tries "a couple of" and "a third" only before "couple" and "third".
     */
    static Set<String> nextAfterLexicon(Rule r, String word) {
        List<Element> els = r.elements();
        int k = 0;
        while (k < els.size() && els.get(k) instanceof Element.Behind) {
            k++;
        }
        if (k >= els.size() || !(els.get(k) instanceof Element.LexRef l) || l.optional() || l.negated()) {
            return null;
        }
        Set<String> out = new java.util.HashSet<>(l.lexicon().secondTokens(word));
        if (l.lexicon().hasOneTokenForm(word)) {
            Set<String> after = wordsAt(els, k + 1);
            if (after == null) {
                return null;
            }
            out.addAll(after);
        }
        return out;
    }

    /**
     * For a rule that starts with a mention: the words the token after that mention can be, or
     * null when it cannot be told.
     */
    static Set<String> afterFirstMention(Rule r) {
        List<Element> els = r.elements();
        int k = 0;
        while (k < els.size() && els.get(k) instanceof Element.Behind) {
            k++;
        }
        if (k >= els.size() || !(els.get(k) instanceof Element.MentionRef) || els.get(k).optional()) {
            return null;
        }
        return wordsAt(els, k + 1);
    }

    /** The rules a mention kind starts in one stage: always tried, or admitted by the word after the mention. */
    record KindIndex(Rule[] always, Map<String, Rule[]> byAfter) {
        static KindIndex of(List<Rule> rules) {
            List<Rule> always = new ArrayList<>();
            Map<String, List<Rule>> after = new HashMap<>();
            for (Rule r : rules) {
                Set<String> need = afterFirstMention(r);
                if (need == null) {
                    always.add(r);
                } else {
                    for (String w : need) {
                        after.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
                    }
                }
            }
            Map<String, Rule[]> frozen = new HashMap<>();
            after.forEach((k, v) -> frozen.put(k, v.toArray(Rule[]::new)));
            return new KindIndex(always.toArray(Rule[]::new), frozen);
        }
    }

    /**
     * The rules one word triggers in one stage: those always tried, those admitted by the next
     * token's word (one map lookup for all of them), and those whose check looks further.
     */
    record WordIndex(Rule[] always, Map<String, Rule[]> byNext, Rule[] checked) {
        static WordIndex of(String word, List<Rule> rules, Second[] second) {
            List<Rule> always = new ArrayList<>();
            List<Rule> checked = new ArrayList<>();
            Map<String, List<Rule>> next = new HashMap<>();
            for (Rule r : rules) {
                Second s = second[r.order()];
                boolean applies = s != Second.ANY && (s.via() == null || s.via().contains(word));
                Set<String> viaLexicon = applies ? null : nextAfterLexicon(r, word);
                if (viaLexicon != null) {
                    for (String w : viaLexicon) {
                        next.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
                    }
                } else if (!applies) {
                    always.add(r);
                } else if (s.words() != null) {
                    for (String w : s.words()) {
                        next.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
                    }
                } else {
                    checked.add(r);
                }
            }
            Map<String, Rule[]> frozen = new HashMap<>();
            next.forEach((k, v) -> frozen.put(k, v.toArray(Rule[]::new)));
            return new WordIndex(always.toArray(Rule[]::new), frozen, checked.toArray(Rule[]::new));
        }
    }

    /** A rule that starts with a regex, with the cheap test a token must pass first. */
    record RegexRule(Rule rule, Element.TokenRegex first) {
    }

    /** Rules of one stage, indexed by what can trigger them. */
    private static final class Stage {
        final Map<String, List<Rule>> byWord = new HashMap<>();
        final Map<String, List<Rule>> byKind = new HashMap<>();
        /** Rules that start with a regex, tried at tokens that start with a digit / at the others. */
        final List<RegexRule> digitRegex = new ArrayList<>();
        final List<RegexRule> otherRegex = new ArrayList<>();
        /** By rule order: what the token after a word-triggered start must be. */
        Second[] second;
        /** By word id: the rules that word triggers, split by how the next token is checked. */
        WordIndex[] wordIndex;
        /** By kind: the rules a mention of that kind can start, split by the word after it. */
        final Map<String, KindIndex> kindIndex = new HashMap<>();
        /** otherRegex less the rules whose required literal holds '-' or '/'. */
        final List<RegexRule> plainRegex = new ArrayList<>();

        void freeze(Map<String, Integer> ids, int ruleCount) {
            byKind.forEach((k, rs) -> kindIndex.put(k, KindIndex.of(rs)));
            second = new Second[ruleCount];
            java.util.Arrays.fill(second, Second.ANY);
            for (List<Rule> rs : byWord.values()) {
                for (Rule r : rs) {
                    second[r.order()] = Second.of(r);
                }
            }

            wordIndex = new WordIndex[ids.size()];
            for (Map.Entry<String, List<Rule>> e : byWord.entrySet()) {
                wordIndex[ids.get(e.getKey())] = WordIndex.of(e.getKey(), e.getValue(), second);
            }
            for (RegexRule x : otherRegex) {
                String lit = x.first().requiredLiteral();
                if (lit == null || (lit.indexOf('-') < 0 && lit.indexOf('/') < 0)) {
                    plainRegex.add(x);
                }
            }
        }

        void index(Rule r) {
            for (Element e : r.elements()) {
                if (e.negated()) {
                    continue; // zero-width items (negations, look-behinds) trigger nothing
                }
                if (e instanceof Element.Literal l) {
                    for (String w : l.words()) {
                        byWord.computeIfAbsent(w.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(r);
                    }
                } else if (e instanceof Element.LexRef l) {
                    for (String w : l.lexicon().firstTokens()) {
                        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
                    }
                } else if (e instanceof Element.MentionRef m) {
                    for (String c : m.categories()) {
                        byKind.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
                    }
                } else if (e instanceof Element.TokenRegex x) {
                    // the prefilter: the regex itself when a match must start with it, else none
                    RegexRule rr = new RegexRule(r, r.firstRegex());
                    digitRegex.add(rr);
                    if (!(rr.first() == x && x.digitFirst())) {
                        otherRegex.add(rr);
                    }
                }
                if (!e.optional()) {
                    return;
                }
            }
        }
    }

    /**
     * Tries rules at positions; depth-first over a pattern's items. One per scan, reused for
     * every attempt (the scan is single-threaded), so trying a rule allocates nothing until it
     * matches.
     */
    private static final class Attempt {
        private final List<Token> tokens;
        private final List<Match>[] chart;
        // per item: where it matched ([-1] when skipped) and the mention it consumed
        private final int[] elStart;
        private final int[] elEnd;
        private final Match[] elChild;
        // capture stack
        private final String[] capName = new String[24];
        private final Object[] capVal = new Object[24];
        private final int[] lexEnds = new int[4];
        private final String[] lexVals = new String[4];
        private final java.util.IdentityHashMap<java.util.regex.Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();
        private Rule rule;
        private List<Element> els;
        private int start;
        private Match best;

        Attempt(List<Token> tokens, List<Match>[] chart, int maxItems) {
            this.tokens = tokens;
            this.chart = chart;
            this.elStart = new int[maxItems];
            this.elEnd = new int[maxItems];
            this.elChild = new Match[maxItems];
        }

        Match run(Rule r, int at) {
            this.rule = r;
            this.els = r.elements();
            this.start = at;
            this.best = null;
            step(0, at, 0);
            return best;
        }

        private Matcher matcher(java.util.regex.Pattern p, String text) {
            Matcher m = matchers.get(p);
            if (m == null) {
                m = p.matcher(text);
                matchers.put(p, m);
                return m;
            }
            return m.reset(text);
        }

        private void step(int ei, int pos, int caps) {
            if (ei == els.size()) {
                if (pos > start && (best == null || pos > best.end())) {
                    best = build(pos, caps);
                }
                return;
            }
            Element e = els.get(ei);
            if (e instanceof Element.Behind b) {
                boolean hit = pos > 0 && matchesHere(b.inner(), pos - 1);
                if (hit == b.must()) {
                    elStart[ei] = -1;
                    step(ei + 1, pos, caps);
                }
                return;
            }
            if (e.negated()) {
                if (!matchesHere(e, pos)) {
                    elStart[ei] = -1;
                    step(ei + 1, pos, caps);
                }
                return;
            }
            if (e.optional()) {
                elStart[ei] = -1;
                elChild[ei] = null;
                step(ei + 1, pos, caps);
            }
            if (pos >= tokens.size() || (pos > start && tokens.get(pos).newlineBefore())) {
                return;
            }
            Token t = tokens.get(pos);
            elStart[ei] = pos;
            elChild[ei] = null;
            if (e instanceof Element.Literal l) {
                if (literal(l, t)) {
                    elEnd[ei] = pos + 1;
                    step(ei + 1, pos + 1, push(caps, l.alias(), t.lower()));
                }
            } else if (e instanceof Element.LexRef l) {
                if (l.capital() && !t.isCapitalized()) {
                    return;
                }
                String name = l.alias() != null ? l.alias() : l.lexicon().name();
                // the lexicon's forms here, longest last (bounded; copied because step() recurses)
                int cnt = l.lexicon().matchAt(tokens, pos, lexEnds, lexVals);
                if (cnt == 0) {
                    return;
                }
                if (cnt == 1) {
                    elStart[ei] = pos;
                    elEnd[ei] = lexEnds[0];
                    elChild[ei] = null;
                    step(ei + 1, lexEnds[0], push(caps, name, lexVals[0]));
                    return;
                }
                int[] ends = java.util.Arrays.copyOf(lexEnds, cnt);
                String[] vals = java.util.Arrays.copyOf(lexVals, cnt);
                for (int k = cnt - 1; k >= 0; k--) { // longest first
                    elStart[ei] = pos;
                    elEnd[ei] = ends[k];
                    elChild[ei] = null;
                    step(ei + 1, ends[k], push(caps, name, vals[k]));
                }
            } else if (e instanceof Element.MentionRef m) {
                List<Match> here = chart[pos];
                if (here == null) {
                    return;
                }
                String name = m.alias() != null ? m.alias()
                        : m.categories().size() == 1 ? m.categories().iterator().next() : null;
                for (int k = 0; k < here.size(); k++) {
                    Match c = here.get(k);
                    if (c.rule().stage() < rule.stage() && m.categories().contains(c.kind()) && m.accepts(c.frame())) {
                        elStart[ei] = pos;
                        elEnd[ei] = c.end();
                        elChild[ei] = c;
                        step(ei + 1, c.end(), push(caps, name, c.frame()));
                    }
                }
            } else if (e instanceof Element.TokenRegex x) {
                if (!x.mayMatch(t)) {
                    return;
                }
                Matcher mt = matcher(x.pattern(), t.text());
                if (mt.matches()) {
                    int c2 = push(caps, x.alias(), t.text());
                    for (String g : x.groups()) {
                        String v = mt.group(g);
                        if (v != null) {
                            c2 = push(c2, g, v);
                        }
                    }
                    elEnd[ei] = pos + 1;
                    step(ei + 1, pos + 1, c2);
                }
            }
        }

        private boolean matchesHere(Element e, int pos) {
            if (pos >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(pos);
            if (e instanceof Element.Literal l) {
                return literal(l, t);
            } else if (e instanceof Element.LexRef l) {
                if (l.capital() && !t.isCapitalized()) {
                    return false;
                }
                return l.lexicon().matchAt(tokens, pos, lexEnds, lexVals) > 0;
            } else if (e instanceof Element.MentionRef m) {
                List<Match> here = chart[pos];
                return here != null && here.stream().anyMatch(c -> m.categories().contains(c.kind()) && m.accepts(c.frame()));
            } else if (e instanceof Element.TokenRegex x) {
                return x.mayMatch(t) && matcher(x.pattern(), t.text()).matches();
            }
            return false;
        }

        private static boolean literal(Element.Literal l, Token t) {
            return l.caseSensitive() ? l.words().contains(t.text()) : l.words().contains(t.lower());
        }

        private int push(int caps, String name, Object value) {
            if (name == null || caps >= capName.length) {
                return caps;
            }
            capName[caps] = name;
            capVal[caps] = value;
            return caps + 1;
        }

        private Object capture(int caps, String name) {
            for (int k = caps - 1; k >= 0; k--) {
                if (capName[k].equals(name)) {
                    return capVal[k];
                }
            }
            return null;
        }

        private Match build(int end, int caps) {
            Frame.Builder f = new Frame.Builder(rule.emit().size());
            for (Rule.Emit em : rule.emit()) {
                Object v = em.capture() == null ? em.literal() : capture(caps, em.capture());
                if (em.copyAll()) {
                    if (v instanceof Frame fr) {
                        f.putAll(fr);
                    }
                    continue;
                }
                if (em.field() != null) {
                    v = v instanceof Frame fr ? fr.value(em.field()) : null;
                }
                if (v != null) {
                    f.put(em.key(), v);
                }
            }
            // the extent inside [ ]: from the first item there that consumed tokens to the last
            int cs = -1;
            int ce = -1;
            for (int k = rule.coreFrom(); k < rule.coreTo(); k++) {
                if (elStart[k] >= 0 && !els.get(k).negated() && elEnd[k] > elStart[k]) {
                    if (cs < 0) {
                        cs = elChild[k] != null ? elChild[k].coreStart() : elStart[k];
                    }
                    ce = elChild[k] != null ? elChild[k].coreEnd() : elEnd[k];
                }
            }
            if (cs < 0) {
                cs = start;
                ce = end;
            }
            List<Match> kids = new ArrayList<>(2);
            for (int k = 0; k < els.size(); k++) {
                if (elChild[k] != null && elStart[k] >= 0) {
                    kids.add(elChild[k]);
                }
            }
            return new Match(rule, start, end, cs, ce, f.build(), List.copyOf(kids));
        }
    }
}
