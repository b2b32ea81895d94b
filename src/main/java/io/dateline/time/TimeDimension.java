package io.dateline.time;

import io.dateline.Dimension;
import io.dateline.DocumentContext;
import io.dateline.Mention;
import io.dateline.grammar.Frame;
import io.dateline.document.Anchor;
import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.grammar.Match;
import io.dateline.text.Sentences;
import io.dateline.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Time expressions: resolves date, time, duration, set, ref and range matches. */
public final class TimeDimension implements Dimension {

    private static final Set<String> KINDS = Set.of("date", "time", "duration", "set", "ref", "range");

    private final TenseCues tense;
    private final Lexicon numbers;

    public TimeDimension(Grammar grammar) {
        this.tense = new TenseCues(grammar);
        this.numbers = grammar.lexicon("tnum");
    }

    @Override
    public boolean handles(String kind) {
        return KINDS.contains(kind);
    }

    @Override
    public void resolve(Match m, DocumentContext ctx, List<Mention> out) {
        if (m.kind().equals("range") && m.children().size() == 2) {
            Match a = m.children().get(0);
            Match b = m.children().get(1);
            TimeMention from = one(a, m.frame().frame("from"), ctx, "start", m.start(), a.end(), null);
            // the end of a range is the first occurrence on or after its start
            Anchor startAnchor = from.value().start() == null ? null
                    : Anchor.ofDate(LocalDate.parse(from.value().start().substring(0, 10)), "range");
            TimeMention to = one(b, m.frame().frame("to"), ctx, "end", b.start(), b.end(), startAnchor);
            String rs = from.value().start() != null ? from.value().start() : from.value().value();
            String re = to.value().end() != null ? to.value().end() : to.value().value();
            out.add(withRange(from, rs, re, m.rule().id()));
            out.add(withRange(to, rs, re, m.rule().id()));
            return;
        }
        try {
            out.add(one(m, m.frame(), ctx, null, m.start(), m.end(), null));
        } catch (RuntimeException e) {
            // a rule emitted a frame the resolver cannot use: report it, never lose the document
            ctx.warn("rule " + m.rule().id() + " (" + m.rule().location() + ") produced an unresolvable frame "
                    + m.frame() + ": " + e);
        }
    }

    private static TimeMention withRange(TimeMention t, String rs, String re, String rangeRule) {
        List<String> rules = new java.util.ArrayList<>();
        rules.add(rangeRule);
        rules.addAll(t.rules());
        TimeValue v = t.value();
        TimeValue nv = new TimeValue(v.type(), v.value(), v.mod(), v.granularity(), v.start(), v.end(), v.known(),
                v.implied(), v.quant(), v.freq(), v.pointsTo(), rs, re, v.steps(), v.warnings());
        return new TimeMention(t.start(), t.end(), t.text(), t.timexStart(), t.timexEnd(), t.timexText(), t.signal(),
                nv, rules, t.rangeRole());
    }

    private TimeMention one(Match m, Frame frame, DocumentContext ctx, String role, int fromTok, int toTok, Anchor rangeStart) {
        Frame f = normalizeAmount(frame == null ? m.frame() : frame);
        List<Token> toks = ctx.tokens();
        Tense t = tenseOf(m, ctx);
        TimeResolver.Context rc = rangeStart != null && ctx.anchor() != null
                ? new TimeResolver.Context(rangeStart, Policy.FUTURE, t, ctx.event())
                : new TimeResolver.Context(ctx.anchor(), ctx.policy(), t, ctx.event());
        TimeValue v = TimeResolver.resolve(f, rc);
        if ((v.type() == TimexType.DATE || v.type() == TimexType.TIME) && v.start() != null
                && v.granularity().compareTo(Granularity.DAY) <= 0) {
            ctx.setEvent(LocalDate.parse(v.start().substring(0, 10)));
        }
        String text = ctx.text();
        int s = toks.get(fromTok).start();
        int e = toks.get(toTok - 1).end();
        int cs = Math.max(s, toks.get(m.coreStart()).start());
        int ce = Math.min(e, toks.get(m.coreEnd() - 1).end());
        return new TimeMention(ctx.cp(s), ctx.cp(e), text.substring(s, e), ctx.cp(cs), ctx.cp(ce), text.substring(cs, ce),
                f.get("signal"), v, m.ruleTrail(), role);
    }

    /** Number words in an amount ("two-week") become digits through the {@code tnum} lexicon. */
    private Frame normalizeAmount(Frame f) {
        String a = f.get("amount");
        if (a == null || a.equals("X") || (!a.isEmpty() && Character.isDigit(a.charAt(0)))) {
            return a != null && a.indexOf(',') >= 0 ? f.with("amount", a.replace(",", "")) : f;
        }
        String v = numbers == null ? null : numbers.lookup(a.toLowerCase(java.util.Locale.ROOT));
        return f.with("amount", v);
    }

    private Tense tenseOf(Match m, DocumentContext ctx) {
        List<Token> toks = ctx.tokens();
        Sentences ss = ctx.sentences();
        int sent = ss.sentenceOf(toks.get(m.start()).start());
        int sStart = ss.start(sent);
        int sEnd = ss.end(sent, ctx.text().length());
        int from = m.start();
        while (from > 0 && toks.get(from - 1).start() >= sStart) {
            from--;
        }
        int to = m.end();
        while (to < toks.size() && toks.get(to).start() < sEnd) {
            to++;
        }
        return tense.tenseAt(toks, m.start(), m.end(), from, to);
    }
}
