package io.dateline.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * What a token must hold for a rule's regex to match it, so the scan can skip the regex where
 * it cannot: "13" or "2,500" never match {@code \d+(km|m|kg|...)} (no letter of a unit), "people"
 * never matches {@code [a-z]+-[a-z]+|[a-z]{1,5}-?\d+} (no hyphen, no digit), and trying every
 * alternative at every split of the token is the costly part of such a regex.
 *
 * <p>The answer is a list of character sets: every match holds at least one character of each.
 * A small recursive-descent reading of the regex syntax the grammars use (groups, alternatives,
 * classes, escapes, quantifiers, look-arounds) finds them: a literal needs itself, a class its
 * characters, a sequence each of its required items, an alternation one of its alternatives'
 * needs. Conservative: anything it does not read (inline flags, {@code \p{..}}, negated or
 * nested classes, non-ASCII literals) adds no need, which only means the regex is tried more
 * often. Letters count in both cases (the grammars compile regexes case-insensitive, ASCII only).
 */
final class RegexNeeds {

    /** At most this many sets are kept, the most selective (fewest characters) first. */
    static final int MAX_SETS = 3;

    /** A set of ASCII characters as two 64-bit words. */
    record CharSet(long lo, long hi) {

        static CharSet of(char c) {
            CharSet s = new CharSet(c < 64 ? 1L << c : 0, c >= 64 ? 1L << (c - 64) : 0);
            if (c >= 'a' && c <= 'z') {
                return s.union(of((char) (c - 32)));
            }
            if (c >= 'A' && c <= 'Z') {
                return s.union(new CharSet(0, 1L << (c + 32 - 64)));
            }
            return s;
        }

        static CharSet range(char from, char to) {
            CharSet s = new CharSet(0, 0);
            for (char c = from; c <= to; c++) {
                s = s.union(of(c));
            }
            return s;
        }

        CharSet union(CharSet o) {
            return new CharSet(lo | o.lo, hi | o.hi);
        }

        int size() {
            return Long.bitCount(lo) + Long.bitCount(hi);
        }

        /** Whether {@code s} holds a character of this set. */
        boolean anyIn(String s) {
            long[] lo = new long[1];
            long[] hi = new long[1];
            textBits(s, lo, hi, 0);
            return meets(lo[0], hi[0]);
        }

        /** Whether a text whose ASCII characters are {@code lo}, {@code hi} (see {@link #textBits}) holds one of this set. */
        boolean meets(long lo, long hi) {
            return (lo & this.lo) != 0 || (hi & this.hi) != 0;
        }
    }

