package io.dateline.output;

import io.dateline.text.CodePointText;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.DocumentResult;
import io.dateline.value.Mention;
import io.dateline.Processed;
import io.dateline.input.InputError;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.List;

/**
 * A view for people: the source and anchor, the article with every mention marked, then one
 * line per mention.
 *
 * <p>In the article text each mention (signal words included) is shown as
 * {@code [[on Tuesday]]¹}; the superscript number is the mention's line in the table below.
 * With color, the brackets give way to color: time expressions in cyan, figures in magenta, and
 * the number of a mention that has warnings in yellow, like the warnings themselves. Paragraphs
 * are printed as they are, without re-wrapping; control characters (other than tab and line
 * ends) are shown as U+FFFD so that article text cannot send escape sequences to a terminal.
 *
 * <p>{@link #write(DocumentResult, boolean, PrintWriter)} has no text to mark and prints the
 * anchor and the table only, as it always has.
 */
public final class TextOutput {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String MAGENTA = "\u001b[35m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";

    private static final char[] SUPERSCRIPT = {'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'};

    private TextOutput() {
    }

    /** The anchor and the table of mentions, without color. */
    public static void write(DocumentResult r, boolean explain, PrintWriter out) {
        write(r, explain, false, out);
    }

    /** The anchor and the table of mentions, with ANSI color when {@code color} is set. */
    public static void write(DocumentResult r, boolean explain, boolean color, PrintWriter out) {
        Style s = new Style(color);
        head(r, s, out);
        table(r, explain, false, s, out);
    }

    /**
     * The full view: the anchor, the text with its mentions marked, and the numbered table.
     *
     * @param text the text the result's offsets refer to
     */
    public static void write(DocumentResult r, String text, boolean explain, boolean color, PrintWriter out) {
        Style s = new Style(color);
        head(r, s, out);
        out.println();
        String marked = markedText(r, text, color);
        out.print(marked);
        if (!marked.endsWith("\n")) {
            out.println();
        }
        if (!r.mentions().isEmpty()) {
            out.println();
        }
        table(r, explain, true, s, out);
    }

    /** The full view of a processed document, or its error. */
    public static void write(Processed p, boolean explain, boolean color, PrintWriter out) {
        if (p.failed()) {
            writeError(p.error(), color, out);
        } else {
            write(p.result(), p.document().text(), explain, color, out);
        }
    }

    /** The record of an input that could not be read. */
    public static void writeError(InputError e, boolean color, PrintWriter out) {
        Style s = new Style(color);
        out.println(s.paint(BOLD, "== " + e.source() + (e.line() == null ? "" : ":" + e.line())));
        out.println(s.paint(RED, "error: " + e.message()));
    }

