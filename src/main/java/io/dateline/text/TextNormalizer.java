package io.dateline.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Folds the look-alike characters of news text onto the ASCII forms the grammars are written
 * in: curly quotes and primes to {@code '} and {@code "}, every dash to {@code -}, the fraction
 * slash to {@code /}, every
 * Unicode space to a plain space (but a no-break or thin space grouping digits, "1 000", to a
 * comma), and decimal digits of any script to ASCII digits.
 *
 * <p>The fold is one UTF-16 unit for one UTF-16 unit, so an offset into the folded text is an
 * offset into the original: the grammars see clean text, the user gets spans into hers.
 * Characters outside the BMP are left alone (they are two units and never fold).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = groupSeparator(text, i) ? ',' : foldChar(c);
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Whether the character at {@code i} is a no-break or thin space that groups the digits of
     * one number ("1 000 people", "12 345 678" with U+00A0, U+202F, U+2009 or U+2007): after
     * one to three digits (or a group) and before exactly three. It folds to a comma, so the
     * number is one token; a plain space never groups digits ("in 2019 100 people").
     */
    static boolean groupSeparator(String t, int i) {
        char c = t.charAt(i);
        if (c != '\u00A0' && c != '\u202F' && c != '\u2009' && c != '\u2007') {
            return false;
        }
        int n = t.length();
        for (int k = 1; k <= 3; k++) {
            if (i + k >= n || !isAsciiDigit(t.charAt(i + k))) {
                return false;
            }
        }
        if (i + 4 < n && isAsciiDigit(t.charAt(i + 4))) {
            return false;
        }
        int d = 0;
        int j = i - 1;
        while (j >= 0 && isAsciiDigit(t.charAt(j)) && d < 4) {
            d++;
            j--;
        }
        return d >= 1 && d <= 3;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static char foldChar(char c) {
        if (c < 0x80) {
            return c;
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\uFF07' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02' -> {
                return '"';
            }
            case '\u00A0', '\u2007', '\u202F' -> {
                return ' ';
            }
            default -> {
            }
        }
        int type = UCharacter.getType(c);
        if (c == '\u2044' || c == '\u2215') {
            return '/'; // the fraction slash and division slash: "1⁄32"
        }
        if (type == UCharacter.DASH_PUNCTUATION || c == '\u2212') {
            return '-';
        }
        if (type == UCharacter.SPACE_SEPARATOR) {
            return ' ';
        }
        if (UCharacter.hasBinaryProperty(c, UProperty.WHITE_SPACE)) {
            return c == '\u2028' || c == '\u2029' || c == '\u0085' ? '\n' : ' ';
        }
        if (type == UCharacter.DECIMAL_DIGIT_NUMBER) {
            int d = UCharacter.digit(c, 10);
            if (d >= 0) {
                return (char) ('0' + d);
            }
        }
        return c;
    }
}
