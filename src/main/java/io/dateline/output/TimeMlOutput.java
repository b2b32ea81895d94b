package io.dateline.output;

import io.dateline.text.CodePointText;

import io.dateline.DocumentResult;
import io.dateline.value.Mention;
import io.dateline.Processed;
import io.dateline.value.Anchor;
import io.dateline.input.InputError;
import io.dateline.value.TimeMention;
import io.dateline.value.TimeValue;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes one processed document as a TimeML 1.2.1 document: {@code DOCID}, the publication
 * date as the {@code DCT} (tid {@code t0}), and the text in {@code TEXT} with an inline
 * {@code TIMEX3} around the TIMEX3 extent of every time mention ({@link TimeMention#timexStart()}
 * to {@link TimeMention#timexEnd()}, so signal words such as "on" or "since" stay outside the
 * tag). Tids are {@code t1}, {@code t2}, ... in text order.
 *
 * <p>What is written:
 * <ul>
 *   <li>The text between the tags is exactly the document text: {@code &}, {@code <} and
 *       {@code >} are escaped, a carriage return is written as {@code &#13;} (an XML parser
 *       would otherwise turn CR LF into LF), and the few characters XML 1.0 cannot carry at all
 *       (control characters other than tab, LF and CR, unpaired surrogates, U+FFFE, U+FFFF) are
 *       replaced by U+FFFD, one for one, so code-point offsets still hold.</li>
 *   <li>Figures (quantity mentions) are not TIMEX3s and are left out.</li>
 *   <li>Mentions never overlap, but should two TIMEX3 extents overlap or one fall outside the
 *       text, the later one is left untagged and an XML comment before {@code TEXT} says so;
 *       the output is always well formed.</li>
 *   <li>Without an anchor there is no {@code DCT} element; an XML comment says why.</li>
 *   <li>Document and anchor warnings are written as XML comments after {@code DOCID}.</li>
 *   <li>A failed input is written as a complete XML document holding the comment
 *       {@code <!-- dateline: error in SOURCE:LINE: message -->} and a {@code TimeML} element
 *       with only a {@code DOCID}, no {@code TEXT}, so no reader mistakes it for an article
 *       without time expressions.</li>
 * </ul>
 *
 * <p><b>Several documents.</b> A TimeML document has exactly one {@code TimeML} root, and a
 * wrapper element around several of them would no longer be TimeML. So each call to
 * {@link #write(Processed, PrintWriter)} writes one complete, standalone XML document, starting
 * with the line {@value #XML_DECLARATION} and ending with a newline. A run over several inputs
 * writes these one after another, which streams well and can be split without parsing: a new
 * document starts at every line that begins with {@code <?xml} (no other line can, since text
 * is escaped and comments are written on one line). To get one {@code .tml} file per
 * document, call this method once per file instead.
 *
 * <p>The declaration says UTF-8: the caller must give a writer that encodes UTF-8. Lines end
 * with {@code \n} whatever the platform. The writer is not flushed.
 */
public final class TimeMlOutput {

    /** The first line of every document written. */
    public static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** The schema named by the root element. */
    public static final String SCHEMA_LOCATION = "http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd";

    private static final String ROOT_START = "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:noNamespaceSchemaLocation=\"" + SCHEMA_LOCATION + "\">";

    private TimeMlOutput() {
    }

    /** Writes one document, or the error record of an input that could not be read. */
    public static void write(Processed p, PrintWriter out) {
        if (p.failed()) {
            writeError(p.error(), out);
        } else {
            write(p.document().id(), p.document().text(), p.result(), out);
        }
    }

    /**
     * Writes one document from its parts (for library callers that have no {@link Processed}).
     *
     * @param docId  the {@code DOCID}
     * @param text   the text the result's offsets refer to
     * @param result the mentions found in {@code text}
     */
    public static void write(String docId, String text, DocumentResult result, PrintWriter out) {
        CodePointText t = new CodePointText(text);
        StringBuilder sb = new StringBuilder(text.length() + 256 + 128 * result.mentions().size());
        sb.append(XML_DECLARATION).append('\n');
        sb.append(ROOT_START).append('\n');
        sb.append("<DOCID>");
        escapeText(sb, docId);
        sb.append("</DOCID>\n");
        for (String w : result.warnings()) {
            comment(sb, "dateline: warning: " + w);
        }
        Anchor anchor = result.anchor();
        if (anchor == null) {
            comment(sb, "dateline: no DCT: no publication date is known for this document,"
                    + " so values that depend on it are left underspecified");
        } else {
            for (String w : anchor.warnings()) {
                comment(sb, "dateline: anchor warning: " + w);
            }
            sb.append("<DCT><TIMEX3 tid=\"t0\" type=\"").append(anchor.hasTime() ? "TIME" : "DATE").append('"');
            attribute(sb, "value", anchor.value());
            sb.append(" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
            escapeText(sb, anchor.value());
            sb.append("</TIMEX3></DCT>\n");
        }

        List<TimeMention> times = new ArrayList<>();
        for (Mention m : result.mentions()) {
            if (m instanceof TimeMention tm) {
                times.add(tm);
            }
        }
        times.sort(Comparator.comparingInt(TimeMention::timexStart).thenComparingInt(TimeMention::timexEnd));
        List<TimeMention> tagged = new ArrayList<>();
        int taken = 0;
        for (TimeMention m : times) {
            if (!t.isSpan(m.timexStart(), m.timexEnd())) {
                comment(sb, "dateline: not tagged: TIMEX3 extent " + m.timexStart() + "-" + m.timexEnd()
                        + " of \"" + m.text() + "\" lies outside the text");
            } else if (m.timexStart() < taken) {
                comment(sb, "dateline: not tagged: TIMEX3 extent " + m.timexStart() + "-" + m.timexEnd()
                        + " of \"" + m.text() + "\" overlaps the one before it");
            } else {
                tagged.add(m);
                taken = m.timexEnd();
            }
        }

        sb.append("<TEXT>");
        int at = 0;
        int tid = 1;
        for (TimeMention m : tagged) {
            escapeText(sb, t.slice(at, m.timexStart()));
            startTag(sb, "t" + tid++, m.value());
            escapeText(sb, t.slice(m.timexStart(), m.timexEnd()));
            sb.append("</TIMEX3>");
            at = m.timexEnd();
        }
        escapeText(sb, t.slice(at, t.length()));
        sb.append("</TEXT>\n");
        sb.append("</TimeML>\n");
        out.print(sb);
    }

    /** Writes the record of an input that could not be read: a comment in an article-less document. */
    public static void writeError(InputError e, PrintWriter out) {
        String where = e.source() + (e.line() == null ? "" : ":" + e.line());
        StringBuilder sb = new StringBuilder();
        sb.append(XML_DECLARATION).append('\n');
        comment(sb, "dateline: error in " + where + ": " + e.message());
        sb.append(ROOT_START).append('\n');
        sb.append("<DOCID>");
        escapeText(sb, where);
        sb.append("</DOCID>\n");
        sb.append("</TimeML>\n");
        out.print(sb);
    }

    private static void startTag(StringBuilder sb, String tid, TimeValue v) {
        sb.append("<TIMEX3");
        attribute(sb, "tid", tid);
        attribute(sb, "type", v.type().name());
        attribute(sb, "value", v.value());
        attribute(sb, "mod", v.mod());
        attribute(sb, "quant", v.quant());
        attribute(sb, "freq", v.freq());
        sb.append('>');
    }

    /** Appends {@code  name="value"}, or nothing when the value is null. */
    private static void attribute(StringBuilder sb, String name, String value) {
        if (value == null) {
            return;
        }
        sb.append(' ').append(name).append("=\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                // a parser would turn these into spaces in an attribute value
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.appendCodePoint(isXmlChar(c) ? c : 0xFFFD);
            }
        });
        sb.append('"');
    }

    /** Appends character data: one code point out for every code point in. */
    static void escapeText(StringBuilder sb, String s) {
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                default -> sb.appendCodePoint(isXmlChar(c) ? c : 0xFFFD);
            }
        });
    }

    /**
     * Appends {@code <!-- text -->} on a line of its own. A comment cannot hold {@code --} and
     * XML has no escape inside comments, so the text is escaped reversibly: a backslash is
     * written {@code \\} and a dash that follows a dash {@code \-} ("--published" is
     * {@code -\-published}; read back by dropping each escaping backslash). Line ends become
     * spaces and characters XML cannot carry become U+FFFD.
     */
    static void comment(StringBuilder sb, String text) {
        sb.append("<!-- ");
        int[] last = {' '};
        text.codePoints().forEach(c -> {
            int w = c == '\t' || c == '\n' || c == '\r' ? ' ' : isXmlChar(c) ? c : 0xFFFD;
            if (w == '\\' || (w == '-' && last[0] == '-')) {
                sb.append('\\');
            }
            sb.appendCodePoint(w);
            last[0] = w;
        });
        sb.append(" -->\n");
    }

    /** The characters XML 1.0 allows in a document. */
    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
