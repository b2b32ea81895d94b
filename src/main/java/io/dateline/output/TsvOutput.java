package io.dateline.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.DocumentResult;
import io.dateline.value.Mention;
import io.dateline.Processed;
import io.dateline.input.InputError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated values: one row per mention, for spreadsheets and shell tools; every document
 * yields at least one row.
 *
 * <p>Columns, in order ({@link #COLUMNS}): {@code source kind start end text type value mod min
 * max unit counted warnings minInclusive maxInclusive approximate anchor pointsTo meaning} (the
 * last six appended in issue 18; columns are only ever appended).
 * <ul>
 *   <li>{@code source}: the document id; {@code kind}: {@code time}, {@code quantity} (or any
 *       other mention kind), {@code document} or {@code error}.</li>
 *   <li>{@code start}, {@code end}, {@code text}: the whole mention, signal words included, in
 *       code points (as in the JSON output).</li>
 *   <li>{@code type}: the TIMEX3 type of a time mention, the dimension of a figure.</li>
 *   <li>{@code value}, {@code mod}: the TIMEX3 value and mod of a time mention; the value of a
 *       figure. {@code min}, {@code max}, {@code unit}, {@code counted}: fields of figures.</li>
 *   <li>{@code warnings}: the mention's warnings joined with {@code " | "}; for a {@code document}
 *       row, the document's warnings (the JSON record's top-level {@code warnings}); for an
 *       {@code error} row, the error message (its source is {@code source:line} for JSON Lines
 *       input).</li>
 *   <li>{@code minInclusive}, {@code maxInclusive}, {@code approximate}: a figure's bounds and
 *       looseness ({@code true}/{@code false}); {@code anchor}: the document's publication date
 *       (on every row); {@code pointsTo}: the date a duration points to ("three days ago");
 *       {@code meaning}: the value in symbols ({@link Meaning}: {@code > 1200}, {@code [10, 20]}).</li>
 * </ul>
 * A {@code document} row, with every column but {@code source}, {@code kind} and
 * {@code warnings} empty, comes before the mention rows of a document that has no mentions or
 * has document-level warnings, so that neither the document nor its warnings go missing.
 * Every field is read from {@link JsonOutput#mention(Mention, boolean)}, so any mention kind
 * that writes those JSON fields fills these columns. A missing or null field is empty; a
 * number is written in plain decimal notation.
 *
 * <p>Inside a field a backslash is written {@code \\}, a tab {@code \t}, a line feed {@code \n}
 * and a carriage return {@code \r}, so every row is one line and every field holds no tab.
 * Rows end with {@code \n}. Print {@link #header(PrintWriter)} once per run, then
 * {@link #write(Processed, PrintWriter)} for each document as it comes. The writer is not
 * flushed.
 */
public final class TsvOutput {

    /** The column names of the header row. */
    public static final List<String> COLUMNS = List.of("source", "kind", "start", "end", "text", "type",
            "value", "mod", "min", "max", "unit", "counted", "warnings",
            // appended (issue 18), never reordered: what the JSON keeps besides
            "minInclusive", "maxInclusive", "approximate", "anchor", "pointsTo", "meaning");

    /** Joins several warnings in the {@code warnings} column. */
    public static final String WARNING_SEPARATOR = " | ";

    private TsvOutput() {
    }

    /** The header row. */
    public static void header(PrintWriter out) {
        out.print(String.join("\t", COLUMNS) + "\n");
    }

    /**
     * The rows of one document: a {@code document} row when it has no mentions or has
     * document-level warnings, then one row per mention; one {@code error} row for a failed input.
     */
    public static void write(Processed p, PrintWriter out) {
        if (p.failed()) {
            writeError(p.error(), out);
        } else {
            write(p.result(), out);
        }
    }

    /** The rows of a result: its {@code document} row when due, then one row per mention. */
    public static void write(DocumentResult r, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        String anchor = r.anchor() == null ? "" : r.anchor().value();
        if (r.mentions().isEmpty() || !r.warnings().isEmpty()) {
            row(sb, r.source(), "document", "", "", "", "", "", "", "", "", "", "",
                    String.join(WARNING_SEPARATOR, r.warnings()), "", "", "", anchor, "", "");
        }
        for (Mention m : r.mentions()) {
            JsonNode j = JsonOutput.mention(m, false);
            // the dimension of a figure, the TIMEX3 type of a time
            String type = field(j.hasNonNull("dimension") ? j.get("dimension") : j.get("type"));
            row(sb, r.source(), m.kind(), Integer.toString(m.start()), Integer.toString(m.end()), m.text(),
                    type, field(j.get("value")), field(j.get("mod")), field(j.get("min")), field(j.get("max")),
                    field(j.get("unit")), field(j.get("counted")), String.join(WARNING_SEPARATOR, m.warnings()),
                    field(j.get("minInclusive")), field(j.get("maxInclusive")), field(j.get("approximate")), anchor,
                    field(j.get("pointsTo")), Meaning.of(j));
        }
        out.print(sb);
    }

    /** The {@code error} row of an input that could not be read. */
    public static void writeError(InputError e, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        String source = e.source() + (e.line() == null ? "" : ":" + e.line());
        row(sb, source, "error", "", "", "", "", "", "", "", "", "", "", e.message(), "", "", "", "", "", "");
        out.print(sb);
    }

    /** Escapes one field: backslash, tab, line feed and carriage return. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Undoes {@link #escape(String)}; an unknown escape keeps its character. */
    public static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                sb.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Splits one row (without its line end) into unescaped fields. */
    public static List<String> parseRow(String line) {
        List<String> fields = new ArrayList<>();
        for (String f : line.split("\t", -1)) {
            fields.add(unescape(f));
        }
        return fields;
    }

    private static void row(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(escape(fields[i]));
        }
        sb.append('\n');
    }

    /** A JSON field as a cell: empty for missing or null, plain decimals, compact JSON for containers. */
    private static String field(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "";
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue().toString();
        }
        if (n.isNumber()) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Double.toString(d);
            }
            return n.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (n.isValueNode()) {
            return n.asText();
        }
        return JsonOutput.toLine(n);
    }
}
