package io.dateline.resolve.quantity;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.resolve.DocumentContext;
import io.dateline.text.Token;
import io.dateline.text.WorkCounter;
import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import java.util.List;
import java.util.Locale;

/**
 * Changes: whether a figure is the amount of a change ("rose 2.3%": up, by), where it came
 * from or went to ("slid from 104.20 to 103.75": from, linked to its partner; to), or a
 * signed change ("+0.2%"). The cue words are lexicons: {@code change.cue} before the figure
 * (VALUE up or down), {@code change.after} after it ("0.68 percent lower"), {@code
 * change.filler} words that may stand between a cue and its figure ("rose by", "fell
 * sharply"). "up to" is a qualifier inside the figure, never a cue. Every look is bounded:
 * {@link #WINDOW} tokens back, the next token, and at most {@link #BACK} earlier mentions.
 */
final class Changes {

    /** Tokens looked at before a figure for its cue. */
    static final int WINDOW = 4;
    /** Earlier mentions looked at for the figure a "to" or "or" continues. */
    static final int BACK = 3;
    /** How far (tokens) the earlier figure of a "to" may lie. */
    static final int REACH = 12;

    private final Lexicon cues;
    private final Lexicon after;
    private final Lexicon fillers;

    Changes(Grammar grammar) {
        this.cues = grammar.lexicon("change.cue");
        this.after = grammar.lexicon("change.after");
        this.fillers = grammar.lexicon("change.filler");
    }

    /**
     * The figure {@code q} with its change read, and the figure it continues in {@code out}
     * updated with its partner. {@code q} is not yet in {@code out}.
     */
    QuantityMention apply(QuantityMention q, DocumentContext ctx, List<Mention> out) {
        if (cues == null || q.dimension().equals("ordinal")) {
            return q;
        }
        List<Token> toks = ctx.tokens();
        int first = tokenAt(toks, ctx, q.start());
        int last = tokenAt(toks, ctx, q.end() - 1);
        if (first < 0 || last < 0) {
            return q;
        }
        int sentenceStart = ctx.sentences().startOf(toks.get(first).start());
        String role = null;
        String cue = null;
        String direction = null;
        int visited = 0;
        for (int i = first - 1; i >= 0 && i >= first - WINDOW && toks.get(i).start() >= sentenceStart; i--) {
            visited++;
            String w = toks.get(i).lower();
            if (role == null && (w.equals("from") || w.equals("to") || w.equals("at"))) {
                role = w.equals("at") ? "to" : w;
                continue;
            }
            String d = cues.lookup(w);
            if (d != null) {
                direction = d;
                cue = toks.get(i).text();
                break;
            }
            if (fillers == null || fillers.lookup(w) == null) {
                break;
            }
        }
        if (direction == null && after != null && last + 1 < toks.size()) {
            visited++;
            String d = after.lookup(toks.get(last + 1).lower());
            if (d != null && role == null) {
                direction = d;
                cue = toks.get(last + 1).text();
            }
        }
        WorkCounter.add(WorkCounter.Kind.LOOKBACK, visited);
        if (direction != null) {
            return continued(q, new QuantityMention.Change(direction, role == null ? "by" : role, cue, null), first,
                    ctx, out);
        }
        if ("from".equals(role)) {
            return with(q, new QuantityMention.Change(null, "from", null, null));
        }
        if ("to".equals(role) || first > 0 && toks.get(first - 1).lower().equals("or")) {
            // "rose 4.8% to $13.18 billion", "from $75 to $45.88", "lost 190 points, or 0.6%"
            String r = "to".equals(role) ? "to" : "or";
            int k = earlier(out, ctx, first);
            if (k >= 0) {
                QuantityMention prev = (QuantityMention) out.get(k);
                QuantityMention.Change pc = prev.change();
                if (r.equals("or") && "by".equals(pc.role())) {
                    return with(q, new QuantityMention.Change(pc.direction(), "by", pc.cue(), null));
                }
                if (r.equals("to") && !"to".equals(pc.role())) {
                    if ("from".equals(pc.role())) {
                        out.set(k, with(prev, new QuantityMention.Change(pc.direction(), "from", pc.cue(), q.start())));
                    }
                    return with(q, new QuantityMention.Change(pc.direction(), "to", pc.cue(), prev.start()));
                }
            }
            return q;
        }
        return signed(q, toks, first, ctx);
    }

