package io.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantityEvaluationTest {

    private static final Dateline D = Dateline.builder().build();

    @TempDir
    Path dir;

    private List<NewsQuant.Item> gold(String json) throws IOException {
        Path f = dir.resolve("gold.json");
        Files.writeString(f, json);
        return NewsQuant.read(f);
    }

    @Test
    void valuesMatchOneToOneAndChangesAreScoredApart() throws IOException {
        List<NewsQuant.Item> items = gold("""
                [{"text": "The firm hired 40 workers and at least 12 engineers.",
                  "quantities": [{"value": "40.0", "unit": "workers", "change": "="},
                                 {"value": "12", "unit": "engineers", "change": "="},
                                 {"value": "40", "unit": "workers", "change": "="}]},
                 {"text": "The trip took three months.",
                  "quantities": [{"value": "3", "unit": "months", "change": "="}]}]
                """);
        QuantityEvaluation.Report r = QuantityEvaluation.run(items, D);
        assertEquals(4, r.gold());
        assertEquals(3, r.system(), "40 workers, at least 12 engineers, three months (a duration)");
        assertEquals(3, r.valueMatched(), "the second gold 40 finds no second system 40");
        assertEquals(2, r.changeMatched(), "'at least 12' is a bound (>), not =");
        assertEquals(0.75, r.value().recall(), 1e-9);
        assertEquals(1.0, r.value().precision(), 1e-9);
        assertTrue(r.toText(true).contains("missed gold=40"), r.toText(true));
        assertTrue(r.toJson(true).contains("\"valueChange\""));
    }

    @Test
    void rangesMatchOnlyRangesAndValuesAgreeWithinTheTolerance() {
        NewsQuant.Value range = NewsQuant.parse("252.0-287.0");
        assertEquals(new BigDecimal("287.0"), range.hi());
        assertTrue(range.agrees(new NewsQuant.Value(new BigDecimal("252"), new BigDecimal("287"))));
        assertTrue(!range.agrees(NewsQuant.Value.of(new BigDecimal("252"))));
        assertTrue(NewsQuant.parse("100000").agrees(NewsQuant.Value.of(new BigDecimal("100000.5"))));
        assertTrue(!NewsQuant.parse("100").agrees(NewsQuant.Value.of(new BigDecimal("100.1"))));
        assertEquals(new BigDecimal("1.99E-29"), NewsQuant.parse("1.99E-29").lo());
    }

    @Test
    void aMalformedGoldFileIsAClearError() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gold("[{\"text\": \"x\", \"quantities\": [{\"value\": \"many\"}]}]"));
        assertTrue(e.getMessage().contains("item 0"), e.getMessage());
    }
}
