package io.dateline.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Mention;
import io.dateline.Processed;
import io.dateline.value.Anchor;
import io.dateline.anchor.AnchorResult;
import io.dateline.input.SourceDocument;
import io.dateline.value.TimeMention;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Real results for the output tests, built with an explicit anchor (never the clock). */
final class Fixtures {

    /** Time expressions only: the figures a test needs are added by hand ({@link Figure}). */
    static final Dateline DATELINE = Dateline.builder().only(io.dateline.value.MentionKind.TIME).build();

    /** Wednesday, 22 November 2023. */
    static final Anchor ANCHOR = Anchor.ofDate(LocalDate.of(2023, 11, 22), "option");

    private Fixtures() {
    }

    static Processed processed(String id, String text, Anchor anchor) {
        DocumentResult r = DATELINE.process(id, text, anchor);
        return Processed.ok(SourceDocument.ofText(id, text), new AnchorResult(anchor, List.of(), List.of()), r);
    }

    static Processed processed(String id, String text) {
        return processed(id, text, ANCHOR);
    }

    /** The same document with mentions added (figures, or broken ones for the guards). */
    static Processed withMentions(Processed p, Mention... extra) {
        List<Mention> all = new ArrayList<>(p.result().mentions());
        all.addAll(List.of(extra));
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        DocumentResult r = p.result();
        return Processed.ok(p.document(), p.anchor(), new DocumentResult(r.source(), r.anchor(), all, r.warnings()));
    }

    static TimeMention time(Processed p, String text) {
        for (Mention m : p.result().mentions()) {
            if (m instanceof TimeMention t && t.text().equals(text)) {
                return t;
            }
        }
        throw new AssertionError("no time mention '" + text + "' in " + p.result().mentions());
    }

    static String render(Consumer<PrintWriter> w) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            w.accept(out);
        }
        return s.toString();
    }

    /** The code-point offset of {@code needle} in {@code text}. */
    static int cp(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            throw new AssertionError(needle + " not in " + text);
        }
        return text.codePointCount(0, i);
    }

    /**
     * A figure as the quantity dimension will report it, known only through {@link Mention} and
     * {@link JsonOutput.JsonFields}: these writers must not depend on its class.
     */
    record Figure(int start, int end, String text, String dimension, Double value, Double min, Double max,
                  String unit, String counted, List<String> warnings) implements Mention, JsonOutput.JsonFields {

        static Figure at(String doc, String text, String dimension, Double value, String unit, String counted,
                         String... warnings) {
            int s = cp(doc, text);
            return new Figure(s, s + text.codePointCount(0, text.length()), text, dimension, value, null, null,
                    unit, counted, List.of(warnings));
        }

        @Override
        public String kind() {
            return "quantity";
        }

        @Override
        public List<String> rules() {
            return List.of("test.figure");
        }

        @Override
        public void writeJson(ObjectNode o) {
            o.put("dimension", dimension);
            o.put("value", value);
            o.put("min", min);
            o.put("max", max);
            o.put("unit", unit);
            o.put("counted", counted);
        }

        @Override
        public List<String> steps() {
            return List.of("read as a figure");
        }
    }
}
