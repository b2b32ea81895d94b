package io.dateline.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.value.QuantityMention;
import java.math.BigDecimal;

/** The JSON fields of a figure ({@link QuantityMention}); the field names are a contract. */
final class QuantityJson {

    private QuantityJson() {
    }

    /** Writes the figure's own fields after kind, start, end and text. */
    static void write(ObjectNode o, QuantityMention q) {
        o.put("dimension", q.dimension());
        number(o, "value", q.value());
        number(o, "min", q.min());
        number(o, "max", q.max());
        o.put("minInclusive", q.minInclusive());
        o.put("maxInclusive", q.maxInclusive());
        o.put("approximate", q.approximate());
        o.put("unit", q.unit());
        o.put("counted", q.counted());
        o.set("original", original(o, q.original()));
        o.put("qualifier", q.qualifier());
        o.put("vague", q.vague());
        QuantityMention.Paired paired = q.paired();
        if (paired == null) {
            o.putNull("paired");
        } else {
            ObjectNode p = o.objectNode();
            p.put("start", paired.start());
            p.put("end", paired.end());
            p.put("text", paired.text());
            number(p, "value", paired.value());
            p.put("unit", paired.unit());
            p.set("original", original(p, paired.original()));
            o.set("paired", p);
        }
        if (q.consistent() == null) {
            o.putNull("consistent");
        } else {
            o.put("consistent", q.consistent());
        }
        QuantityMention.Change c = q.change();
        if (c == null) {
            o.putNull("change");
        } else {
            ObjectNode ch = o.putObject("change");
            ch.put("direction", c.direction());
            ch.put("role", c.role());
            ch.put("cue", c.cue());
            if (c.partner() == null) {
                ch.putNull("partner");
            } else {
                ch.put("partner", c.partner());
            }
        }
        per(o, q.per());
        QuantityMention.Concept about = q.concept();
        if (about == null) {
            o.putNull("concept");
        } else {
            ObjectNode co = o.putObject("concept");
            co.put("text", about.text());
            co.put("start", about.start());
            co.put("end", about.end());
            ArrayNode ws = co.putArray("words");
            about.words().forEach(ws::add);
        }
        o.put("event", q.event());
        o.put("scope", q.scope());
        ArrayNode w = o.putArray("warnings");
        q.warnings().forEach(w::add);
    }

    /** The denominator of a per-unit ("$3 a share"): {@code per: {unit, amount, text, si, siUnit}} or null. */
    static void per(ObjectNode o, QuantityMention.Per per) {
        if (per == null) {
            o.putNull("per");
            return;
        }
        ObjectNode n = o.putObject("per");
        n.put("unit", per.unit());
        number(n, "amount", per.amount());
        n.put("text", per.text());
        number(n, "si", per.si());
        n.put("siUnit", per.siUnit());
    }

    private static ObjectNode original(ObjectNode parent, QuantityMention.Original orig) {
        ObjectNode n = parent.objectNode();
        number(n, "value", orig.value());
        n.put("unit", orig.unit());
        number(n, "min", orig.min());
        number(n, "max", orig.max());
        return n;
    }

    /** Numbers go out as JSON numbers, plain (never "3E+9"), without trailing zeros. */
    static void number(ObjectNode o, String field, BigDecimal v) {
        if (v == null) {
            o.putNull(field);
            return;
        }
        BigDecimal t = v.stripTrailingZeros();
        if (t.scale() < 0) {
            t = t.setScale(0);
        }
        o.set(field, DecimalNode.valueOf(t));
    }
}
