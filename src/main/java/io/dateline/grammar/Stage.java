package io.dateline.grammar;

import static io.dateline.grammar.IdSets.kindMask;
import static io.dateline.grammar.IdSets.wordIds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules of one stage, indexed by what can trigger them. */
final class Stage {
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
    /** The three lists above as shortlists by token traits (set by {@link #freeze}). */
    RegexShortlist digitShortlist;
    RegexShortlist otherShortlist;
    RegexShortlist plainShortlist;

    void freeze(Map<String, Integer> triggers, int ruleCount, java.util.function.ToIntFunction<String> wordId,
                Numbering kinds) {
        if (!byKind.isEmpty()) {
            kindIndex = new KindIndex[kinds.size()];
            byKind.forEach((k, rs) -> kindIndex[kinds.find(k)] = KindIndex.of(rs, wordId));
        }
        NextToken[] strings = new NextToken[ruleCount];
        second = new NextCheck[ruleCount];
        Arrays.fill(strings, NextToken.ANY);
        Arrays.fill(second, NextCheck.ANY);
        for (List<Rule> rs : byWord.values()) {
            for (Rule r : rs) {
                NextToken sc = NextToken.of(r);
                strings[r.order()] = sc;
                second[r.order()] = check(sc, wordId, kinds);
            }
        }
        // regex-first rules: the token after the regex, checked before the regex is run
        Map<Rule, NextCheck> afterRegex = new java.util.IdentityHashMap<>();
        java.util.function.UnaryOperator<RegexRule> withNext = x -> new RegexRule(x.rule(), x.first(),
                afterRegex.computeIfAbsent(x.rule(), r -> check(NextToken.afterRegex(r), wordId, kinds)));
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
        digitShortlist = new RegexShortlist(digitRegex);
        otherShortlist = new RegexShortlist(otherRegex);
        plainShortlist = new RegexShortlist(plainRegex);
    }

    private static NextCheck check(NextToken sc, java.util.function.ToIntFunction<String> wordId, Numbering kinds) {
        return sc == NextToken.ANY ? NextCheck.ANY : new NextCheck(wordIds(sc.via(), wordId), wordIds(sc.words(), wordId),
                sc.kinds() == null ? null : kindMask(sc.kinds(), kinds), sc.regex());
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
