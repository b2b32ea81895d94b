package io.dateline.grammar;

import java.util.Set;

/**
 * One item of a compiled pattern: the {@link Element} with what the scan needs resolved
 * ahead (word ids, the lexicon's id trie, kind masks, a matcher slot, the capture name), and
 * its sort as a small int for a switch instead of a chain of type tests.
 */
final class Item {
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
