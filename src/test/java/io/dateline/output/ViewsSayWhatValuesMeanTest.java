package io.dateline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.Processed;
import io.dateline.anchor.AnchorResult;
import io.dateline.input.SourceDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TSV and text views keep what the JSON keeps: bounds, looseness, the anchor, where a duration points. */
class ViewsSayWhatValuesMeanTest {

    static final String TEXT = "Over 1,200 people fled, at least 151 were hurt, about 40 came back, "
            + "and between 10 and 20 boats sank. On October 3 it rained; two days earlier it had snowed.";

    static Processed processed() {
        DocumentResult r = Dateline.builder().build().process("a.txt", TEXT, Fixtures.ANCHOR);
        return Processed.ok(SourceDocument.ofText("a.txt", TEXT), new AnchorResult(Fixtures.ANCHOR, List.of(), List.of()), r);
    }

    static Map<String, String> row(List<Map<String, String>> rows, String text) {
        return rows.stream().filter(r -> r.get("text").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + text + "' in " + rows));
    }

    @Test
    void tsvAppendsBoundsApproximationAnchorAndPointsTo() {
        assertEquals(List.of("source", "kind", "start", "end", "text", "type", "value", "mod", "min", "max", "unit",
                "counted", "warnings"), TsvOutput.COLUMNS.subList(0, 13), "the existing columns keep their order");
        List<Map<String, String>> rows = TsvOutputTest.read(TsvOutputTest.tsv(processed()));
        Map<String, String> over = row(rows, "Over 1,200 people");
        assertEquals("1200", over.get("min"));
        assertEquals("false", over.get("minInclusive"));
        assertEquals("> 1200", over.get("meaning"));
        assertEquals("2023-11-22", over.get("anchor"));
        Map<String, String> least = row(rows, "at least 151");
        assertEquals("true", least.get("minInclusive"));
        assertEquals("≥ 151", least.get("meaning"));
        assertEquals("true", row(rows, "about 40").get("approximate"));
        assertEquals("≈ 40", row(rows, "about 40").get("meaning"));
        Map<String, String> earlier = row(rows, "two days earlier");
        assertEquals("2023-10-01", earlier.get("pointsTo"));
        assertEquals("P2D → 2023-10-01", earlier.get("meaning"));
        assertTrue(row(rows, "between 10 and 20 boats").get("meaning").matches("\\[10, 20\\]"), rows.toString());
    }

    @Test
    void theTextTableSaysWhatTheValueMeans() {
        String out = Fixtures.render(w -> TextOutput.write(processed(), false, false, w));
        assertTrue(out.contains("count > 1200"), out);
        assertTrue(out.contains("≥ 151"), out);
        assertFalse(out.contains("count 1200"), out);
    }
}
