package io.dateline.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * What can be told about a token regex from its text alone, for the scan's prefilters: whether
 * every match starts with a digit, holds a digit, or holds a run of literal text. Conservative:
 * any doubt means "nothing can be told", which only means the regex is tried more often.
 */
final class RegexShape {

    private RegexShape() {
    }

    /**
     * Whether every token the regex can match starts with a digit: then the rule is only tried
     * at tokens that do (a trigger prefilter). Conservative: any doubt means no.
     */
    static boolean digitFirst(String re) {
        if (topLevelBar(re)) {
            return false;
        }
        return startsWithDigit(re);
    }

    /** Whether every string the regex matches starts with a digit (conservative). */
    private static boolean startsWithDigit(String r) {
        if (r.startsWith("\\d") || r.startsWith("[0-9]") || r.startsWith("[1-9]") || r.startsWith("[0-9")) {
            return true;
        }
        if (!r.isEmpty() && r.charAt(0) >= '0' && r.charAt(0) <= '9' && (r.length() == 1 || "?*{".indexOf(r.charAt(1)) < 0)) {
            return true; // a literal digit
        }
        if (!r.startsWith("(") || r.startsWith("(?=") || r.startsWith("(?!") || r.startsWith("(?<=") || r.startsWith("(?<!")) {
            return false;
        }
        // a group first: every alternative in it must start with a digit, and the group must not be optional
        int depth = 0;
        int close = -1;
        for (int k = 0; k < r.length(); k++) {
            char ch = r.charAt(k);
            if (ch == '\\') {
                k++;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                close = k;
                break;
            }
        }
        if (close < 0 || (close + 1 < r.length() && "?*{".indexOf(r.charAt(close + 1)) >= 0)) {
            return false;
        }
        String body = r.substring(1, close).replaceFirst("^(\\?<\\w+>|\\?:)", "");
        for (String alt : splitTopLevel(body)) {
            if (!startsWithDigit(alt)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitTopLevel(String re) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int k = 0; k < re.length(); k++) {
            char ch = re.charAt(k);
            if (ch == '\\') {
                k++;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == '|' && depth == 0) {
                out.add(re.substring(from, k));
                from = k + 1;
            }
        }
        out.add(re.substring(from));
        return out;
    }

    /**
     * The longest run of literal characters at the top level of a regex that every match must
     * contain (lower-cased), or null. Conservative: runs inside groups, classes or before a
     * quantifier do not count, and a top-level '|' means none.
     */
    static String requiredLiteral(String re) {
        if (topLevelBar(re)) {
            return null;
        }
        String best = null;
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int k = 0; k < re.length(); k++) {
            char ch = re.charAt(k);
            char next = k + 1 < re.length() ? re.charAt(k + 1) : 0;
            boolean literal = false;
            char lit = ch;
            if (inClass) {
                if (ch == '\\') {
                    k++;
                } else if (ch == ']') {
                    inClass = false;
                }
            } else if (ch == '\\') {
                if (next != 0 && "-.:/'&$".indexOf(next) >= 0 && depth == 0) {
                    literal = true;
                    lit = next;
                }
                k++;
                next = k + 1 < re.length() ? re.charAt(k + 1) : 0;
            } else if (ch == '[') {
                inClass = true;
            } else if (ch == '{') {
                int close = re.indexOf('}', k);
                k = close < 0 ? re.length() : close; // a quantifier's bounds are not text
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (depth == 0 && (Character.isLetterOrDigit(ch) || "-:/'&".indexOf(ch) >= 0)) {
                literal = true;
            }
            boolean quantified = next == '?' || next == '*' || next == '{' || next == '+';
            if (literal && !quantified) {
                run.append(Character.toLowerCase(lit));
            } else {
                if (run.length() > 0 && (best == null || run.length() > best.length())) {
                    best = run.toString();
                }
                run.setLength(0);
            }
        }
        if (run.length() > 0 && (best == null || run.length() > best.length())) {
            best = run.toString();
        }
        return best;
    }

    /** Whether every match holds a digit: a top-level {@code \\d} or {@code [0-9]} that is not optional. */
    static boolean requiresDigit(String re) {
        if (topLevelBar(re)) {
            return false;
        }
        int depth = 0;
        for (int k = 0; k < re.length(); k++) {
            char ch = re.charAt(k);
            if (ch == '\\' && k + 1 < re.length()) {
                if (re.charAt(k + 1) == 'd' && depth == 0) {
                    char after = k + 2 < re.length() ? re.charAt(k + 2) : 0;
                    if (after != '?' && after != '*' && !(after == '{' && re.startsWith("{0", k + 2))) {
                        return true;
                    }
                }
                k++;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == '[' && re.startsWith("[0-9]", k) && depth == 0) {
                char after = k + 5 < re.length() ? re.charAt(k + 5) : 0;
                if (after != '?' && after != '*') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean topLevelBar(String re) {
        return splitTopLevel(re).size() > 1;
    }
}
