package io.dateline.grammar;

import static io.dateline.grammar.IdSets.kindMask;
import static io.dateline.grammar.IdSets.wordIds;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles rule patterns when a grammar is built: every word a rule or lexicon compares tokens
 * with gets a number, and so does every mention kind; each {@link Element} becomes an
 * {@link Item} with those numbers resolved, so a scan looks each token up once and works on
 * ints from then on.
 */
final class PatternCompiler {

    private final Numbering words;
    private final Numbering kinds;
    private final Map<Lexicon, Lexicon.ById> tries = new IdentityHashMap<>();
    private int regexSlots;

    PatternCompiler(Numbering words, Numbering kinds) {
        this.words = words;
        this.kinds = kinds;
    }

    /** Numbers every mention kind a rule produces or takes, in rule order. */
    static Numbering kinds(List<Rule> rules) {
        Numbering kinds = new Numbering();
        for (Rule r : rules) {
            for (String c : r.categories()) {
                kinds.id(c);
            }
            for (Element e : r.elements()) {
                if (e instanceof Element.MentionRef m) {
                    for (String c : m.categories()) {
                        kinds.id(c);
                    }
                }
            }
        }
        return kinds;
    }

    /** By rule order: each rule's compiled pattern (this numbers the words of literals and lexicons). */
    Item[][] compile(List<Rule> rules) {
        Item[][] programs = new Item[rules.size()][];
        for (Rule r : rules) {
            List<Element> els = r.elements();
            Item[] items = new Item[els.size()];
            for (int k = 0; k < items.length; k++) {
                items[k] = compile(els.get(k));
            }
            programs[r.order()] = items;
        }
        return programs;
    }

    /** How many regex items were compiled (each has a slot for its reusable matcher). */
    int regexSlots() {
        return regexSlots;
    }

    private Item compile(Element e) {
        if (e instanceof Element.Behind b) {
            return Item.behind(compile(b.inner()), b.must());
        } else if (e instanceof Element.Literal l) {
            return l.caseSensitive() ? Item.exact(l) : Item.words(l, wordIds(l.words(), words::id));
        } else if (e instanceof Element.LexRef l) {
            return Item.lexicon(l, tries.computeIfAbsent(l.lexicon(), x -> x.byId(words::id)));
        } else if (e instanceof Element.MentionRef m) {
            return Item.mention(m, kindMask(m.categories(), kinds));
        } else if (e instanceof Element.TokenRegex x) {
            return Item.regex(x, regexSlots++);
        }
        throw new IllegalStateException("unknown pattern item " + e);
    }
}
