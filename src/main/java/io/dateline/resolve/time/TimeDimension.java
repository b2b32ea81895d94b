package io.dateline.resolve.time;

import io.dateline.value.Granularity;
import io.dateline.value.TimeMention;
import io.dateline.value.TimeValue;
import io.dateline.value.TimexType;

import io.dateline.resolve.Dimension;
import io.dateline.resolve.DocumentContext;
import io.dateline.value.Mention;
import io.dateline.grammar.Frame;
import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.grammar.Match;
import io.dateline.text.Sentences;
import io.dateline.text.Token;
import io.dateline.text.WorkCounter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Time expressions: resolves date, time, duration, set, ref and range matches. */
public final class TimeDimension implements Dimension {

    private static final Set<String> KINDS = Set.of("date", "time", "duration", "set", "ref", "range");

    private final TenseCues tense;
    /** Words that name a period longer than a quarter (lexicon {@code period.longer}). */
    private final Set<String> longer;
    /** Words before a counted duration that make it point ahead (lexicon {@code duration.points_ahead}). */
    private final Set<String> pointsAhead;
    /** Frame fields that may hold words, and the lexicon that turns them into numbers. */
    private final Map<String, Lexicon> wordFields;

    public TimeDimension(Grammar grammar) {
        this.tense = new TenseCues(grammar);
        Lexicon l = grammar.lexicon("period.longer");
        this.longer = l == null ? Set.of() : Set.copyOf(l.oneTokenForms().keySet());
        Lexicon pa = grammar.lexicon("duration.points_ahead");
        this.pointsAhead = pa == null ? Set.of() : Set.copyOf(pa.oneTokenForms().keySet());
        Map<String, Lexicon> m = new java.util.LinkedHashMap<>();
        m.put("amount", grammar.lexicon("tnum"));
        m.put("quarter", grammar.lexicon("ordinal.quarter"));
        m.put("half", grammar.lexicon("ordinal.half"));
        m.put("season", grammar.lexicon("season"));
        m.put("zone", grammar.lexicon("zone.region"));
        this.wordFields = java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public boolean handles(String kind) {
        return KINDS.contains(kind);
    }

    @Override
    public void resolve(Match m, DocumentContext ctx, List<Mention> out) {
        try {
            resolveOrThrow(m, ctx, out);
        } catch (RuntimeException e) {
            // a rule emitted a frame the resolver cannot use: report it (without Java's text), never lose the document
            ctx.warn("rule " + m.rule().id() + " (" + m.rule().location() + ") produced an unresolvable frame "
                    + m.frame());
        }
    }

    private void resolveOrThrow(Match m, DocumentContext ctx, List<Mention> out) {
        if (m.kind().equals("range") && m.children().size() == 2) {
            Match a = m.children().get(0);
            Match b = m.children().get(1);
            TimeResolver.Resolved[] first = new TimeResolver.Resolved[1];
            Frame fromFrame = dayOfEnd(m.frame().frame("from"), m.frame().frame("to"));
            TimeMention from = one(a, fromFrame, ctx, "start", m.start(), a.end(), null, first);
            // the end of a range is the first occurrence on or after its start
            TimeMention to = one(b, m.frame().frame("to"), ctx, "end", b.start(), b.end(), first[0].startDay(), null);
            String rs = from.value().start() != null ? from.value().start() : from.value().value();
            String re = to.value().end() != null ? to.value().end() : to.value().value();
            out.add(withRange(from, rs, re, m.rule().id()));
            out.add(withRange(to, rs, re, m.rule().id()));
            return;
        }
        out.add(one(m, m.frame(), ctx, null, m.start(), m.end(), null, null));
    }

    private static final List<String> DAY_KEYS = List.of("year", "month", "day", "weekday", "rel", "offset", "base");

    /**
     * "between 9 a.m. and 11 a.m. Tuesday": a start that is only a time of day takes the day of
     * the end, so both ends lie on the same Tuesday.
     */
    private static Frame dayOfEnd(Frame from, Frame to) {
        if (from == null || to == null || !(from.has("hour") || from.has("pod"))
                || DAY_KEYS.stream().anyMatch(from::has) || !(to.has("hour") || to.has("pod"))
                || !(to.has("weekday") || to.has("day") || to.has("offset"))) {
            return from;
        }
        Frame out = from;
        for (String k : DAY_KEYS) {
            if (to.has(k)) {
                out = out.with(k, to.get(k));
            }
        }
        return out;
    }

    private static TimeMention withRange(TimeMention t, String rs, String re, String rangeRule) {
        List<String> rules = new java.util.ArrayList<>();
        rules.add(rangeRule);
        rules.addAll(t.rules());
        TimeValue nv = t.value().withRange(rs, re);
        return new TimeMention(t.start(), t.end(), t.text(), t.timexStart(), t.timexEnd(), t.timexText(), t.signal(),
                nv, rules, t.rangeRole());
    }

    /**
     * Resolves one mention and moves the narrative references on. {@code rangeStart}: the first
     * day of the start of "from X to Y" when this is its end, else null; {@code resolved}, when
     * not null, receives the resolution.
     */
    private TimeMention one(Match m, Frame frame, DocumentContext ctx, String role, int fromTok, int toTok,
                            LocalDate rangeStart, TimeResolver.Resolved[] resolved) {
        Frame f = normalizeWords(frame == null ? m.frame() : frame);
        List<Token> toks = ctx.tokens();
        if (f.kind().equals("duration") && f.has("amount") && !f.has("dir") && !f.has("signal") && fromTok > 0
                && pointsAhead.contains(toks.get(fromTok - 1).lower())) {
            f = f.with("ahead", "1"); // "in three weeks": may point ahead (Durations decides by the tense)
        }
        TenseCues.Cue cue = tenseOf(m, ctx);
        Tense t = cue.tense();
        LocalDate story = f.has("story") && sentenceNamesLongerPeriod(m, ctx) ? null : ctx.storyQuarter();
        ctx.count(WorkCounter.Kind.LOOKBACK, 1); // the narrative references are kept, never searched for
        TimeResolver.Context rc = TimeResolver.Context.of(ctx.anchor(), ctx.policy(), cue, ctx.story(), story);
        if (rangeStart != null && rc.anchor() != null) {
            rc = rc.rangeEnd(rangeStart);
        }
        TimeResolver.Resolved res = TimeResolver.resolve(f, rc);
        if (resolved != null) {
            resolved[0] = res;
        }
        TimeValue v = res.value();
        LocalDate first = res.startDay();
        boolean point = v.type() == TimexType.DATE || v.type() == TimexType.TIME;
        if (point && first != null) {
            ctx.setLastPoint(first, v.granularity());
        }
        // a quarter named, or the reported quarter found for "the quarter", becomes the story's quarter
        if (v.granularity() == Granularity.QUARTER && first != null && (!f.has("story")
                || (ctx.storyQuarter() == null && "this".equals(f.get("rel")) && "quarter".equals(f.get("unit"))))) {
            ctx.setStoryQuarter(first);
        }
        if (point && first != null && v.granularity().compareTo(Granularity.DAY) <= 0) {
            ctx.setEvent(first);
        }
        String text = ctx.text();
        int s = toks.get(fromTok).start();
        int e = toks.get(toTok - 1).end();
        int cs = Math.max(s, toks.get(m.coreStart()).start());
        int ce = Math.min(e, toks.get(m.coreEnd() - 1).end());
        return new TimeMention(ctx.cp(s), ctx.cp(e), text.substring(s, e), ctx.cp(cs), ctx.cp(ce), text.substring(cs, ce),
                f.get("signal"), v, m.ruleTrail(), role);
    }

    /**
     * Words captured by a regex ("two-week", "third-quarter") become digits through the
     * grammar's lexicons, so the resolver only sees numbers.
     */
    private Frame normalizeWords(Frame f) {
        Frame out = f;
        for (Map.Entry<String, Lexicon> e : wordFields.entrySet()) {
            String a = out.get(e.getKey());
            if (a == null || a.equals("X") || e.getValue() == null) {
                continue;
            }
            if (!a.isEmpty() && Character.isDigit(a.charAt(0))) {
                if (a.indexOf(',') >= 0) {
                    out = out.with(e.getKey(), a.replace(",", ""));
                }
                continue;
            }
            String v = e.getValue().lookup(a.toLowerCase(java.util.Locale.ROOT));
            if (v != null) {
                out = out.with(e.getKey(), v); // a word the lexicon knows; anything else stays as written
            }
        }
        return out;
    }

    /**
     * Whether the mention's sentence speaks of a period longer than a quarter ("For the nine
     * months, ... a year earlier"): then "a year earlier" means the year, not the story's quarter.
     */
    private boolean sentenceNamesLongerPeriod(Match m, DocumentContext ctx) {
        List<Token> toks = ctx.tokens();
        Sentences ss = ctx.sentences();
        int sStart = ss.startOf(toks.get(m.start()).start());
        int sEnd = ss.endOf(toks.get(m.end() - 1).start());
        int looked = 0;
        boolean found = false;
        int lo = Math.max(0, m.start() - LONGER_WINDOW);
        for (int i = m.start() - 1; i >= lo && toks.get(i).start() >= sStart && !found; i--) {
            looked++;
            found = longer.contains(toks.get(i).lower());
        }
        int hi = Math.min(toks.size(), m.end() + LONGER_WINDOW);
        for (int i = m.end(); i < hi && toks.get(i).start() < sEnd && !found; i++) {
            looked++;
            found = longer.contains(toks.get(i).lower());
        }
        ctx.count(WorkCounter.Kind.CUE_LOOKUP, looked);
        return found;
    }

    /** How many tokens on each side of a mention are searched for a word naming a longer period. */
    static final int LONGER_WINDOW = 40;

    /**
     * The tense cue of a mention, searched in a window of {@link TenseCues#WINDOW} tokens on each
     * side within its sentence: the work per mention is bounded however long the sentence.
     */
    private TenseCues.Cue tenseOf(Match m, DocumentContext ctx) {
        List<Token> toks = ctx.tokens();
        Sentences ss = ctx.sentences();
        int sStart = ss.startOf(toks.get(m.start()).start());
        int sEnd = ss.endOf(toks.get(m.end() - 1).start());
        int from = m.start();
        int fromLimit = Math.max(0, m.start() - TenseCues.WINDOW);
        while (from > fromLimit && toks.get(from - 1).start() >= sStart) {
            from--;
        }
        int to = m.end();
        int toLimit = Math.min(toks.size(), m.end() + TenseCues.WINDOW);
        while (to < toLimit && toks.get(to).start() < sEnd) {
            to++;
        }
        // the two walks above, and the cue search over the same window
        ctx.count(WorkCounter.Kind.CUE_LOOKUP, 2L * ((m.start() - from) + (to - m.end())));
        return tense.cueAt(toks, m.start(), m.end(), from, to);
    }
}
