package io.dateline.resolve.quantity;

import io.dateline.text.Token;

/** Shapes of single tokens that {@link Concepts} reads: no words, only spelling. */
final class ConceptTokens {

    private ConceptTokens() {
    }

    /** "US", "IT": capitals only, a name rather than the function word written the same. */
    static boolean acronym(Token t) {
        return t.text().length() > 1 && t.text().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
    }

    /** "labeled", "reporting": a verb form that ends the phrase before it. */
    static boolean participle(String lower) {
        return lower.length() > 4 && (lower.endsWith("ed") || lower.endsWith("ing"));
    }

    /** A bare number: digits with points and commas only. */
    static boolean number(Token t) {
        return t.isDigitStart() && t.text().chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == ',');
    }
}
