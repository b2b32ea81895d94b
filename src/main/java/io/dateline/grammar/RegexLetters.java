package io.dateline.grammar;

/**
 * Tells whether every string a rule's regex matches holds an ASCII letter, so the scan can skip
 * it on tokens without one: "13" or "2,500" never match {@code \d+(km|m|kg|...)}, and trying
 * every unit after every split of the digits is the costly part of such a regex.
 *
 * <p>A small recursive-descent reading of the regex syntax the grammars use (groups,
 * alternatives, classes, escapes, quantifiers, look-arounds). Conservative: anything it does not
 * know (inline flags, {@code \p{..}}, nested classes) makes the answer "no", which only means
 * the regex is always tried.
 */
final class RegexLetters {

    private final String re;
    private int pos;

    private RegexLetters(String re) {
        this.re = re;
    }

    /** Whether every match of {@code re} (compiled case-insensitive) holds a letter a-z or A-Z. */
    static boolean required(String re) {
        try {
            RegexLetters r = new RegexLetters(re);
            boolean b = r.alternation();
            return r.pos == re.length() && b;
        } catch (Unsure e) {
            return false;
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

    /** Alternatives up to a ')' or the end: each must require a letter. */
    private boolean alternation() {
        boolean all = sequence();
        while (more() && peek() == '|') {
            pos++;
            all &= sequence();
        }
        return all;
    }

    /** Items up to '|', ')' or the end: one required item that requires a letter is enough. */
    private boolean sequence() {
        boolean any = false;
        while (more() && peek() != '|' && peek() != ')') {
            boolean atom = atom();
            boolean mayBeAbsent = quantifier();
            any |= atom && !mayBeAbsent;
        }
        return any;
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
            String body = re.substring(pos + 1, close);
            String min = body.split(",", -1)[0].strip();
            if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) {
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

    /** One item; returns whether every string it matches holds a letter. */
    private boolean atom() {
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
                boolean inner = alternation();
                if (!more() || peek() != ')') {
                    throw new Unsure();
                }
                pos++;
                return !lookaround && inner; // a look-around consumes nothing
            }
            case '[' -> {
                return charClass();
            }
            case '\\' -> {
                if (!more()) {
                    throw new Unsure();
                }
                char e = peek();
                pos++;
                if (e == 'p' || e == 'P' || e == 'Q' || e == 'x' || e == 'u' || e == 'k' || e == 'c'
                        || Character.isDigit(e)) {
                    throw new Unsure(); // multi-character escapes: not read here
                }
                return false; // \d, \s, \w, \b, escaped punctuation: no letter guaranteed
            }
            case '.', '^', '$' -> {
                return false;
            }
            case ')', '|', '*', '+', '?', '{' -> throw new Unsure();
            default -> {
                return isLetter(c);
            }
        }
    }

    /** A class after its '['; true when every character it admits is a letter. */
    private boolean charClass() {
        if (more() && peek() == '^') {
            throw new Unsure();
        }
        boolean letters = true;
        while (more() && peek() != ']') {
            char c = peek();
            pos++;
            if (c == '[' || (c == '&' && more() && peek() == '&')) {
                throw new Unsure(); // nested classes, intersections
            }
            if (c == '\\') {
                if (!more()) {
                    throw new Unsure();
                }
                char e = peek();
                pos++;
                if (Character.isLetterOrDigit(e)) {
                    if (e == 'p' || e == 'P' || e == 'x' || e == 'u' || e == 'c' || e == 'Q') {
                        throw new Unsure();
                    }
                    letters = false; // \d, \w, \s, \n, ...
                } else {
                    letters = false; // an escaped symbol
                }
                continue;
            }
            if (more() && peek() == '-' && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
                char to = re.charAt(pos + 1);
                pos += 2;
                if (to == '\\' || to == '[') {
                    throw new Unsure();
                }
                boolean lower = c >= 'a' && to <= 'z' && c <= to;
                boolean upper = c >= 'A' && to <= 'Z' && c <= to;
                letters &= lower || upper;
                continue;
            }
            letters &= isLetter(c);
        }
        if (!more()) {
            throw new Unsure();
        }
        pos++; // ']'
        return letters;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
