package io.dateline.text;

/**
 * Where the digits of one number are split into groups of three ("1 234 567", "1'234'567",
 * "12 850" with a no-break space), read the same way in every language. A locale adds its own
 * separators through {@link Separators} on top of the {@link Separators#NEUTRAL neutral} ones.
 *
 * <ul>
 *   <li>A <em>strong</em> separator (a no-break, narrow no-break, thin or figure space, an
 *       apostrophe {@code '} or {@code ’}) joins when the number starts with one to three digits
 *       and each group after it has exactly three: "4'200", "18 400".</li>
 *   <li>A <em>weak</em> separator (a plain space) joins only two groups or more ("1 234 567"),
 *       never one ("on line 4 215 riders" stays two numbers) and never after four digits or
 *       more ("in 2019 350 jobs", a year, stays two numbers).</li>
 *   <li>One number keeps one separator: "1 234'567" is not joined.</li>
 * </ul>
 *
 * <p>The scan is linear and bounded: a number is at most {@link #MAX_GROUPS} groups long.
 * {@link TextNormalizer#fold} turns each joining separator into a comma, one character for one,
 * so offsets into the folded text stay offsets into the original.
 */
public final class DigitGroups {

    /** Groups after the first one in one number, at most (a 31-digit number). */
    public static final int MAX_GROUPS = 10;

    /**
     * The characters that group digits.
     *
     * @param strong join one group or more
     * @param weak   join two groups or more (they also separate two numbers in running text)
     */
    public record Separators(String strong, String weak) {

        /** The separators every language reads: no-break spaces and apostrophes strong, a plain space weak. */
        public static final Separators NEUTRAL = new Separators("\u00A0\u202F\u2009\u2007'\u2019", " ");

        /** These and a locale's own (a locale's additions never remove a neutral one). */
        public Separators plus(String moreStrong, String moreWeak) {
            return new Separators(strong + moreStrong, weak + moreWeak);
        }

        boolean isStrong(char c) {
            return strong.indexOf(c) >= 0;
        }

        boolean isWeak(char c) {
            return weak.indexOf(c) >= 0;
        }
    }

    private DigitGroups() {
    }

    /**
     * The separators joined in the number that starts at {@code i}, as {@code from << 32 | to}:
     * the separators are at {@code from}, {@code from + 4}, ... below {@code to}. {@code -1} when
     * no number starts at {@code i} or its groups are not joined. The caller moves on to
     * {@code to} (or past the digits), so that a whole text is scanned once.
     */
    public static long joined(String t, int i, Separators s) {
        int n = t.length();
        if (!isDigit(t.charAt(i)) || (i > 0 && continuesNumber(t.charAt(i - 1)))) {
            return -1;
        }
        if (i >= 2 && (s.isStrong(t.charAt(i - 1)) || s.isWeak(t.charAt(i - 1))) && isDigit(t.charAt(i - 2))) {
            return -1; // the tail of a number with another separator ("1 234'567"): two readings, none taken
        }
        int end = digits(t, i);
        if (end - i > 3 || end >= n) {
            return -1;
        }
        char sep = t.charAt(end);
        boolean strong = s.isStrong(sep);
        if (!strong && !s.isWeak(sep)) {
            return -1;
        }
        int groups = 0;
        int p = end;
        while (groups < MAX_GROUPS && p < n && t.charAt(p) == sep && threeDigitsAt(t, p + 1)) {
            groups++;
            p += 4;
        }
        if (groups < (strong ? 1 : 2)) {
            return -1;
        }
        if (!strong && p < n && (t.charAt(p) == sep || t.charAt(p) == ':' || t.charAt(p) == '/') && p + 1 < n && isDigit(t.charAt(p + 1))) {
            return -1; // "1 234 567 8901", "12 345 678:30": not a plain count; two readings, keep the digits apart
        }
        return (long) end << 32 | p;
    }

    /** Exactly three ASCII digits at {@code p}, not followed by a fourth. */
    private static boolean threeDigitsAt(String t, int p) {
        int n = t.length();
        return p + 2 < n && isDigit(t.charAt(p)) && isDigit(t.charAt(p + 1)) && isDigit(t.charAt(p + 2))
                && (p + 3 >= n || !isDigit(t.charAt(p + 3)));
    }

    private static int digits(String t, int i) {
        while (i < t.length() && isDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A character before a digit that makes the digit part of something else ("A320", "1.5", "3,2"). */
    private static boolean continuesNumber(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '\'' || c == '\u2019';
    }

    /**
     * A zero-width character: inside a number it is nothing ("1\u200B200" is 1200). Zero-width
     * space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen.
     */
    public static boolean zeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
