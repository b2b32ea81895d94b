package io.dateline.text;

/**
 * A text addressed by code-point offsets, as every offset in Dateline is. Maps a code-point
 * offset to a {@code char} index in constant time.
 */
public final class CodePointText {

    private final String text;
    private final int[] charIndex; // charIndex[cp] = char index of code point cp; last entry = text.length()

    public CodePointText(String text) {
        this.text = text;
        int n = text.codePointCount(0, text.length());
        charIndex = new int[n + 1];
        int c = 0;
        for (int cp = 0; cp < n; cp++) {
            charIndex[cp] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        charIndex[n] = text.length();
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return charIndex.length - 1;
    }

    /** True when {@code [start, end)} is a non-empty span inside the text. */
    public boolean isSpan(int start, int end) {
        return start >= 0 && start < end && end <= length();
    }

    /** The {@code char} index of code point {@code cp} (0 to {@link #length()}). */
    public int charIndex(int cp) {
        return charIndex[cp];
    }

    /** The substring of {@code s} between code-point offsets {@code start} (inclusive) and {@code end}. */
    public static String slice(String s, int start, int end) {
        int from = s.offsetByCodePoints(0, start);
        return s.substring(from, s.offsetByCodePoints(from, end - start));
    }

    /** The text between two code-point offsets. */
    public String slice(int start, int end) {
        return text.substring(charIndex[start], charIndex[end]);
    }
}