    /**
     * The text with every mention marked ({@code [[on Tuesday]]¹}, or colored), numbered as in
     * the table. A mention whose span overlaps an earlier one or falls outside the text is not
     * marked (it still has its line in the table).
     */
    public static String markedText(DocumentResult r, String text, boolean color) {
        Style s = new Style(color);
        CodePointText t = new CodePointText(text);
        StringBuilder sb = new StringBuilder(text.length() + 16 * r.mentions().size());
        int at = 0;
        List<Mention> ms = r.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (!t.isSpan(m.start(), m.end()) || m.start() < at) {
                continue;
            }
            sb.append(safe(t.slice(at, m.start()), false));
            String shown = safe(t.slice(m.start(), m.end()), false);
            sb.append(color ? s.paint(kindColor(m.kind()), shown) : "[[" + shown + "]]");
            String index = superscript(i + 1);
            sb.append(m.warnings().isEmpty() ? index : s.paint(YELLOW, index));
            at = m.end();
        }
        sb.append(safe(t.slice(at, t.length()), false));
        return sb.toString();
    }

    /**
     * Whether standard output should be colored: only when the JVM has a console (on JDK 22 and
     * later, one that is a terminal) and the {@code NO_COLOR} environment variable is not set
     * (an empty {@code NO_COLOR} counts as not set, as https://no-color.org asks).
     */
    public static boolean colorWanted() {
        return colorWanted(isTerminal(System.console()), System.getenv("NO_COLOR"));
    }

    static boolean colorWanted(boolean terminal, String noColor) {
        return terminal && (noColor == null || noColor.isEmpty());
    }

    private static boolean isTerminal(Console c) {
        if (c == null) {
            return false;
        }
        // From JDK 22 System.console() is not null when output is redirected; isTerminal() tells.
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (NoSuchMethodException e) {
            return true; // up to JDK 21 a console exists only for a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static void head(DocumentResult r, Style s, PrintWriter out) {
        out.println(s.paint(BOLD, "== " + r.source()));
        if (r.anchor() == null) {
            out.println("anchor: none");
        } else {
            out.println("anchor: " + r.anchor().value() + " (" + r.anchor().source()
                    + (r.anchor().text() == null ? "" : ": \"" + safe(r.anchor().text(), true) + "\"") + ")");
            r.anchor().warnings().forEach(w -> out.println(s.paint(YELLOW, "  warning: " + w)));
        }
        r.warnings().forEach(w -> out.println(s.paint(YELLOW, "warning: " + w)));
    }

    private static void table(DocumentResult r, boolean explain, boolean indexed, Style s, PrintWriter out) {
        List<Mention> ms = r.mentions();
        String indent = indexed ? "    " : "";
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            JsonNode j = JsonOutput.mention(m, explain);
            StringBuilder sb = new StringBuilder();
            if (indexed) {
                String index = String.format("%3s ", superscript(i + 1));
                sb.append(m.warnings().isEmpty() ? index : s.paint(YELLOW, index));
            }
            sb.append(String.format("%6d-%-6d ", m.start(), m.end()));
            sb.append(s.paint(kindColor(m.kind()), String.format("%-9s %-32s", m.kind(), '"' + safe(m.text(), true) + '"')));
            sb.append(' ');
            if (m.kind().equals("time")) {
                sb.append(j.path("type").asText()).append(' ').append(j.path("value").asText());
                if (!j.path("mod").isNull()) {
                    sb.append(" mod=").append(j.path("mod").asText());
                }
                if (!j.path("pointsTo").isNull()) {
                    sb.append(" -> ").append(j.path("pointsTo").asText());
                }
            } else {
                // what the value means: "> 1200" for "over 1,200", never a bare 1200
                sb.append(j.path("dimension").asText()).append(' ').append(Meaning.of(j));
                if (!j.path("counted").isNull() && !j.path("counted").isMissingNode()) {
                    sb.append(" (").append(j.path("counted").asText()).append(')');
                }
            }
            out.println(sb);
            for (String w : m.warnings()) {
                out.println(indent + s.paint(YELLOW, "         warning: " + w));
            }
            if (explain) {
                out.println(indent + "         rules: " + String.join(" < ", m.rules()));
                j.path("steps").forEach(x -> out.println(indent + "         step: " + x.asText()));
            }
        }
    }

    private static String kindColor(String kind) {
        return switch (kind) {
            case "time" -> CYAN;
            case "quantity" -> MAGENTA;
            default -> GREEN;
        };
    }

    /** {@code 12} as {@code ¹²}. */
    static String superscript(int n) {
        String digits = Integer.toString(n);
        StringBuilder sb = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            sb.append(SUPERSCRIPT[digits.charAt(i) - '0']);
        }
        return sb.toString();
    }

    /**
     * Replaces control characters by U+FFFD; line ends and tabs are kept in running text and
     * become spaces on a single line.
     */
    private static String safe(String s, boolean oneLine) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char w = c;
            if (c == '\n' || c == '\r' || c == '\t') {
                w = oneLine ? ' ' : c;
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                w = '\uFFFD';
            }
            if (w != c && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(w);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Wraps text in an ANSI color when color is on. */
    private record Style(boolean color) {
        String paint(String code, String text) {
            return color ? code + text + RESET : text;
        }
    }
}
