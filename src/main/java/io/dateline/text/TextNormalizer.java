package io.dateline.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Folds the look-alike characters of news text onto the ASCII forms the grammars are written
 * in: curly quotes and primes to {@code '} and {@code "}, every dash to {@code -}, the fraction
 * slash to {@code /}, every
 * Unicode space to a plain space (but a separator that groups the digits of one number, "1 000",
 * "1'234'567", to a comma: {@link DigitGroups}), and decimal digits of any script to ASCII digits.
 *
 * <p>The fold is one UTF-16 unit for one UTF-16 unit, so an offset into the folded text is an
 * offset into the original: the grammars see clean text, the user gets spans into hers.
 * Characters outside the BMP are left alone (they are two units and never fold).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String fold(String text) {
        return fold(text, DigitGroups.Separators.NEUTRAL);
    }

    /** {@link #fold(String)} with the digit-group separators of a locale ({@link DigitGroups}). */
    public static String fold(String text, DigitGroups.Separators separators) {
        char[] out = null;
        int joinFrom = -1;
        int joinTo = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i >= joinTo && c >= '0' && c <= '9') {
                long j = DigitGroups.joined(text, i, separators);
                if (j >= 0) {
                    joinFrom = (int) (j >>> 32);
                    joinTo = (int) j;
                }
            }
            boolean join = i >= joinFrom && i < joinTo && (i - joinFrom) % 4 == 0;
            char f = join ? ',' : foldChar(c);
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
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
