package io.dateline.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.Processed;
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
