package io.dateline.eval;

/** Code-point offset helpers; every offset in this package counts code points, not chars. */
final class CodePoints {

    private CodePoints() {
    }

    /** The substring between code-point offsets {@code start} (inclusive) and {@code end}. */
    static String slice(String s, int start, int end) {
        int from = s.offsetByCodePoints(0, start);
        int to = s.offsetByCodePoints(from, end - start);
        return s.substring(from, to);
    }

    /** Maps code-point offsets of one string to char offsets in O(1) per lookup. */
    static final class Index {
        private final String text;
        private final int[] charAt; // charAt[cp] = char offset of code point cp; last = length

        Index(String text) {
            this.text = text;
            int n = text.codePointCount(0, text.length());
            charAt = new int[n + 1];
            int c = 0;
            for (int cp = 0; cp < n; cp++) {
                charAt[cp] = c;
                c += Character.charCount(text.codePointAt(c));
            }
            charAt[n] = text.length();
        }

        int length() {
            return charAt.length - 1;
        }

        String slice(int start, int end) {
            return text.substring(charAt[start], charAt[end]);
        }
    }
}