    /** A "from" or "to" figure with a cue before it links to the figure it continues, as above. */
    private QuantityMention continued(QuantityMention q, QuantityMention.Change c, int first, DocumentContext ctx,
                                      List<Mention> out) {
        if (c.role().equals("to")) {
            int k = earlier(out, ctx, first);
            if (k >= 0) {
                QuantityMention prev = (QuantityMention) out.get(k);
                if ("from".equals(prev.change().role())) {
                    QuantityMention.Change pc = prev.change();
                    out.set(k, with(prev, new QuantityMention.Change(pc.direction(), "from", pc.cue(), q.start())));
                    return with(q, new QuantityMention.Change(c.direction(), "to", c.cue(), prev.start()));
                }
            }
        }
        return with(q, c);
    }

    /** "+0.2%", "-1.1%": a sign glued to a percentage or a sum is a change by. */
    private static QuantityMention signed(QuantityMention q, List<Token> toks, int first, DocumentContext ctx) {
        if (!q.dimension().equals("percent") && !q.dimension().equals("money")) {
            return q;
        }
        Token t = toks.get(first);
        if (first > 0 && toks.get(first - 1).text().equals("+") && !t.spaceBefore()) {
            return with(q, new QuantityMention.Change("up", "by", "+", null));
        }
        if (t.text().equals("-") && q.value().signum() < 0) {
            return with(q, new QuantityMention.Change("down", "by", ctx.text().substring(t.start(), t.end()), null));
        }
        return q;
    }

    /**
     * The index in {@code out} of the last figure with a change, among the last {@link #BACK}
     * mentions, ending at most {@link #REACH} tokens before {@code first} in the same
     * sentence; -1 if none.
     */
    private static int earlier(List<Mention> out, DocumentContext ctx, int first) {
        List<Token> toks = ctx.tokens();
        int sentenceStart = ctx.sentences().startOf(toks.get(first).start());
        int limit = Math.max(0, first - REACH);
        int steps = 0;
        try {
            for (int k = out.size() - 1; k >= 0 && k >= out.size() - BACK; k--) {
                steps++;
                Mention m = out.get(k);
                if (!(m instanceof QuantityMention p)) {
                    continue;
                }
                if (p.change() == null) {
                    return -1;
                }
                int pe = tokenAt(toks, ctx, p.end() - 1);
                if (pe < limit || toks.get(pe).start() < sentenceStart) {
                    return -1;
                }
                return k;
            }
            return -1;
        } finally {
            WorkCounter.add(WorkCounter.Kind.LOOKBACK, steps);
        }
    }

    /** The token holding code point {@code cp} (binary search), or -1. */
    static int tokenAt(List<Token> toks, DocumentContext ctx, int cp) {
        int lo = 0;
        int hi = toks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = toks.get(mid);
            if (ctx.cp(t.end()) <= cp) {
                lo = mid + 1;
            } else if (ctx.cp(t.start()) > cp) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    static QuantityMention with(QuantityMention q, QuantityMention.Change c) {
        return q.withChange(c, withStep(q.steps(), c));
    }

    private static List<String> withStep(List<String> steps, QuantityMention.Change c) {
        List<String> s = new java.util.ArrayList<>(steps);
        s.removeIf(x -> x.startsWith("change: "));
        s.add("change: " + (c.direction() == null ? "no direction" : c.direction()) + ", " + c.role()
                + (c.cue() == null ? "" : " ('" + c.cue().toLowerCase(Locale.ROOT) + "')")
                + (c.partner() == null ? "" : ", partner at " + c.partner()));
        return s;
    }
}
