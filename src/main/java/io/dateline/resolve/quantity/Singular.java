package io.dateline.resolve.quantity;

import io.dateline.grammar.Lexicon;
import java.util.Locale;

/**
 * The singular of a counted noun: the exceptions lexicon {@code noun.singular} of the grammar
 * first ("people" → person, "personnel" stays), then a few suffix rules ("injuries" → injury,
 * "boxes" → box, "servicemen" → serviceman, "attacks" → attack). A hyphenated noun changes its
 * last part ("year-olds" → year-old). The case of the first letter is kept.
 */
public final class Singular {

    private final Lexicon exceptions;

    /** @param exceptions the lexicon of irregular forms (value = singular), or null */
    public Singular(Lexicon exceptions) {
        this.exceptions = exceptions;
    }

    public String of(String word) {
        if (word == null || word.isEmpty()) {
            return word;
        }
        int dash = word.lastIndexOf('-');
        if (dash > 0 && dash < word.length() - 1) {
            return word.substring(0, dash + 1) + of(word.substring(dash + 1));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String s = singularLower(lower);
        if (s.equals(lower)) {
            return word;
        }
        if (Character.isUpperCase(word.charAt(0)) && !s.isEmpty()) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private String singularLower(String w) {
        if (exceptions != null) {
            String v = exceptions.lookup(w);
            if (v != null) {
                return v;
            }
        }
        int n = w.length();
        if (n > 3 && w.endsWith("men")) { // "servicemen"; "specimen" and the like are exceptions
            return w.substring(0, n - 3) + "man";
        }
        if (n <= 3 || !w.endsWith("s")) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zzes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
            return w;
        }
        return w.substring(0, n - 1);
    }
}
