package io.dateline.compare;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.text.TextNormalizer;
import io.dateline.text.Token;
import io.dateline.text.Tokenizer;
import io.dateline.value.QuantityMention;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event around a figure: the nearest event word of its clause (lexicon {@code event} of
 * {@code grammars/en/60-events.rules}). A word inside the figure itself wins ("66 attacks",
 * "eight injuries"); otherwise the nearest within {@link #MAX_DISTANCE} tokens on either side,
 * the later one on a tie ("12 people killed"), never across the end of a sentence, a semicolon,
 * a colon or a dash. Counted nouns of lexicon {@code event.occurrence} ("151 times") stand for
 * occurrences of that event.
 */
final class EventWords {

    /** Words farther from the figure than this belong to another clause. */
    static final int MAX_DISTANCE = 8;

    private static final Set<String> CLAUSE_ENDS = Set.of(".", "!", "?", ";", ":", "-", "(", ")");

    private final Map<String, String> events;
    private final Set<String> occurrences;
    private final Set<String> perOccasion;

    EventWords(Grammar g) {
        Lexicon ev = g.lexicon("event");
        Lexicon occ = g.lexicon("event.occurrence");
        this.events = ev == null ? Map.of() : ev.oneTokenForms();
        this.occurrences = occ == null ? Set.of() : occ.oneTokenForms().keySet();
        Lexicon per = g.lexicon("event.per_occasion");
        this.perOccasion = per == null ? Set.of() : per.oneTokenForms().keySet();
    }

    /** Whether the grammar has the event lexicon (not when it was left out, e.g. by --only time). */
    boolean loaded() {
        return !events.isEmpty();
    }

    /** The event a counted noun itself names ("attack" → attack), or null. */
    String eventOf(String counted) {
        return counted == null ? null : events.get(counted);
    }

    /** Whether an event's figures count what one occasion hit (lexicon {@code event.per_occasion}). */
    boolean perOccasion(String event) {
        return event != null && perOccasion.contains(event);
    }

    /** Whether a counted noun stands for occurrences ("time", "incident"). */
    boolean isOccurrence(String counted) {
        return counted != null && occurrences.contains(counted);
    }

    /** The tokens of a text, once per report. */
    static List<Token> tokens(String text) {
        return Tokenizer.tokenize(TextNormalizer.fold(text));
    }

    /** The event of the figure's clause, or null. */
    String eventNear(String text, List<Token> tokens, QuantityMention q) {
        int from = text.offsetByCodePoints(0, q.start());
        int to = text.offsetByCodePoints(0, q.end());
        int first = firstAtOrAfter(tokens, from);
        int last = first;
        while (last < tokens.size() && tokens.get(last).start() < to) {
            last++;
        }
        for (int i = last - 1; i >= first; i--) {
            String e = events.get(tokens.get(i).lower());
            if (e != null) {
                return e;
            }
        }
        String before = null;
        int beforeDist = Integer.MAX_VALUE;
        for (int i = first - 1, d = 1; i >= 0 && d <= MAX_DISTANCE; i--, d++) {
            Token t = tokens.get(i);
            if (CLAUSE_ENDS.contains(t.text())) {
                break;
            }
            String e = events.get(t.lower());
            if (e != null) {
                before = e;
                beforeDist = d;
                break;
            }
        }
        for (int i = last, d = 1; i < tokens.size() && d <= MAX_DISTANCE && d <= beforeDist; i++, d++) {
            Token t = tokens.get(i);
            if (CLAUSE_ENDS.contains(t.text())) {
                break;
            }
            String e = events.get(t.lower());
            if (e != null) {
                return e;
            }
        }
        return before;
    }

    private static int firstAtOrAfter(List<Token> tokens, int charPos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= charPos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
