package io.dateline.text;

/**
 * One token of the scanned text. Offsets are UTF-16 indexes into the document text (converted
 * to code points only on output).
 *
 * @param index       position in the token list
 * @param start       first char
 * @param end         char after the last
 * @param text        the token as written (after {@link TextNormalizer#fold})
 * @param lower       lower-cased (root locale), the key rules are indexed by
 * @param spaceBefore whether whitespace separates it from the previous token
 * @param newlineBefore whether a line break separates it from the previous token
 * @param hasDigit    whether it contains an ASCII digit (a prefilter for numeric rules)
 */
public record Token(int index, int start, int end, String text, String lower,
                    boolean spaceBefore, boolean newlineBefore, boolean hasDigit) {

    public boolean isDigitStart() {
        return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
