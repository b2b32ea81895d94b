package io.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dateline.Dateline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Value + unit scoring: unit names through the table, made singular word by word, per-units, per dimension. */
class UnitNamesTest {

    @TempDir
    Path dir;

    @Test
    void namesAreComparedLowerCasedAndSingularWordByWord() {
        assertEquals("mile per hour", UnitNames.normalize("Miles per hour"));
        assertEquals("person", UnitNames.normalize("people"));
        assertEquals("square foot", UnitNames.normalize("square feet"));
        assertEquals("inch", UnitNames.normalize("inches"));
        assertEquals("battery", UnitNames.normalize("batteries"));
        assertEquals("celsius", UnitNames.normalize("Celsius"), "a final 'us' is no plural");
        assertEquals("count", UnitNames.normalize("times"));
        assertEquals("-", UnitNames.normalize(""));
    }

    @Test
    void theTableMapsSymbolsAndCodesToNewsQuantNames() {
        assertEquals("pound sterling", UnitNames.lookup("GBP"));
        assertEquals("percentage", UnitNames.lookup("%"));
        assertEquals("percentage point", UnitNames.lookup("pp"), "a line added in the project's copy");
        assertEquals("kilometre", UnitNames.of("km", "m"));
        assertEquals("dollar", UnitNames.of("$", "USD"));
        assertEquals("furlong", UnitNames.of("furlong", null), "unknown: as written");
        assertEquals("month", UnitNames.ofDuration("P3M"));
        assertEquals("minute", UnitNames.ofDuration("PT3M"));
    }

    @Test
    void valueAndUnitMatchOneToOneWithPerUnitsAndCountedNouns() throws IOException {
        Path f = dir.resolve("gold.json");
        Files.writeString(f, """
                [{"text": "Brent rose to $74 a barrel as 300 tankers waited and 12 km of road closed.",
                  "quantities": [{"value": "74", "unit": "$", "normalized_unit": "dollar per barrel", "change": "="},
                                 {"value": "300", "unit": "tankers", "normalized_unit": "tankers", "change": "="},
                                 {"value": "12", "unit": "km", "normalized_unit": "mile", "change": "="}]}]
                """);
        List<NewsQuant.Item> items = NewsQuant.read(f);
        QuantityEvaluation.Report r = QuantityEvaluation.run(items, Dateline.builder().build());
        assertEquals(3, r.valueMatched());
        assertEquals(2, r.units().matched(), "12 km is not a mile");
        assertEquals(2.0 / 3, r.valueAndUnit().recall(), 1e-9);
        int[] money = r.units().dimensions().get("money");
        assertEquals(1, money[0]);
        assertEquals(1, money[3]);
        assertEquals(0, r.units().dimensions().get("length")[3]);
    }
}
