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
 *
 * <p>Patterns are compiled when the grammar is built: every word a rule or lexicon compares
 * tokens with gets a number, and so does every mention kind. A scan looks each token up once;
 * from then on word tests, lexicon walks and the trigger indexes work on ints.
 */
public final class Grammar {

    private final Map<String, Lexicon> lexicons;
    private final List<Rule> rules;
    private final Stage[] stages;
    /**
     * Every lower-case word a rule compares tokens with (literal words, lexicon forms' tokens),
     * numbered: a token is looked up once per scan, and every later test is on its number.
     */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    /** Every mention kind a rule produces or takes, numbered. */
    private final Map<String, Integer> kindIds = new HashMap<>();
    /** By rule order: the rule's pattern with words, lexicons and kinds resolved to numbers. */
    private final Item[][] programs;
    /** How many regex items there are (each has a slot for its reusable matcher). */
    private final int regexSlots;
    private final int maxItems;
    /** For each word id, its number among the words some rule starts with, or -1. */
    private final int[] triggerOf;
    /** For each trigger number, the stages with a rule it triggers. */
    private final int[][] wordStages;
    /** For each kind id, the stages with a rule that starts with it (null if none). */
    private final int[][] kindStages;
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
            for (String c : r.categories()) {
                kindIds.putIfAbsent(c, kindIds.size());
            }
            for (Element e : r.elements()) {
                if (e instanceof Element.MentionRef m) {
                    for (String c : m.categories()) {
                        kindIds.putIfAbsent(c, kindIds.size());
                    }
                }
            }
        }
        // compile the patterns (this numbers the words of literals and lexicons)
        Map<Lexicon, Lexicon.ById> tries = new java.util.IdentityHashMap<>();
        int[] slots = {0};
        this.programs = new Item[rules.size()][];
        for (Rule r : rules) {
            List<Element> els = r.elements();
            Item[] items = new Item[els.size()];
            for (int k = 0; k < items.length; k++) {
                items[k] = compile(els.get(k), tries, slots);
            }
            programs[r.order()] = items;
        }
        this.regexSlots = slots[0];
        List<String> triggers = new ArrayList<>();
        Map<String, Integer> triggerIds = new HashMap<>();
        for (Stage st : stages) {
            for (String w : st.byWord.keySet()) {
                if (triggerIds.putIfAbsent(w, triggerIds.size()) == null) {
                    triggers.add(w);
                    wordId(w); // a case-sensitive word ("May") triggers by its lower case
                }
            }
        }
        for (Stage st : stages) {
            st.freeze(triggerIds, rules.size(), this::wordId, kindIds);
        }
        this.triggerOf = new int[vocabulary.size()];
        Arrays.fill(triggerOf, -1);
        for (int t = 0; t < triggers.size(); t++) {
            triggerOf[vocabulary.get(triggers.get(t))] = t;
        }
        this.maxItems = rules.stream().mapToInt(r -> r.elements().size()).max().orElse(1);
        List<List<Integer>> ws = new ArrayList<>();
        for (int w = 0; w < triggers.size(); w++) {
            ws.add(new ArrayList<>());
        }
        List<Integer> dig = new ArrayList<>();
        List<Integer> oth = new ArrayList<>();
        List<List<Integer>> ks = new ArrayList<>();
        for (int k = 0; k < kindIds.size(); k++) {
            ks.add(new ArrayList<>());
        }
        for (int st = 0; st < stages.length; st++) {
            for (String w : stages[st].byWord.keySet()) {
                ws.get(triggerIds.get(w)).add(st);
            }
            for (String k : stages[st].byKind.keySet()) {
                ks.get(kindIds.get(k)).add(st);
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

    /** The number of a word, numbering it if it is new (only while the grammar is built). */
    private int wordId(String lower) {
        return vocabulary.computeIfAbsent(lower, k -> vocabulary.size());
    }

    /** The sorted ids of words (null for null). */
    private static int[] wordIds(Set<String> words, java.util.function.ToIntFunction<String> wordId) {
        return words == null ? null : words.stream().mapToInt(wordId).sorted().toArray();
    }

    /** A bit set of kind ids. */
    private static long[] kindMask(Set<String> kinds, Map<String, Integer> kindIds) {
        long[] mask = new long[(kindIds.size() + 63) / 64];
        for (String k : kinds) {
            int id = kindIds.get(k);
            mask[id >>> 6] |= 1L << id;
        }
        return mask;
    }

    private Item compile(Element e, Map<Lexicon, Lexicon.ById> tries, int[] slots) {
        if (e instanceof Element.Behind b) {
            return Item.behind(compile(b.inner(), tries, slots), b.must());
        } else if (e instanceof Element.Literal l) {
            return l.caseSensitive() ? Item.exact(l) : Item.words(l, wordIds(l.words(), this::wordId));
        } else if (e instanceof Element.LexRef l) {
            return Item.lexicon(l, tries.computeIfAbsent(l.lexicon(), x -> x.byId(this::wordId)));
        } else if (e instanceof Element.MentionRef m) {
            return Item.mention(m, kindMask(m.categories(), kindIds));
        } else if (e instanceof Element.TokenRegex x) {
            return Item.regex(x, slots[0]++);
        }
        throw new IllegalStateException("unknown pattern item " + e);
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
        Cell[] chart = new Cell[n];
        int[] seen = new int[rules.size()];
        int stamp = 0;
        List<Match> all = new ArrayList<>();
        Rule[] candidates = new Rule[rules.size()];
        // Where each stage has work: a position is visited only if one of the stage's rules can
        // start there (its first word, a regex on a digit token, or a mention of a kind it takes).
        java.util.BitSet[] todo = new java.util.BitSet[stages.length];
        for (int s = 0; s < stages.length; s++) {
            todo[s] = new java.util.BitSet(n);
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
            Integer id = vocabulary.get(t.lower());
            ids[i] = id == null ? -1 : id;
            trigger[i] = id == null ? -1 : triggerOf[id];
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
        for (int s = 0; s < stages.length; s++) {
            Stage st = stages[s];
            java.util.BitSet here0 = todo[s];
            for (int i = here0.nextSetBit(0); i >= 0; i = here0.nextSetBit(i + 1)) {
                Token t = tokens.get(i);
                Cell here = chart[i];
                WordIndex byWord = trigger[i] < 0 ? null : st.wordIndex[trigger[i]];
                // a word without '-' or '/' skips the regexes that need one ("third-quarter", "3/4")
                List<RegexRule> regexRules = digitStart[i] ? st.digitRegex : joined[i] ? st.otherRegex : st.plainRegex;
                int count = 0;
                stamp++;
                Token next = i + 1 < n ? tokens.get(i + 1) : null;
                int nextId = i + 1 < n ? ids[i + 1] : -1;
                Cell nextCell = i + 1 < n ? chart[i + 1] : null;
                long nextLo = i + 1 < n ? charsLo[i + 1] : 0;
                long nextHi = i + 1 < n ? charsHi[i + 1] : 0;
                if (byWord != null) {
                    for (Rule r : byWord.always) {
                        if (seen[r.order()] != stamp) {
                            seen[r.order()] = stamp;
                            candidates[count++] = r;
                        }
                    }
                    Rule[] viaNext = byWord.byNext.get(nextId);
                    if (viaNext != null) {
                        for (Rule r : viaNext) {
                            if (seen[r.order()] != stamp) {
                                seen[r.order()] = stamp;
                                candidates[count++] = r;
                            }
                        }
                    }
                    for (Rule r : byWord.checked) {
                        if (seen[r.order()] != stamp && st.second[r.order()].admits(ids[i], nextId, next, nextCell, nextLo, nextHi)) {
                            seen[r.order()] = stamp;
                            candidates[count++] = r;
                        }
                    }
                }
                for (int k = 0; k < regexRules.size(); k++) {
                    RegexRule x = regexRules.get(k);
                    Rule r = x.rule();
                    if (seen[r.order()] != stamp && x.first().mayMatch(t, charsLo[i], charsHi[i])
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
                for (int c = 0; c < count; c++) {
                    Rule r = candidates[c];
                    Match m = attempt.run(r, programs[r.order()], i);
                    if (m != null) {
                        int kind = kindId(m.kind());
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
        return all;
    }

    /** The id of a kind, or -1 for a kind no rule names. */
    private int kindId(String kind) {
        Integer id = kindIds.get(kind);
        return id == null ? -1 : id;
    }

    /** '-' and '/' as bits of {@link RegexNeeds#textBits}: the joiners some regexes need. */
    private static final long JOINERS = 1L << '-' | 1L << '/';

    /** The mentions found so far that start at one token, with their kind ids, in the order found. */
    private static final class Cell {
        Match[] matches = new Match[2];
        int[] kinds = new int[2];
        int size;

        void add(Match m, int kind) {
            if (size == matches.length) {
                matches = Arrays.copyOf(matches, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
            }
            matches[size] = m;
            kinds[size++] = kind;
        }
    }

    private static boolean hasKind(long[] mask, int kind) {
        return kind >= 0 && (mask[kind >>> 6] & (1L << kind)) != 0;
    }

    /** Whether a sorted array of word ids holds {@code id} (never for -1, an unknown word). */
    private static boolean hasWord(int[] sorted, int id) {
        if (id < 0) {
            return false;
        }
        if (sorted.length <= 8) {
            for (int w : sorted) {
                if (w == id) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(sorted, id) >= 0;
    }

    /**
     * Chooses the mentions to report: the longest first, then the higher priority, the later
     * stage, the earlier rule; a mention overlapping one already chosen is dropped. Kinds that
     * start with {@code _} are internal (pieces for other rules) and are never chosen, except
     * {@code _block}, which is chosen like any other and then hidden: that is how a negative
     * rule ("AC-130", "Section 427") keeps other rules off a span.
     */
    public static List<Match> select(List<Match> chart, List<Token> tokens) {
        List<Ranked> cands = new ArrayList<>();
        for (Match m : chart) {
            String k = m.kind();
            if (!k.startsWith("_") || k.equals("_block")) {
                cands.add(new Ranked(m, tokens.get(m.end() - 1).end() - tokens.get(m.start()).start(),
                        m.rule().priority(), m.rule().stage()));
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

    /** A candidate of {@link #select} with what it is ranked by, worked out once (the sort compares often). */
    private record Ranked(Match match, int length, int priority, int stage) {
        static final Comparator<Ranked> ORDER = (a, b) -> {
            if (a.length != b.length) {
                return Integer.compare(b.length, a.length);
            }
            if (a.priority != b.priority) {
                return Integer.compare(b.priority, a.priority);
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

    /**
     * A cheap test of the token after a rule's first word, for rules that start with one fixed
     * word followed by a required word, word list or mention ("in [<date>]", "the {rel}"): most
     * occurrences of "the" or "in" then cost a set lookup instead of an attempt. Built over
     * strings; {@link NextCheck} is its form over word and kind ids, used by the scan.
     */
    record Second(Set<String> via, Set<String> words, Set<String> kinds, Element.TokenRegex regex) {
        static final Second ANY = new Second(null, null, null, null);

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
            if (!first.optional()) {
                return after(els, k);
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
     * For a rule whose match starts with a required regex item (one token) at the trigger: what
     * the token after it must be ("/\\d{1,2}/ o'clock", "/\\d+/ and a half"), so that most
     * numbers cost a set lookup instead of running the regex.
     */
    static Second afterRegex(Rule r) {
        List<Element> els = r.elements();
        int k = 0;
        while (k < els.size() && els.get(k) instanceof Element.Behind) {
            k++;
        }
        if (k + 1 >= els.size() || !(els.get(k) instanceof Element.TokenRegex first) || first.optional() || first.negated()) {
            return Second.ANY;
        }
        return after(els, k);
    }

    /** What the token after required one-token item {@code k} must be, from item {@code k + 1} on. */
    private static Second after(List<Element> els, int k) {
        Element next = els.get(k + 1);
        if (next.negated()) {
            return Second.ANY;
        }
        if (next.optional()) {
            Set<String> words = wordsAt(els, k + 1);
            return words == null ? Second.ANY : new Second(null, words, null, null);
        }
        if (next instanceof Element.Literal l && !l.caseSensitive()) {
            return new Second(null, l.words(), null, null);
        }
        if (next instanceof Element.LexRef l) {
            return new Second(null, Set.copyOf(l.lexicon().firstTokens()), null, null);
        }
        if (next instanceof Element.TokenRegex x) {
            return new Second(null, null, null, x);
        }
        if (next instanceof Element.MentionRef m && m.requireAny().isEmpty()) {
            return new Second(null, null, m.categories(), null);
        }
        return Second.ANY;
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

    /** {@link Second} over ids: what the scan asks of the token after a trigger word. */
    private static final class NextCheck {
        static final NextCheck ANY = new NextCheck(null, null, null, null);

        final int[] via;
        final int[] words;
        final long[] kinds;
        final Element.TokenRegex regex;

        NextCheck(int[] via, int[] words, long[] kinds, Element.TokenRegex regex) {
            this.via = via;
            this.words = words;
            this.kinds = kinds;
            this.regex = regex;
        }

        /**
         * @param word     the id of the word that triggered the rule here
         * @param nextId   the id of the following token (-1 if unknown or at the end)
         * @param next     the following token, or null at the end
         * @param nextCell the mentions that start at the following token, or null
         * @param nextLo   the following token's characters as bits ({@link RegexNeeds#textBits})
         * @param nextHi   the same, for characters 64-127
         */
        boolean admits(int word, int nextId, Token next, Cell nextCell, long nextLo, long nextHi) {
            if (via != null && !hasWord(via, word)) {
                return true; // triggered another way: no opinion
            }
            if (words != null) {
                return hasWord(words, nextId);
            }
            if (regex != null) {
                return next != null && regex.mayMatch(next, nextLo, nextHi);
            }
            if (kinds != null) {
                if (nextCell == null) {
                    return false;
                }
                for (int k = 0; k < nextCell.size; k++) {
                    if (hasKind(kinds, nextCell.kinds[k])) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        }
    }

    /** The rules a mention kind starts in one stage: always tried, or admitted by the word after the mention. */
    record KindIndex(Rule[] always, IntTable<Rule[]> byAfter) {
        static KindIndex of(List<Rule> rules, java.util.function.ToIntFunction<String> wordId) {
            List<Rule> always = new ArrayList<>();
            Map<Integer, List<Rule>> after = new HashMap<>();
            for (Rule r : rules) {
                Set<String> need = afterFirstMention(r);
                if (need == null) {
                    always.add(r);
                } else {
                    for (String w : need) {
                        after.computeIfAbsent(wordId.applyAsInt(w), k -> new ArrayList<>()).add(r);
                    }
                }
            }
            return new KindIndex(always.toArray(Rule[]::new), freeze(after));
        }
    }

    private static IntTable<Rule[]> freeze(Map<Integer, List<Rule>> m) {
        Map<Integer, Rule[]> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, v.toArray(Rule[]::new)));
        return IntTable.of(frozen);
    }

    /**
     * The rules one word triggers in one stage: those always tried, those admitted by the next
     * token's word (one lookup for all of them), and those whose check looks further.
     */
    record WordIndex(Rule[] always, IntTable<Rule[]> byNext, Rule[] checked) {
        static WordIndex of(String word, List<Rule> rules, Second[] second, java.util.function.ToIntFunction<String> wordId) {
            List<Rule> always = new ArrayList<>();
            List<Rule> checked = new ArrayList<>();
            Map<Integer, List<Rule>> next = new HashMap<>();
            for (Rule r : rules) {
                Second s = second[r.order()];
                boolean applies = s != Second.ANY && (s.via() == null || s.via().contains(word));
                Set<String> viaLexicon = applies ? null : nextAfterLexicon(r, word);
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
    }

    /** A rule that starts with a regex, with the cheap test a token must pass first. */
    record RegexRule(Rule rule, Element.TokenRegex first, NextCheck next) {
    }

    /** Rules of one stage, indexed by what can trigger them. */
    private static final class Stage {
        final Map<String, List<Rule>> byWord = new HashMap<>();
        final Map<String, List<Rule>> byKind = new HashMap<>();
        /** Rules that start with a regex, tried at tokens that start with a digit / at the others. */
        final List<RegexRule> digitRegex = new ArrayList<>();
        final List<RegexRule> otherRegex = new ArrayList<>();
        /** By rule order: what the token after a word-triggered start must be. */
        NextCheck[] second;
        /** By trigger number: the rules that word triggers, split by how the next token is checked. */
        WordIndex[] wordIndex;
        /** By kind id: the rules a mention of that kind can start, split by the word after it; null when none. */
        KindIndex[] kindIndex;
        /** otherRegex less the rules whose required literal holds '-' or '/'. */
        final List<RegexRule> plainRegex = new ArrayList<>();

        void freeze(Map<String, Integer> triggers, int ruleCount, java.util.function.ToIntFunction<String> wordId,
                    Map<String, Integer> kindIds) {
            if (!byKind.isEmpty()) {
                kindIndex = new KindIndex[kindIds.size()];
                byKind.forEach((k, rs) -> kindIndex[kindIds.get(k)] = KindIndex.of(rs, wordId));
            }
            Second[] strings = new Second[ruleCount];
            second = new NextCheck[ruleCount];
            Arrays.fill(strings, Second.ANY);
            Arrays.fill(second, NextCheck.ANY);
            for (List<Rule> rs : byWord.values()) {
                for (Rule r : rs) {
                    Second sc = Second.of(r);
                    strings[r.order()] = sc;
                    second[r.order()] = check(sc, wordId, kindIds);
                }
            }
            // regex-first rules: the token after the regex, checked before the regex is run
            Map<Rule, NextCheck> afterRegex = new java.util.IdentityHashMap<>();
            java.util.function.UnaryOperator<RegexRule> withNext = x -> new RegexRule(x.rule(), x.first(),
                    afterRegex.computeIfAbsent(x.rule(), r -> check(afterRegex(r), wordId, kindIds)));
            digitRegex.replaceAll(withNext);
            otherRegex.replaceAll(withNext);
            wordIndex = new WordIndex[triggers.size()];
            for (Map.Entry<String, List<Rule>> e : byWord.entrySet()) {
                wordIndex[triggers.get(e.getKey())] = WordIndex.of(e.getKey(), e.getValue(), strings, wordId);
            }
            for (RegexRule x : otherRegex) {
                String lit = x.first().requiredLiteral();
                if (lit == null || (lit.indexOf('-') < 0 && lit.indexOf('/') < 0)) {
                    plainRegex.add(x);
                }
            }
        }

        private static NextCheck check(Second sc, java.util.function.ToIntFunction<String> wordId, Map<String, Integer> kindIds) {
            return sc == Second.ANY ? NextCheck.ANY : new NextCheck(wordIds(sc.via(), wordId), wordIds(sc.words(), wordId),
                    sc.kinds() == null ? null : kindMask(sc.kinds(), kindIds), sc.regex());
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
                    RegexRule rr = new RegexRule(r, r.firstRegex(), NextCheck.ANY);
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
     * One item of a compiled pattern: the {@link Element} with what the scan needs resolved
     * ahead (word ids, the lexicon's id trie, kind masks, a matcher slot, the capture name), and
     * its sort as a small int for a switch instead of a chain of type tests.
     */
    private static final class Item {
        static final int BEHIND = 0;
        static final int WORDS = 1;
        static final int EXACT = 2;
        static final int LEXICON = 3;
        static final int MENTION = 4;
        static final int REGEX = 5;

        final int type;
        final boolean optional;
        final boolean negated;
        /** What a match is captured as, or null. */
        final String name;
        int[] words;
        Set<String> exact;
        Lexicon.ById lexicon;
        boolean capital;
        long[] kinds;
        Element.MentionRef mention;
        Element.TokenRegex regex;
        int slot;
        Item inner;
        boolean must;

        private Item(int type, Element e, String name) {
            this(type, e.optional(), e.negated(), name);
        }

        private Item(int type, boolean optional, boolean negated, String name) {
            this.type = type;
            this.optional = optional;
            this.negated = negated;
            this.name = name;
        }

        /** Zero-width like a negation: consumes nothing, never triggers, outside the extent. */
        static Item behind(Item inner, boolean must) {
            Item it = new Item(BEHIND, false, true, null);
            it.inner = inner;
            it.must = must;
            return it;
        }

        static Item words(Element.Literal l, int[] ids) {
            Item it = new Item(WORDS, l, l.alias());
            it.words = ids;
            return it;
        }

        static Item exact(Element.Literal l) {
            Item it = new Item(EXACT, l, l.alias());
            it.exact = l.words();
            return it;
        }

        static Item lexicon(Element.LexRef l, Lexicon.ById trie) {
            Item it = new Item(LEXICON, l, l.alias() != null ? l.alias() : l.lexicon().name());
            it.lexicon = trie;
            it.capital = l.capital();
            return it;
        }

        static Item mention(Element.MentionRef m, long[] kinds) {
            Item it = new Item(MENTION, m, m.alias() != null ? m.alias()
                    : m.categories().size() == 1 ? m.categories().iterator().next() : null);
            it.kinds = kinds;
            it.mention = m;
            return it;
        }

        static Item regex(Element.TokenRegex x, int slot) {
            Item it = new Item(REGEX, x, x.alias());
            it.regex = x;
            it.slot = slot;
            return it;
        }
    }

    /**
     * Tries rules at positions; depth-first over a pattern's items. One per scan, reused for
     * every attempt (the scan is single-threaded), so trying a rule allocates nothing until it
     * matches.
     */
    private static final class Attempt {
        private final List<Token> tokens;
        private final int[] ids;
        private final long[] charsLo;
        private final long[] charsHi;
        private final int n;
        private final Cell[] chart;
        // per item: where it matched ([-1] when skipped) and the mention it consumed
        private final int[] elStart;
        private final int[] elEnd;
        private final Match[] elChild;
        // capture stack
        private final String[] capName = new String[24];
        private final Object[] capVal = new Object[24];
        private final int[] lexEnds = new int[4];
        private final String[] lexVals = new String[4];
        /** By regex slot, created on first use. */
        private final Matcher[] matchers;
        private Rule rule;
        private Item[] items;
        private int start;
        private Match best;

        Attempt(List<Token> tokens, int[] ids, long[] charsLo, long[] charsHi, Cell[] chart, int maxItems, int regexSlots) {
            this.tokens = tokens;
            this.ids = ids;
            this.charsLo = charsLo;
            this.charsHi = charsHi;
            this.n = tokens.size();
            this.chart = chart;
            this.elStart = new int[maxItems];
            this.elEnd = new int[maxItems];
            this.elChild = new Match[maxItems];
            this.matchers = new Matcher[regexSlots];
        }

        Match run(Rule r, Item[] program, int at) {
            this.rule = r;
            this.items = program;
            this.start = at;
            this.best = null;
            step(0, at, 0);
            return best;
        }

        private Matcher matcher(Item x, String text) {
            Matcher m = matchers[x.slot];
            if (m == null) {
                m = x.regex.pattern().matcher(text);
                matchers[x.slot] = m;
                return m;
            }
            return m.reset(text);
        }

        private void step(int ei, int pos, int caps) {
            if (ei == items.length) {
                if (pos > start && (best == null || pos > best.end())) {
                    best = build(pos, caps);
                }
                return;
            }
            Item e = items[ei];
            if (e.type == Item.BEHIND) {
                boolean hit = pos > 0 && matchesHere(e.inner, pos - 1);
                if (hit == e.must) {
                    elStart[ei] = -1;
                    step(ei + 1, pos, caps);
                }
                return;
            }
            if (e.negated) {
                if (!matchesHere(e, pos)) {
                    elStart[ei] = -1;
                    step(ei + 1, pos, caps);
                }
                return;
            }
            if (e.optional) {
                elStart[ei] = -1;
                elChild[ei] = null;
                step(ei + 1, pos, caps);
            }
            if (pos >= n || (pos > start && tokens.get(pos).newlineBefore())) {
                return;
            }
            elStart[ei] = pos;
            elChild[ei] = null;
            switch (e.type) {
                case Item.WORDS, Item.EXACT -> {
                    Token t = tokens.get(pos);
                    if (literal(e, t, ids[pos])) {
                        elEnd[ei] = pos + 1;
                        step(ei + 1, pos + 1, push(caps, e.name, t.lower()));
                    }
                }
                case Item.LEXICON -> {
                    if (e.capital && !tokens.get(pos).isCapitalized()) {
                        return;
                    }
                    // the lexicon's forms here, longest last (bounded; copied because step() recurses)
                    int cnt = e.lexicon.matchAt(tokens, ids, pos, lexEnds, lexVals);
                    if (cnt == 0) {
                        return;
                    }
                    if (cnt == 1) {
                        elEnd[ei] = lexEnds[0];
                        step(ei + 1, lexEnds[0], push(caps, e.name, lexVals[0]));
                        return;
                    }
                    int[] ends = Arrays.copyOf(lexEnds, cnt);
                    String[] vals = Arrays.copyOf(lexVals, cnt);
                    for (int k = cnt - 1; k >= 0; k--) { // longest first
                        elStart[ei] = pos;
                        elEnd[ei] = ends[k];
                        elChild[ei] = null;
                        step(ei + 1, ends[k], push(caps, e.name, vals[k]));
                    }
                }
                case Item.MENTION -> {
                    Cell here = chart[pos];
                    if (here == null) {
                        return;
                    }
                    int stage = rule.stage();
                    for (int k = 0; k < here.size; k++) {
                        Match c = here.matches[k];
                        if (c.rule().stage() < stage && hasKind(e.kinds, here.kinds[k]) && e.mention.accepts(c.frame())) {
                            elStart[ei] = pos;
                            elEnd[ei] = c.end();
                            elChild[ei] = c;
                            step(ei + 1, c.end(), push(caps, e.name, c.frame()));
                        }
                    }
                }
                case Item.REGEX -> {
                    Token t = tokens.get(pos);
                    Element.TokenRegex x = e.regex;
                    if (!x.mayMatch(t, charsLo[pos], charsHi[pos])) {
                        return;
                    }
                    Matcher mt = matcher(e, t.text());
                    if (mt.matches()) {
                        int c2 = push(caps, e.name, t.text());
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
                default -> throw new IllegalStateException("item type " + e.type);
            }
        }

        private boolean matchesHere(Item e, int pos) {
            if (pos >= n) {
                return false;
            }
            switch (e.type) {
                case Item.WORDS, Item.EXACT -> {
                    return literal(e, tokens.get(pos), ids[pos]);
                }
                case Item.LEXICON -> {
                    if (e.capital && !tokens.get(pos).isCapitalized()) {
                        return false;
                    }
                    return e.lexicon.matchAt(tokens, ids, pos, lexEnds, lexVals) > 0;
                }
                case Item.MENTION -> {
                    Cell here = chart[pos];
                    if (here == null) {
                        return false;
                    }
                    for (int k = 0; k < here.size; k++) {
                        if (hasKind(e.kinds, here.kinds[k]) && e.mention.accepts(here.matches[k].frame())) {
                            return true;
                        }
                    }
                    return false;
                }
                case Item.REGEX -> {
                    Token t = tokens.get(pos);
                    return e.regex.mayMatch(t, charsLo[pos], charsHi[pos]) && matcher(e, t.text()).matches();
                }
                default -> {
                    return false;
                }
            }
        }

        private static boolean literal(Item e, Token t, int id) {
            return e.type == Item.EXACT ? e.exact.contains(t.text()) : hasWord(e.words, id);
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
                if (elStart[k] >= 0 && !items[k].negated && elEnd[k] > elStart[k]) {
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
            for (int k = 0; k < items.length; k++) {
                if (elChild[k] != null && elStart[k] >= 0) {
                    kids.add(elChild[k]);
                }
            }
            return new Match(rule, start, end, cs, ce, f.build(), List.copyOf(kids));
        }
    }
}
