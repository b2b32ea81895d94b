package io.dateline.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.DocumentResult;
import io.dateline.MentionWindows;
import io.dateline.Processed;
import io.dateline.value.Mention;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import io.dateline.anchor.AnchorCandidate;
import io.dateline.output.JsonOutput;

/**
 * The JSON record of one processed input item, as {@code --format json} writes it and the
 * service answers it: the result's fields ({@link JsonOutput#document}) plus where the document
 * came from, or the error record of an item that could not be read. One writer for both, so the
 * command line and the service cannot drift apart.
 */
public final class RecordJson {

    private RecordJson() {
    }

    /** One JSON line (no trailing newline). */
    public static String line(Processed p, boolean explain, boolean withText) {
        return JsonOutput.toLine(tree(p, explain, withText));
    }

    /**
     * Writes the record (no trailing newline), the same as {@link #line}, one mention at a time
     * rather than as one tree: a {@link Processed#streamed() streamed} document's mentions are
     * written window by window as they are found, so that they are never all held. Should a
     * window fail (a bug of ours), the record ends with the mentions so far and an {@code error}
     * field saying so in words.
     */
    public static void write(Processed p, boolean explain, boolean withText, Writer out) throws IOException {
        if (p.failed()) {
            out.write(line(p, explain, withText));
            return;
        }
        DocumentResult r = p.result();
        // the record's other fields, in their order, with no mention in it
        ObjectNode head = tree(new Processed(p.document(), p.anchor(),
                new DocumentResult(r.source(), r.anchor(), List.of(), r.warnings(), r.language()), null), explain, withText);
        MentionWindows windows = p.windows();
        Iterator<List<Mention>> mentions = windows != null ? windows : List.of(r.mentions()).iterator();
        String error = null;
        try (JsonGenerator g = JsonOutput.mapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = head.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                g.writeFieldName(f.getKey());
                if (f.getKey().equals("mentions")) {
                    error = mentions(mentions, explain, g);
                } else if (f.getKey().equals("warnings") && windows != null) {
                    List<String> all = new ArrayList<>(r.warnings());
                    all.addAll(windows.warnings());
                    g.writeStartArray();
                    for (String w : all) {
                        g.writeString(w);
                    }
                    g.writeEndArray();
                } else {
                    g.writeTree(f.getValue());
                }
            }
            if (error != null) {
                g.writeStringField("error", error + " after " + (windows != null ? windows.count() : 0) + " mentions"
                        + " (a bug in Dateline: please report it with the document)");
            }
            g.writeEndObject();
        }
    }

    /** The mentions array; the error in words when a window failed, else null. */
    private static String mentions(Iterator<List<Mention>> windows, boolean explain, JsonGenerator g) throws IOException {
        g.writeStartArray();
        String error = null;
        try {
            while (windows.hasNext()) {
                for (Mention m : windows.next()) {
                    g.writeTree(JsonOutput.mention(m, explain));
                }
                g.flush();
            }
        } catch (RuntimeException e) {
            // a bug of ours: said in words, never with Java's exception text
            error = "internal error while processing this document";
        }
        g.writeEndArray();
        return error;
    }

    /**
     * The record as a tree.
     *
     * @param explain  add rule ids and resolution steps to every mention
     * @param withText add {@code text}: the document text the offsets refer to (for HTML, JSON
     *                 Lines and TimeML the extracted text, which the user does not otherwise have)
     */
    public static ObjectNode tree(Processed p, boolean explain, boolean withText) {
        if (p.failed()) {
            ObjectNode o = JsonOutput.object();
            o.put("source", p.error().source());
            if (p.error().line() != null) {
                o.put("line", p.error().line());
            }
            o.put("error", p.error().message());
            o.putNull("anchor");
            o.putArray("mentions");
            o.putArray("warnings");
            return o;
        }
        ObjectNode o = JsonOutput.document(p.result(), explain);
        var d = p.document();
        o.put("id", d.id());
        o.put("format", d.format().id());
        if (d.line() != null) {
            o.put("line", d.line());
        }
        if (d.url() != null) {
            o.put("url", d.url());
        }
        if (d.offsetsNote() != null) {
            o.put("offsets", d.offsetsNote());
        }
        var cands = o.putArray("anchorCandidates");
        for (AnchorCandidate c : p.anchor().candidates()) {
            ObjectNode cn = cands.addObject();
            cn.put("source", c.source());
            cn.put("role", c.role());
            cn.put("text", c.text());
            cn.put("value", c.value());
            cn.put("chosen", c.chosen());
            if (c.start() != null) {
                cn.put("start", c.start());
                cn.put("end", c.end());
            }
            if (c.rejection() != null) {
                cn.put("rejected", c.rejection());
            }
        }
        if (withText) {
            o.put("text", d.text());
        }
        return o;
    }
}
