package io.dateline.grammar;

import java.util.List;
import java.util.Set;

/**
 * A cheap test of the token after a rule's first word, for rules that start with one fixed
 * word followed by a required word, word list or mention ("in [<date>]", "the {rel}"): most
 * occurrences of "the" or "in" then cost a set lookup instead of an attempt. Built over
 * strings; {@link NextCheck} is its form over word and kind ids, used by the scan.
 */
record NextToken(Set<String> via, Set<String> words, Set<String> kinds, Element.TokenRegex regex) {
    static final NextToken ANY = new NextToken(null, null, null, null);

    static NextToken of(Rule r) {
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
            return new NextToken(first.optional() ? ((Element.Literal) first).words() : null, words, null, null);
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
            return new NextToken(via, l.words(), null, null);
        }
        if (next instanceof Element.LexRef l) {
            if (via != null && l.lexicon().firstTokens().stream().anyMatch(via::contains)) {
                return ANY;
            }
            return new NextToken(via, Set.copyOf(l.lexicon().firstTokens()), null, null);
        }
        if (next instanceof Element.TokenRegex x) {
            return new NextToken(via, null, null, x);
        }
        if (next instanceof Element.MentionRef m && m.requireAny().isEmpty()) {
            return new NextToken(via, null, m.categories(), null);
        }
        return ANY;
    }

    /**
     * For a rule whose match starts with a required regex item (one token) at the trigger: what
     * the token after it must be ("/\\d{1,2}/ o'clock", "/\\d+/ and a half"), so that most
     * numbers cost a set lookup instead of running the regex.
     */
    static NextToken afterRegex(Rule r) {
        List<Element> els = r.elements();
        int k = 0;
        while (k < els.size() && els.get(k) instanceof Element.Behind) {
            k++;
        }
        if (k + 1 >= els.size() || !(els.get(k) instanceof Element.TokenRegex first) || first.optional() || first.negated()) {
            return NextToken.ANY;
        }
        return after(els, k);
    }

    /** What the token after required one-token item {@code k} must be, from item {@code k + 1} on. */
    private static NextToken after(List<Element> els, int k) {
        Element next = els.get(k + 1);
        if (next.negated()) {
            return NextToken.ANY;
        }
        if (next.optional()) {
            Set<String> words = wordsAt(els, k + 1);
            return words == null ? NextToken.ANY : new NextToken(null, words, null, null);
        }
        if (next instanceof Element.Literal l && !l.caseSensitive()) {
            return new NextToken(null, l.words(), null, null);
        }
        if (next instanceof Element.LexRef l) {
            return new NextToken(null, Set.copyOf(l.lexicon().firstTokens()), null, null);
        }
        if (next instanceof Element.TokenRegex x) {
            return new NextToken(null, null, null, x);
        }
        if (next instanceof Element.MentionRef m && m.requireAny().isEmpty()) {
            return new NextToken(null, null, m.categories(), null);
        }
        return NextToken.ANY;
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
}
