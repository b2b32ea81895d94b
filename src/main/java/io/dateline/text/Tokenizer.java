package io.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into tokens in one left-to-right pass (linear, no regular expressions).
 *
 * <ul>
 *   <li>A word is a run of letters, digits and marks; inside it, one of {@code . , : / - &}
 *       joins two alphanumeric runs, so {@code 13:32}, {@code 01/23/2024}, {@code 2,500},
 *       {@code 1.2}, {@code AC-130}, {@code year-long}, {@code p.m} each stay one token.</li>
 *   <li>A trailing dot is its own token ({@code p.m.} is {@code p.m} + {@code .}).</li>
 *   <li>The possessive {@code 's} is split off: {@code Tuesday's} is {@code Tuesday} +
 *       {@code 's}; other inner apostrophes stay ({@code don't}).</li>
 *   <li>Every other non-space character is a one-character token.</li>
 * </ul>
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean space = true;
        boolean newline = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                if (c == '\n' || c == '\r') {
                    newline = true;
                }
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(text, i)) {
                i = scanWord(text, i);
                // possessive 's / s' split off
                int end = i;
                if (end - start > 2 && text.charAt(end - 2) == '\'' && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                    add(out, text, start, end - 2, space, newline);
                    add(out, text, end - 2, end, false, false);
                } else {
                    add(out, text, start, end, space, newline);
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
                add(out, text, start, i, space, newline);
            }
            space = false;
            newline = false;
        }
        return out;
    }

    private static void add(List<Token> out, String text, int start, int end, boolean space, boolean nl) {
        String t = text.substring(start, end);
        if (t.length() > 2) {
            StringBuilder b = null;
            for (int i = 0; i < t.length(); i++) {
                if (DigitGroups.zeroWidth(t.charAt(i)) && b == null) {
                    b = new StringBuilder(t.length()).append(t, 0, i);
                } else if (b != null && !DigitGroups.zeroWidth(t.charAt(i))) {
                    b.append(t.charAt(i));
                }
            }
            if (b != null) {
                t = b.toString();
            }
        }
        boolean digit = false;
        boolean plain = true; // ASCII without capitals: already its own lower case
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            digit |= c >= '0' && c <= '9';
            plain &= c < 128 && !(c >= 'A' && c <= 'Z');
        }
        out.add(new Token(out.size(), start, end, t, plain ? t : t.toLowerCase(Locale.ROOT), space, nl, digit));
    }

    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int cp = s.codePointAt(i);
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static int scanWord(String s, int i) {
        int n = s.length();
        int start = i;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch < 128 ? (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') : isWordChar(s, i)) {
                i += ch < 128 ? 1 : Character.charCount(s.codePointAt(i));
                continue;
            }
            char c = s.charAt(i);
            if (DigitGroups.zeroWidth(c) && i + 1 < n && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
                i++; // "1\u200B200": nothing inside a number (dropped from the token's text)
                continue;
            }
            int power = powerOfTen(s, start, i);
            if (power > i) {
                i = power;
                continue;
            }
            boolean joiner = c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == '&' || c == '\'';
            if (joiner && i + 1 < n && isWordChar(s, i + 1)) {
                if (c == ',' && !(Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)))) {
                    return i; // "2,500" joins; "Tuesday,Wednesday" does not
                }
                if (c == '\'' && !isPossessiveOrContraction(s, i)) {
                    return i;
                }
                if (c == '-' && i - start == 3 && s.regionMatches(true, start, "mid", 0, 3)) {
                    return i; // "mid-October" is "mid" + "-" + "October"
                }
                i++;
                continue;
            }
            return i;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    /** A superscript digit (or the superscript minus) as written in "10⁸⁰". */
    public static boolean isSuperscript(char c) {
        return SUPERSCRIPT_DIGITS.indexOf(c) >= 0 || c == '\u207B';
    }

    /**
     * Where a power of ten written after the word so far ends: "10^80", "10⁸⁰", "1.2×10^6"
     * ({@code i} at the {@code ^}, the superscript or the {@code ×}); {@code i} itself when there
     * is none. The power must follow "10" at the start of the word or after "×"/"x", so a
     * footnote mark after a year ("2019¹") stays apart.
     */
    private static int powerOfTen(String s, int start, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == '\u00D7' && i > start && isDigit(s.charAt(i - 1)) && s.startsWith("10", i + 1) && i + 3 < n
                && (s.charAt(i + 3) == '^' || isSuperscript(s.charAt(i + 3)))) {
            return i + 3; // "1.2×10^6": the power itself is read next
        }
        boolean afterTen = i - start >= 2 && s.startsWith("10", i - 2)
                && (i - 2 == start || s.charAt(i - 3) == '\u00D7' || s.charAt(i - 3) == 'x' || s.charAt(i - 3) == 'X');
        if (!afterTen) {
            return i;
        }
        int j = i;
        if (c == '^') {
            j++;
            if (j < n && s.charAt(j) == '-') {
                j++;
            }
            int d = j;
            while (j < n && j - d < 3 && isDigit(s.charAt(j))) {
                j++;
            }
            return j > d && (j >= n || !isDigit(s.charAt(j))) ? j : i;
        }
        while (j < n && j - i < 4 && isSuperscript(s.charAt(j))) {
            j++;
        }
        return j > i && (j >= n || !isSuperscript(s.charAt(j))) ? j : i;
    }

    private static boolean isPossessiveOrContraction(String s, int i) {
        // letters on both sides: don't, Tuesday's, o'clock
        return i > 0 && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
    }
}
