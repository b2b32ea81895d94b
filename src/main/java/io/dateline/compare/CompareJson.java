package io.dateline.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.output.JsonOutput;
import io.dateline.value.TimeMention;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON form of a comparison (the contract of issue 15; fields are only ever added):
 * {@code documents[]} (id, source, anchor, anchorConflict), {@code timeline[]} (value,
 * interval, mentions[] of doc, start, end, text, value), {@code days[]} (issue 21: one entry per
 * story day), {@code figures[]} (counted, dimension, unit, event, values[], agree, note; issue 21:
 * concept, scope, day, why, parts[]) and {@code warnings[]}.
 */
public final class CompareJson {

    /** The fields of a figure's JSON copied into each value of a group, after doc/start/end/text. */
    private static final List<String> FIGURE_FIELDS = List.of("value", "min", "max", "minInclusive", "maxInclusive",
            "approximate", "unit", "counted", "qualifier", "vague");

    private CompareJson() {
    }

    public static ObjectNode tree(Comparison c) {
        ObjectNode o = JsonOutput.mapper().createObjectNode();
        ArrayNode docs = o.putArray("documents");
        for (Report r : c.documents()) {
            ObjectNode d = docs.addObject();
            d.put("id", r.id());
            d.put("source", r.source());
            if (r.anchor() == null) {
                d.putNull("anchor");
            } else {
                d.set("anchor", JsonOutput.anchor(r.anchor()));
            }
            AnchorConflict ac = c.conflict(r.id());
            if (ac == null) {
                d.putNull("anchorConflict");
            } else {
                ObjectNode n = d.putObject("anchorConflict");
                n.put("reason", ac.reason());
                ArrayNode others = n.putArray("others");
                ac.others().forEach(others::add);
                n.put("suggested", ac.suggested().toString());
            }
            ArrayNode ws = d.putArray("warnings");
            r.result().warnings().forEach(ws::add);
        }
        ArrayNode tl = o.putArray("timeline");
        for (TimelineEntry e : c.timeline()) {
            ObjectNode n = tl.addObject();
            n.put("value", e.value());
            ObjectNode iv = n.putObject("interval");
            iv.put("start", e.start());
            iv.put("end", e.end());
            ArrayNode ms = n.putArray("mentions");
            for (TimelineEntry.Placed p : e.mentions()) {
                TimeMention t = p.mention();
                ObjectNode m = ms.addObject();
                m.put("doc", p.report().id());
                m.put("start", t.start());
                m.put("end", t.end());
                m.put("text", t.text());
                m.put("value", t.value().value());
                m.put("type", t.value().type().name());
                m.put("mod", t.value().mod());
            }
        }
        ArrayNode days = o.putArray("days");
        for (Days.Day day : c.days()) {
            ObjectNode n = days.addObject();
            n.put("date", day.date().toString());
            ArrayNode rs = n.putArray("reports");
            day.reports().forEach(rs::add);
            ArrayNode ts = n.putArray("times");
            for (Days.Time t : day.times()) {
                TimeMention tm = t.mention();
                ObjectNode m = ts.addObject();
                m.put("doc", t.report().id());
                m.put("start", tm.start());
                m.put("end", tm.end());
                m.put("text", tm.text());
                m.put("value", tm.value().value());
                m.put("mod", tm.value().mod());
                m.put("partOfDay", TimeKeys.partOfDay(tm.value().value()).isEmpty() ? null : TimeKeys.partOfDay(tm.value().value()));
                m.put("anchor", t.anchor() == null ? null : t.anchor().toString());
                m.put("suggested", t.suggested());
            }
        }
        ArrayNode fs = o.putArray("figures");
        for (FigureGroup g : c.figures()) {
            ObjectNode n = fs.addObject();
            n.put("counted", g.counted());
            n.put("dimension", g.dimension());
            n.put("unit", g.unit());
            n.put("event", g.event());
            ArrayNode vs = n.putArray("values");
            for (FigureGroup.Value v : g.values()) {
                value(vs.addObject(), v);
            }
            n.put("agree", g.agree());
            n.put("note", g.note());
            n.put("concept", g.concept());
            n.put("scope", g.scope());
            n.put("day", g.day() == null ? null : g.day().toString());
            n.put("why", g.why());
            ArrayNode ps = n.putArray("parts");
            for (FigureGroup.Value v : g.parts()) {
                value(ps.addObject(), v);
            }
        }
        ArrayNode ws = o.putArray("warnings");
        c.warnings().forEach(ws::add);
        return o;
    }

    private static void value(ObjectNode m, FigureGroup.Value v) {
        m.put("doc", v.report().id());
        m.put("start", v.figure().start());
        m.put("end", v.figure().end());
        m.put("text", v.figure().text());
        JsonNode j = JsonOutput.mention(v.figure(), false);
        FIGURE_FIELDS.forEach(f -> m.set(f, j.get(f)));
        m.put("anchor", v.report().anchor() == null ? null : v.report().anchor().value());
        m.put("date", v.date() == null ? null : v.date().toString());
        m.set("concept", j.get("concept"));
        m.set("scope", j.get("scope"));
    }

    /** The comparison as one indented JSON document. */
    public static String write(Comparison c) {
        try {
            return JsonOutput.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree(c));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
