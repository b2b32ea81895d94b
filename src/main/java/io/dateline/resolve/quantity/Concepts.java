package io.dateline.resolve.quantity;

import static io.dateline.resolve.quantity.ConceptTokens.acronym;
import static io.dateline.resolve.quantity.ConceptTokens.number;
import static io.dateline.resolve.quantity.ConceptTokens.participle;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Lexicon;
import io.dateline.resolve.DocumentContext;
import io.dateline.text.Token;
import io.dateline.value.QuantityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * What a figure is about, read from the structure of its sentence with closed-class words
 * only (lexicons of {@code 70-concepts.rules}): its {@code concept}, the {@code event} it
 * belongs to and its {@code scope}. The concept is tried in this order:
 * <ol>
 * <li>what the figure is set off from: "Syria (900 troops)", "base price: $59,995";</li>
 * <li>the phrase after a preposition of {@code concept.after} that follows the figure ("900
 *     troops in Syria", "60% of its revenue"), through one participle ("students enrolled at
 *     the state university");</li>
 * <li>the noun the figure modifies when a determiner stands before it ("a $800 million loss
 *     on the sale");</li>
 * <li>the subject of the change verb ("Copper rose 2.3%") or, failing all else, of the verb the
 *     figure is the object of ("Ford, which has 13,000 workers").</li>
 * </ol>
 * A noun phrase is a run of content words (not in {@code concept.function}), joined to a
 * following phrase by a preposition of {@code concept.link}. Every look is bounded: at most
 * {@link #REACH} tokens either side of the figure, inside its sentence, and {@link #MAX_WORDS}
 * words per concept.
 */
final class Concepts {

    static final int REACH = 24;
    static final int MAX_WORDS = 5;

    private final Lexicon function;
    private final Lexicon link;
    private final Lexicon after;
    private final Lexicon apposition;
    private final Scopes scopes;
    private final Lexicon cues;
    private final Lexicon months;
    private final Lexicon containers;
    private final Lexicon weekdays;
    private final Lexicon verbs;

    Concepts(Grammar grammar) {
        this.function = grammar.lexicon("concept.function");
        this.link = grammar.lexicon("concept.link");
        this.after = grammar.lexicon("concept.after");
        this.apposition = grammar.lexicon("concept.apposition");
        this.scopes = new Scopes(grammar);
        this.cues = grammar.lexicon("change.cue");
        this.months = grammar.lexicon("month");
        this.containers = grammar.lexicon("concept.container");
        this.weekdays = grammar.lexicon("weekday");
        this.verbs = grammar.lexicon("concept.predicate");
    }

    /** The figure with its concept, event and scope read (unchanged when the lexicons are absent). */
    QuantityMention apply(QuantityMention q, DocumentContext ctx) {
        if (function == null || q.dimension().equals("ordinal")) {
            return q;
        }
        List<Token> toks = ctx.tokens();
        int first = Changes.tokenAt(toks, ctx, q.start());
        int last = Changes.tokenAt(toks, ctx, q.end() - 1);
        if (first < 0 || last < 0) {
            return q;
        }
        int sStart = ctx.sentences().startOf(toks.get(first).start());
        int sEnd = ctx.sentences().endOf(toks.get(first).start());
        int lo = first;
        while (lo > 0 && lo > first - REACH && toks.get(lo - 1).start() >= sStart) {
            lo--;
        }
        int hi = last;
        while (hi + 1 < toks.size() && hi < last + REACH && toks.get(hi + 1).end() <= sEnd) {
            hi++;
        }
        Window w = new Window(toks, lo, hi);
        int[] span = concept(q, w, first, last);
        QuantityMention.Concept c = span == null ? null : make(w, span[0], span[1], ctx);
        return q.about(c, scopes.event(q, toks, lo, hi, first, last), scopes.scope(toks, lo, hi, first, last, q.change() == null));
    }

    /** The tokens of the figure's sentence within reach. */
    private record Window(List<Token> toks, int lo, int hi) {
        boolean in(int i) {
            return i >= lo && i <= hi;
        }

        String lower(int i) {
            return toks.get(i).lower();
        }
    }

    private int[] concept(QuantityMention q, Window w, int first, int last) {
        if (w.in(last + 1) && "measure".equals(verbs == null ? null : verbs.lookup(w.lower(last + 1)))) {
            return subject(q, w, first); // "the hull is 72.7 metres long": the subject is what is measured
        }
        // 1. "Syria (900 troops)", "base price: $59,995"
        if (w.in(first - 1) && has(apposition, w.lower(first - 1))) {
            int[] np = leftPhrase(w, first - 2, false);
            if (np != null) {
                return np;
            }
        }
        // "a range of 400 kilometres", "an increase of 60,600 jobs": the noun the figure measures
        int b = first - 1;
        while (w.in(b) && "conj".equals(function.lookup(w.lower(b)))) {
            b--; // "speeds of up to 400 m/s": qualifier words
        }
        if (w.in(b) && w.lower(b).equals("of") && w.in(b - 1) && content(w, b - 1) && !has(containers, w.lower(b - 1))) {
            return leftPhrase(w, b - 1);
        }
        // "Stoxx 50 -1.3%": a name ending in a number right before the figure
        if (w.in(first - 2) && number(w.toks().get(first - 1)) && w.toks().get(first - 2).isCapitalized()
                && content(w, first - 2) && w.toks().get(first - 1).end() < w.toks().get(first).start()) {
            int[] np = leftPhrase(w, first - 2);
            if (np != null) {
                return new int[] {np[0], first - 1};
            }
        }
        // "FTSE -0.6%", "Tylenol 500mg": a name right before the figure
        if (w.in(first - 1) && w.toks().get(first - 1).isCapitalized() && content(w, first - 1)
                && w.toks().get(first - 1).end() < w.toks().get(first).start()) {
            return leftPhrase(w, first - 1);
        }
        // 2. "900 troops in Syria", "60% of its revenue", "students enrolled at the university"
        int j = last + 1;
        boolean participle = false;
        if (w.in(j) && !has(after, w.lower(j)) && content(w, j) && w.lower(j).endsWith("ed") && w.in(j + 1)
                && has(after, w.lower(j + 1))) {
            j++;
            participle = true;
        }
        if (w.in(j) && has(after, w.lower(j))) {
            int[] np = rightPhrase(w, j + 1);
            boolean part = w.lower(j).equals("of");
            if (np != null && !w.toks().get(np[0]).isDigitStart() && !figureNext(w, np[1]) && !has(months, w.lower(np[0]))
                    && !has(weekdays, w.lower(np[0])) && (part || participle || q.unit() != null
                    || w.toks().get(np[0]).isCapitalized())) {
                return np; // "60% of its revenue", "$1 billion in gains", "900 troops in Syria"
            }
        }
        // 3. "a $800 million loss on the sale"
        boolean determined = w.in(first - 1) && "det".equals(function.lookup(w.lower(first - 1)))
                || w.in(first - 2) && "det".equals(function.lookup(w.lower(first - 2))) && content(w, first - 1);
        boolean modifies = q.unit() != null && q.change() == null && w.in(last + 1) && !w.toks().get(last + 1).isCapitalized()
                && !participle(w.lower(last + 1)) && (!w.in(last + 2) || !content(w, last + 2) && !number(w.toks().get(last + 2)));
        if ((determined || modifies) && w.in(last + 1) && content(w, last + 1)) {
            int[] np = rightPhrase(w, last + 1);
            if (np != null) {
                return np;
            }
        }
        // 4. the subject of the verb: the change cue, or the word the figure is the object of
        int[] subj = subject(q, w, first);
        if (subj == null && w.in(last + 1) && has(after, w.lower(last + 1))) {
            // "I paid $35,538 for an 8.5 kW system": no subject to name; what it was paid for
            subj = rightPhrase(w, last + 2);
        }
        return subj;
    }

    private int[] subject(QuantityMention q, Window w, int first) {
        int i = first - 1;
        boolean verbSeen = false;
        while (w.in(i)) {
            Token t = w.toks().get(i);
            String x = t.text();
            if (x.equals(")")) {
                if (verbSeen) {
                    return leftPhrase(w, i);
                }
                int k = i - 1;
                while (w.in(k) && k > i - 8 && !w.lower(k).equals("(")) {
                    k--;
                }
                if (!w.in(k) || !w.lower(k).equals("(")) {
                    return null;
                }
                i = k - 1; // "between 15.5 cm (6.1 inches) and 23.5 cm": the other figure's parenthesis
                continue;
            }
            if (!t.isWord()) {
                if (x.equals(";") || x.equals(":")) {
                    return null;
                }
                i--; // "%", "$", a comma or a dash of another figure or clause
                continue;
            }
            if ((has(cues, t.lower()) || has(verbs, t.lower())) && !(w.in(i + 1) && "aux".equals(function.lookup(w.lower(i + 1))))) {
                // a change or predicate verb is never the subject (but "the contract was up" is)
                verbSeen = true;
                i--;
                continue;
            }
            if (verbSeen && number(t) && w.in(i - 1) && content(w, i - 1) && !number(w.toks().get(i - 1))
                    && (w.in(i + 1) && (has(cues, w.lower(i + 1)) || "aux".equals(function.lookup(w.lower(i + 1)))))) {
                int[] np = leftPhrase(w, i - 1);
                return np == null ? null : new int[] {np[0], i}; // "the S&P 500 fell 0.9%"
            }
            if (t.isDigitStart() || w.in(i - 1) && number(w.toks().get(i - 1))
                    || w.in(i - 2) && w.lower(i - 1).equals("per") && number(w.toks().get(i - 2))) {
                i--; // another figure and its unit
                continue;
            }
            if (!content(w, i)) {
                if ("aux".equals(function.lookup(t.lower()))) {
                    verbSeen = true; // "which has 13,000 workers": the auxiliary is the verb
                }
                i--;
                continue;
            }
            if (!verbSeen && w.in(i - 1) && ("det".equals(function.lookup(w.lower(i - 1))) || w.lower(i - 1).equals("per"))) {
                i--; // "netted a record 32 goals", "0.65 per cent": part of the figure's own phrase
                continue;
            }
            if (!verbSeen) {
                verbSeen = true; // the verb the figure is the object of ("rose", "lists", "offer")
                i--;
                continue;
            }
            int[] np = leftPhrase(w, i);
            int k = np == null ? i - 1 : np[0] - 1;
            while (w.in(k) && "conj".equals(function.lookup(w.lower(k)))) {
                k--;
            }
            if (w.in(k) && "aux".equals(function.lookup(w.lower(k))) && !w.toks().get(i).isCapitalized()) {
                i = k - 1; // "Spot gold was marginally higher at": that was the predicate; the subject is before "was"
                continue;
            }
            return np;
        }
        return null;
    }

    /** The noun phrase ending at {@code end}, extended left over linking prepositions. */
    private int[] leftPhrase(Window w, int end) {
        return leftPhrase(w, end, true);
    }

    private int[] leftPhrase(Window w, int end, boolean chainLeft) {
        int e = end;
        while (w.in(e) && (w.toks().get(e).text().equals(")") || !w.toks().get(e).isWord())) {
            if (w.toks().get(e).text().equals(")")) {
                break;
            }
            e--;
        }
        if (!w.in(e)) {
            return null;
        }
        int s = e;
        if (w.toks().get(e).text().equals(")")) {
            // "Ford (F)": a short parenthesis belongs to the name before it
            int k = e - 1;
            while (w.in(k) && k > e - 4 && !w.toks().get(k).text().equals("(")) {
                k--;
            }
            if (!w.in(k) || !w.toks().get(k).text().equals("(") || !w.in(k - 1) || !content(w, k - 1)) {
                return null;
            }
            s = k - 1;
        } else if (!content(w, e)) {
            return null;
        }
        int words = 1;
        while (words < MAX_WORDS && w.in(s - 1)) {
            if (content(w, s - 1)) {
                s--;
                words++;
                continue;
            }
            int k = s - 1;
            // "Iraq and Syria": names joined by "and"
            if (w.lower(k).equals("and") && w.in(k - 1) && content(w, k - 1) && words + 1 < MAX_WORDS
                    && (w.toks().get(s).isCapitalized() && w.toks().get(k - 1).isCapitalized() || words == 1 && !has(cues, w.lower(k - 1)))) {
                s = k - 1;
                words++;
                continue;
            }
            // "expectancy for men in Glasgow": a linking preposition with content on its left
            while (w.in(k - 2) && "det".equals(function.lookup(w.lower(k))) && w.lower(k - 1).equals("of")) {
                k--; // "the length of the main bridge": a determiner after "of"
            }
            if (chainLeft && has(link, w.lower(k))) {
                int d = k - 1;
                if (w.in(d) && content(w, d) && !w.lower(k).equals("at")) {
                    s = d;
                    words++;
                    continue;
                }
            }
            break;
        }
        return new int[] {s, e};
    }

    /** The noun phrase starting at {@code from} (after determiners), with one linked phrase. */
    private int[] rightPhrase(Window w, int from) {
        int s = from;
        while (w.in(s) && "det".equals(function.lookup(w.lower(s)))) {
            s++;
        }
        if (w.in(s + 1) && number(w.toks().get(s)) && (s > from || !w.toks().get(s + 1).isWord())) {
            s += 2; // "an 8.5 kW system": a figure inside the phrase
        }
        if (!w.in(s) || !content(w, s)) {
            return null;
        }
        int e = s;
        int words = 1;
        while (words < MAX_WORDS && w.in(e + 1) && content(w, e + 1) && !participle(w.lower(e + 1))) {
            e++;
            words++;
        }
        if (words + 1 < MAX_WORDS && w.in(e + 2) && w.lower(e + 1).equals("and") && w.toks().get(e).isCapitalized()
                && content(w, e + 2) && w.toks().get(e + 2).isCapitalized()) {
            e += 2; // "in Iraq and Syria"
            words++;
        }
        if (words < MAX_WORDS && w.in(e + 2) && has(link, w.lower(e + 1)) && !w.lower(e + 1).equals("to")) {
            int k = e + 2;
            while (w.in(k) && "det".equals(function.lookup(w.lower(k)))) {
                k++;
            }
            if (w.in(k) && content(w, k) && !w.toks().get(k).isDigitStart()) {
                e = k;
                words++;
                while (words < MAX_WORDS && w.in(e + 1) && content(w, e + 1)) {
                    e++;
                    words++;
                }
            }
        }
        return new int[] {s, e};
    }

    /** A word that may be part of a concept: a word token, not a function word, not a bare number. */
    private boolean content(Window w, int i) {
        Token t = w.toks().get(i);
        if (!t.isWord()) {
            return false;
        }
        if (function.lookup(t.lower()) != null && !acronym(t)) {
            return false;
        }
        if (number(t)) {
            // a number inside a name: "S&P 500", "Fortune 100", "iPhone 12"
            return w.in(i - 1) && w.toks().get(i - 1).isCapitalized() && !number(w.toks().get(i - 1))
                    && function.lookup(w.lower(i - 1)) == null;
        }
        // the unit or counted noun of another figure ("190 points", "2 billion") is no concept word
        return !(w.in(i - 1) && number(w.toks().get(i - 1)) && !t.isCapitalized());
    }

    /** Whether a figure follows a phrase ("at US $58.24"): the phrase is then that figure's currency, not a concept. */
    private static boolean figureNext(Window w, int end) {
        if (!w.in(end + 1)) {
            return false;
        }
        Token t = w.toks().get(end + 1);
        return t.isDigitStart() || !t.isWord() && !t.text().equals(".") && !t.text().equals(",") && w.in(end + 2)
                && w.toks().get(end + 2).isDigitStart();
    }

    private QuantityMention.Concept make(Window w, int s, int e, DocumentContext ctx) {
        List<String> words = new ArrayList<>();
        for (int i = s; i <= e; i++) {
            Token t = w.toks().get(i);
            if (t.isWord() && (function.lookup(t.lower()) == null || acronym(t))) {
                words.add(t.text());
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        int a = w.toks().get(s).start();
        int b = w.toks().get(e).end();
        return new QuantityMention.Concept(ctx.text().substring(a, b), ctx.cp(a), ctx.cp(b), words);
    }

    private static boolean has(Lexicon lx, String w) {
        return lx != null && lx.lookup(w) != null;
    }
}