    /** Writes the ASCII characters of {@code s} as bits: 0-63 into {@code lo[at]}, 64-127 into {@code hi[at]}. */
    static void textBits(String s, long[] lo, long[] hi, int at) {
        long l = 0;
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 64) {
                l |= 1L << c;
            } else if (c < 128) {
                h |= 1L << (c - 64);
            }
        }
        lo[at] = l;
        hi[at] = h;
    }

    private static final CharSet DIGITS = CharSet.range('0', '9');
    private static final CharSet WORD = CharSet.range('a', 'z').union(DIGITS).union(CharSet.of('_'));

    private final String re;
    private int pos;

    private RegexNeeds(String re) {
        this.re = re;
    }

    /**
     * The character sets every match of {@code re} (compiled case-insensitive) holds a
     * character of, most selective first; empty when nothing can be told.
     */
    static List<CharSet> of(String re) {
        try {
            RegexNeeds r = new RegexNeeds(re);
            List<CharSet> needs = r.alternationNeeds();
            if (r.pos != re.length()) {
                return List.of();
            }
            List<CharSet> sorted = new ArrayList<>(needs.stream().distinct().toList());
            sorted.sort((a, b) -> Integer.compare(a.size(), b.size()));
            return List.copyOf(sorted.subList(0, Math.min(MAX_SETS, sorted.size())));
        } catch (Unsure e) {
            return List.of();
        }
    }

    /** Signals syntax this reading does not handle. */
    private static final class Unsure extends RuntimeException {
        Unsure() {
            super(null, null, false, false);
        }
    }

    private boolean more() {
        return pos < re.length();
    }

    private char peek() {
        return re.charAt(pos);
    }

    /**
     * The needs of alternatives up to a ')' or the end: one alternative's needs when there is
     * one, else a single set, the union of each alternative's most selective need (none if an
     * alternative needs nothing).
     */
    private List<CharSet> alternationNeeds() {
        List<List<CharSet>> alts = new ArrayList<>();
        alts.add(sequence());
        while (more() && peek() == '|') {
            pos++;
            alts.add(sequence());
        }
        if (alts.size() == 1) {
            return alts.get(0);
        }
        CharSet union = new CharSet(0, 0);
        for (List<CharSet> a : alts) {
            CharSet best = best(a);
            if (best == null) {
                return List.of();
            }
            union = union.union(best);
        }
        return List.of(union);
    }

    private static CharSet best(List<CharSet> needs) {
        CharSet best = null;
        for (CharSet s : needs) {
            if (best == null || s.size() < best.size()) {
                best = s;
            }
        }
        return best;
    }

    /** The needs of the items up to '|', ')' or the end that cannot be skipped. */
    private List<CharSet> sequence() {
        List<CharSet> needs = new ArrayList<>();
        while (more() && peek() != '|' && peek() != ')') {
            List<CharSet> atom = atom();
            boolean mayBeAbsent = quantifier();
            if (!mayBeAbsent) {
                needs.addAll(atom);
            }
        }
        return needs;
    }

    /** Reads a quantifier after an item, if any; returns whether it allows zero repetitions. */
    private boolean quantifier() {
        if (!more()) {
            return false;
        }
        boolean zero;
        char c = peek();
        if (c == '?' || c == '*') {
            zero = true;
            pos++;
        } else if (c == '+') {
            zero = false;
            pos++;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unsure();
            }
            String min = re.substring(pos + 1, close).split(",", -1)[0].strip();
            if (min.isEmpty() || !min.chars().allMatch(ch -> ch >= '0' && ch <= '9') || min.length() > 6) {
                throw new Unsure();
            }
            zero = Integer.parseInt(min) == 0;
            pos = close + 1;
        } else {
            return false;
        }
        if (more() && (peek() == '?' || peek() == '+')) {
            pos++; // lazy or possessive: same strings
        }
        return zero;
    }

    /** One item and what every string it matches holds. */
    private List<CharSet> atom() {
        char c = peek();
        pos++;
        switch (c) {
            case '(' -> {
                boolean lookaround = false;
                if (more() && peek() == '?') {
                    pos++;
                    if (re.startsWith(":", pos)) {
                        pos++;
                    } else if (re.startsWith("=", pos) || re.startsWith("!", pos)) {
                        pos++;
                        lookaround = true;
                    } else if (re.startsWith("<=", pos) || re.startsWith("<!", pos)) {
                        pos += 2;
                        lookaround = true;
                    } else if (re.startsWith("<", pos)) {
                        int close = re.indexOf('>', pos);
                        if (close < 0) {
                            throw new Unsure();
                        }
                        pos = close + 1; // a named group
                    } else {
                        throw new Unsure(); // inline flags, atomic groups, ...
                    }
                }
                List<CharSet> inner = alternationNeeds();
                if (!more() || peek() != ')') {
                    throw new Unsure();
                }
                pos++;
                return lookaround ? List.of() : inner; // a look-around consumes nothing
            }
            case '[' -> {
                CharSet s = charClass();
                return s == null ? List.of() : List.of(s);
            }
            case '\\' -> {
                CharSet s = escape();
                return s == null ? List.of() : List.of(s);
            }
            case '.', '^', '$' -> {
                return List.of();
            }
            case ')', '|', '*', '+', '?', '{' -> throw new Unsure();
            default -> {
                if (c >= 128) {
                    throw new Unsure();
                }
                return List.of(CharSet.of(c));
            }
        }
    }

    /** An escape after its backslash: the set it matches, or null when it is not one. */
    private CharSet escape() {
        if (!more()) {
            throw new Unsure();
        }
        char e = peek();
        pos++;
        if (e == 'd') {
            return DIGITS;
        }
        if (e == 'w') {
            return WORD;
        }
        if (e == 'b' || e == 'B' || e == 'D' || e == 'W' || e == 's' || e == 'S') {
            return null; // zero-width, or matches what this reading does not list
        }
        if (Character.isLetterOrDigit(e) || e >= 128) {
            throw new Unsure(); // property classes, hex or code-point escapes, quoting, back-references ...
        }
        return CharSet.of(e); // an escaped symbol: itself
    }

    /** A class after its '[': the characters it admits, or null when it is not read. */
    private CharSet charClass() {
        if (more() && peek() == '^') {
            throw new Unsure();
        }
        CharSet set = new CharSet(0, 0);
        while (more() && peek() != ']') {
            char c = peek();
            pos++;
            if (c == '[' || (c == '&' && more() && peek() == '&')) {
                throw new Unsure(); // nested classes, intersections
            }
            if (c == '\\') {
                CharSet s = escape();
                if (s == null) {
                    throw new Unsure();
                }
                set = set.union(s);
                continue;
            }
            if (c >= 128) {
                throw new Unsure();
            }
            if (more() && peek() == '-' && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
                char to = re.charAt(pos + 1);
                pos += 2;
                if (to == '\\' || to == '[' || to >= 128 || to < c) {
                    throw new Unsure();
                }
                set = set.union(CharSet.range(c, to));
                continue;
            }
            set = set.union(CharSet.of(c));
        }
        if (!more()) {
            throw new Unsure();
        }
        pos++; // ']'
        return set;
    }
}
