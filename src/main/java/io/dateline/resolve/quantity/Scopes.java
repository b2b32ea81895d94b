package io.dateline.resolve.quantity;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.text.Token;
import io.dateline.value.QuantityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * The event a figure belongs to and its scope, from closed-class words of its clause: the
 * lexicons {@code event} ({@code 60-events.rules}), {@code scope} and {@code scope.day}
 * ({@code 70-concepts.rules}). Looks at most {@link #EVENT_REACH} tokens either side of the
 * figure, inside the window {@link Concepts} gives (its sentence).
 */
final class Scopes {

    static final int EVENT_REACH = 8;

    private final Lexicon events;
    private final Lexicon scope;
    private final Lexicon days;
    private final Lexicon weekdays;

    Scopes(Grammar grammar) {
        this.events = grammar.lexicon("event");
        this.scope = grammar.lexicon("scope");
        this.days = grammar.lexicon("scope.day");
        this.weekdays = grammar.lexicon("weekday");
    }

    private static boolean in(int lo, int hi, int i) {
        return i >= lo && i <= hi;
    }

    private static String lower(List<Token> toks, int i) {
        return toks.get(i).lower();
    }

    private static boolean has(Lexicon lx, String w) {
        return lx != null && lx.lookup(w) != null;
    }

    /** The counted noun's own event ("66 attacks"), else the nearest event word of the clause. */
    String event(QuantityMention q, List<Token> toks, int lo, int hi, int first, int last) {
        if (events == null) {
            return null;
        }
        if (q.counted() != null && events.lookup(q.counted().toLowerCase(java.util.Locale.ROOT)) != null) {
            return events.lookup(q.counted().toLowerCase(java.util.Locale.ROOT));
        }
        for (int d = 1; d <= EVENT_REACH; d++) {
            String right = in(lo, hi, last + d) ? events.lookup(lower(toks, last + d)) : null;
            if (right != null && !stops(toks, last + 1, last + d)) {
                return right;
            }
            String left = in(lo, hi, first - d) ? events.lookup(lower(toks, first - d)) : null;
            if (left != null && !stops(toks, first - d, first - 1)) {
                return left;
            }
        }
        return null;
    }

    private static boolean stops(List<Token> toks, int a, int b) {
        for (int i = a; i <= b; i++) {
            String t = toks.get(i).text();
            if (t.equals(";") || t.equals(":") || t.equals("(") || t.equals(")")) {
                return true;
            }
        }
        return false;
    }

    /** "cumulative" or "occasion" from the words of the clause around the figure, or null. */
    String scope(List<Token> toks, int lo, int hi, int first, int last, boolean dayCounts) {
        if (scope == null) {
            return null;
        }
        String found = null;
        for (int i = Math.max(lo, first - EVENT_REACH); i <= Math.min(hi, last + EVENT_REACH); i++) {
            if (i >= first && i <= last) {
                continue;
            }
            for (int n = 4; n >= 1; n--) {
                if (i + n - 1 > hi) {
                    continue;
                }
                List<String> ws = new ArrayList<>(n);
                for (int k = i; k < i + n; k++) {
                    ws.add(lower(toks, k));
                }
                String v = scope.lookupWords(ws);
                if (v == null && days != null && dayCounts) {
                    v = days.lookupWords(ws);
                    if (v == null && n == 2 && ws.get(0).equals("on") && has(weekdays, ws.get(1))) {
                        v = "occasion"; // "On Saturday, four soldiers were hurt"
                    }
                    if (v != null) {
                        found = found == null ? v : found;
                        break;
                    }
                }
                if (v == null) {
                    continue;
                }
                if (v.equals("cumulative")) {
                    return v;
                }
                if (v.equals("occasion") && found == null && eventWithin(toks, lo, hi, i + n, 3)) {
                    found = v;
                }
                break;
            }
        }
        return found;
    }

    private boolean eventWithin(List<Token> toks, int lo, int hi, int from, int n) {
        for (int i = from; i < from + n && in(lo, hi, i); i++) {
            if (events != null && events.lookup(lower(toks, i)) != null) {
                return true;
            }
        }
        return false;
    }

}
