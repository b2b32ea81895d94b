package io.dateline.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.DocumentResult;
import io.dateline.value.Mention;
import io.dateline.value.Anchor;
import io.dateline.value.QuantityMention;
import io.dateline.value.TimeMention;
import io.dateline.value.TimeValue;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Lines form of a result: one object per document. The field names of the contract
 * (source, anchor.{value,source,text,start,end,warnings}, mentions[].{kind,start,end,text,type,
 * value,mod}, warnings) never change; more fields may be added.
 */
public final class JsonOutput {

    /** Built on first use: the records themselves are written without it ({@link JsonLine}). */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private JsonOutput() {
    }

    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /** A new empty object node (the same node a mapper creates), without building a mapper. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** One JSON line (no trailing newline). */
    public static String line(DocumentResult r, boolean explain) {
        return toLine(document(r, explain));
    }

    public static String toLine(com.fasterxml.jackson.databind.JsonNode n) {
        String line = JsonLine.write(n);
        if (line != null) {
            return line;
        }
        try {
            return mapper().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode document(DocumentResult r, boolean explain) {
        ObjectNode o = object();
        o.put("source", r.source());
        if (r.anchor() == null) {
            o.putNull("anchor");
        } else {
            o.set("anchor", anchor(r.anchor()));
        }
        ArrayNode ms = o.putArray("mentions");
        for (Mention m : r.mentions()) {
            ms.add(mention(m, explain));
        }
        strings(o.putArray("warnings"), r.warnings());
        if (r.language() != null) {
            o.put("lang", r.language().lang());
            o.put("langSource", r.language().source());
            if (r.language().confidence() != null) {
                o.put("langConfidence", r.language().confidence());
            }
        }
        return o;
    }

    public static ObjectNode anchor(Anchor a) {
        ObjectNode o = object();
        o.put("value", a.value());
        o.put("source", a.source());
        o.put("text", a.text());
        if (a.start() == null) {
            o.putNull("start");
            o.putNull("end");
        } else {
            o.put("start", a.start());
            o.put("end", a.end());
        }
        strings(o.putArray("warnings"), a.warnings());
        if (a.confidence() == null) {
            o.putNull("confidence");
        } else {
            ObjectNode c = o.putObject("confidence");
            c.put("level", a.confidence());
            c.put("reason", a.confidenceReason());
        }
        o.put("modified", a.modified());
        return o;
    }

    public static ObjectNode mention(Mention m, boolean explain) {
        ObjectNode o = object();
        o.put("kind", m.kind());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("text", m.text());
        if (m instanceof TimeMention t) {
            time(o, t);
        } else if (m instanceof QuantityMention q) {
            QuantityJson.write(o, q);
        } else if (m instanceof JsonFields j) {
            j.writeJson(o);
        }
        if (explain) {
            strings(o.putArray("rules"), m.rules());
            if (m instanceof TimeMention t) {
                strings(o.putArray("steps"), t.value().steps());
            } else if (m instanceof QuantityMention q) {
                strings(o.putArray("steps"), q.steps());
            } else if (m instanceof JsonFields j) {
                strings(o.putArray("steps"), j.steps());
            }
        }
        if (!o.has("warnings")) {
            strings(o.putArray("warnings"), m.warnings());
        }
        return o;
    }

    private static void time(ObjectNode o, TimeMention t) {
        TimeValue v = t.value();
        o.put("type", v.type().name());
        o.put("value", v.value());
        o.put("mod", v.mod());
        ObjectNode tx = o.putObject("timex");
        tx.put("start", t.timexStart());
        tx.put("end", t.timexEnd());
        tx.put("text", t.timexText());
        o.put("signal", t.signal());
        o.put("granularity", v.granularity().name().toLowerCase(Locale.ROOT));
        if (v.start() != null) {
            ObjectNode iv = o.putObject("interval");
            iv.put("start", v.start());
            iv.put("end", v.end());
        } else {
            o.putNull("interval");
        }
        strings(o.putArray("known"), v.known().stream().sorted().toList());
        strings(o.putArray("implied"), v.implied().stream().sorted().toList());
        o.put("quant", v.quant());
        o.put("freq", v.freq());
        o.put("pointsTo", v.pointsTo());
        if (v.rangeStart() != null || v.rangeEnd() != null) {
            ObjectNode r = o.putObject("range");
            r.put("start", v.rangeStart());
            r.put("end", v.rangeEnd());
            r.put("role", t.rangeRole());
        } else {
            o.putNull("range");
        }
        io.dateline.value.Reading rd = v.reading();
        if (rd != null) {
            ObjectNode ro = o.putObject("reading");
            ro.put("confidence", rd.confidence());
            ro.put("basis", rd.basis());
            ArrayNode alts = ro.putArray("alternatives");
            for (io.dateline.value.Reading.Alternative a : rd.alternatives()) {
                ObjectNode ao = alts.addObject();
                ao.put("value", a.value());
                ao.put("confidence", a.confidence());
                ao.put("why", a.why());
            }
        } else {
            o.putNull("reading");
        }
    }

    private static void strings(ArrayNode a, List<String> xs) {
        for (String x : xs) {
            a.add(x);
        }
    }

    /**
     * For the mentions of a dimension added by a user ({@code Dateline.Builder.addDimension}):
     * its fields in the JSON. The built-in value types do not write JSON; this package does.
     */
    public interface JsonFields {
        void writeJson(ObjectNode o);

        List<String> steps();
    }
}
