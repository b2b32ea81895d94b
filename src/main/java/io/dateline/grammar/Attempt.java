package io.dateline.grammar;

import static io.dateline.grammar.IdSets.hasKind;
import static io.dateline.grammar.IdSets.hasWord;

import io.dateline.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Tries rules at positions; depth-first over a pattern's items. One per scan, reused for
 * every attempt (the scan is single-threaded), so trying a rule allocates nothing until it
 * matches.
 */
final class Attempt {
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
    /** Characters given to regexes so far, for {@link io.dateline.text.WorkCounter}. */
    long regexChars;

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

    /**
     * The item's matcher over the whole token when its regex matches it (ready for its groups),
     * else null; a budgeted regex that spends its reads does not match.
     */
    private Matcher matches(Item x, String text) {
        regexChars += text.length();
        CharSequence in = x.regex.budgeted() ? new ReadBudget(text, Grammar.USER_REGEX_READS) : text;
        Matcher m = matchers[x.slot];
        if (m == null) {
            m = x.regex.pattern().matcher(in);
            matchers[x.slot] = m;
        } else {
            m.reset(in);
        }
        try {
            return m.matches() ? m : null;
        } catch (ReadBudget.Spent spent) {
            return null;
        }
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
                Matcher mt = matches(e, t.text());
                if (mt != null) {
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
                return e.regex.mayMatch(t, charsLo[pos], charsHi[pos]) && matches(e, t.text()) != null;
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
