package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.output.JsonOutput;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON field names of a figure are a contract. */
class QuantityJsonTest {

    private static final Dateline D = Dateline.builder().build();

    private static JsonNode only(String text) throws Exception {
        DocumentResult r = D.process("t", text, null);
        String line = JsonOutput.line(r, false);
        assertFalse(line.matches("(?s).*\\d[eE][+-]?\\d.*"), "numbers are written plain: " + line);
        JsonNode doc = JsonOutput.mapper().readTree(line);
        List<JsonNode> qs = new ArrayList<>();
        doc.get("mentions").forEach(m -> {
            if (m.get("kind").asText().equals("quantity")) {
                qs.add(m);
            }
        });
        assertEquals(1, qs.size(), line);
        return qs.get(0);
    }

    @Test
    void contractFields() throws Exception {
        JsonNode q = only("The base was attacked at least 151 times on Tuesday.");
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = q.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        for (String f : List.of("kind", "start", "end", "text", "dimension", "value", "min", "max", "minInclusive",
                "maxInclusive", "approximate", "unit", "counted", "original", "warnings")) {
            assertTrue(names.contains(f), "field " + f + " in " + names);
        }
        assertEquals("quantity", q.get("kind").asText());
        assertEquals(22, q.get("start").asInt());
        assertEquals(40, q.get("end").asInt());
        assertEquals("at least 151 times", q.get("text").asText());
        assertEquals("count", q.get("dimension").asText());
        assertTrue(q.get("value").isNumber());
        assertEquals("151", q.get("value").toString());
        assertEquals("151", q.get("min").toString());
        assertTrue(q.get("max").isNull());
        assertTrue(q.get("minInclusive").asBoolean());
        assertFalse(q.get("maxInclusive").asBoolean());
        assertFalse(q.get("approximate").asBoolean());
        assertTrue(q.get("unit").isNull());
        assertEquals("time", q.get("counted").asText());
        assertEquals("151", q.get("original").get("value").toString());
        assertTrue(q.get("original").get("unit").isNull());
        assertEquals(0, q.get("warnings").size());
    }

    @Test
    void bigMoneyIsPlain() throws Exception {
        JsonNode q = only("It pledged $3 billion.");
        assertEquals("3000000000", q.get("value").toString());
        assertEquals("USD", q.get("unit").asText());
        assertEquals("$", q.get("original").get("unit").asText());
        assertEquals(1, q.get("warnings").size());
    }

    @Test
    void pairs() throws Exception {
        JsonNode q = only("It happened 30 kilometers (20 miles) away.");
        assertEquals("30000", q.get("value").toString());
        assertEquals("m", q.get("unit").asText());
        assertEquals("km", q.get("original").get("unit").asText());
        assertEquals("20", q.get("paired").get("original").get("value").toString());
        assertEquals("mi", q.get("paired").get("original").get("unit").asText());
        assertEquals("32186.9", q.get("paired").get("value").toString());
        assertTrue(q.get("consistent").asBoolean());
    }

    @Test
    void offsetsAreCodePoints() throws Exception {
        JsonNode q = only("\uD83D\uDE80 launched 12 rockets");
        assertEquals(11, q.get("start").asInt());
        assertEquals("12 rockets", q.get("text").asText());
    }
}
