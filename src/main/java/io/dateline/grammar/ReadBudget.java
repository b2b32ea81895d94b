package io.dateline.grammar;

/**
 * A token's text that a regular expression may read only so many times: past the budget,
 * {@link #charAt} throws {@link Spent}, and the regex counts as not matching. Given to the
 * regexes of user grammars, so that a pattern that backtracks catastrophically
 * ({@code /(.*a){10}$/}) costs at most {@link Grammar#USER_REGEX_READS} character reads a token.
 */
final class ReadBudget implements CharSequence {

    /** Thrown when the budget is spent; carries no stack trace (it is control flow, never shown). */
    static final class Spent extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Spent INSTANCE = new Spent();

        private Spent() {
            super("regex read budget spent", null, false, false);
        }
    }

    private final String text;
    private int left;

    ReadBudget(String text, int reads) {
        this.text = text;
        this.left = reads;
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            throw Spent.INSTANCE;
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
