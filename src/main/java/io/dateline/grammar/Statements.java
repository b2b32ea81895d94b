package io.dateline.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rule or vocabulary file into statements: a line in column 0 ({@code rule ID},
 * {@code lexicon NAME}, {@code kind NAME DIMENSION}) and the indented lines under it, without
 * comments and blank lines, each with its line number.
 */
final class Statements {

    /** What is done with one statement. */
    interface Handler {
        void statement(String[] head, int line, List<String> body, List<Integer> bodyLines);
    }

    private Statements() {
    }

    /**
     * Hands each statement of {@code text} to {@code handler}, in order.
     *
     * @param outside what an indented line must sit under, for the error message ("a lexicon or rule")
     */
    static void read(String file, String text, String outside, Handler handler) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String raw = stripComment(lines[i]);
            if (raw.isBlank()) {
                i++;
                continue;
            }
            if (Character.isWhitespace(raw.charAt(0))) {
                throw new GrammarException(file, i + 1, "indented line outside " + outside + ": '" + raw.strip() + "'");
            }
            String[] head = raw.strip().split("\\s+");
            int startLine = i + 1;
            List<String> body = new ArrayList<>();
            List<Integer> bodyLines = new ArrayList<>();
            i++;
            while (i < lines.length) {
                String l = stripComment(lines[i]);
                if (!l.isBlank() && !Character.isWhitespace(l.charAt(0))) {
                    break;
                }
                if (!l.isBlank()) {
                    body.add(l.strip());
                    bodyLines.add(i + 1);
                }
                i++;
            }
            handler.statement(head, startLine, body, bodyLines);
        }
    }

    private static String stripComment(String line) {
        // '#' starts a comment unless it sits inside a /regex/
        int slash = -1;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '/' && (k == 0 || line.charAt(k - 1) != '\\')) {
                slash = slash < 0 ? k : -1;
            } else if (c == '#' && slash < 0 && (k == 0 || Character.isWhitespace(line.charAt(k - 1)))) {
                return line.substring(0, k).stripTrailing();
            }
        }
        return line.stripTrailing();
    }
}
