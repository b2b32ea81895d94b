package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import javax.measure.spi.ServiceProvider;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;
import tech.units.indriya.unit.Units;

/** Indriya (JSR 385) loads in this environment and converts exactly. */
class UnitCatalogTest {

    private static BigDecimal canon(String key, String v) {
        return UnitCatalog.toCanonical(UnitCatalog.get(key), new BigDecimal(v));
    }

    private static void same(String want, BigDecimal got) {
        assertEquals(0, new BigDecimal(want).compareTo(got), "expected " + want + ", got " + got);
    }

    @Test
    void indriyaIsFoundThroughServiceLoader() {
        // JSR 385 finds its implementation with java.util.ServiceLoader (META-INF/services);
        // the shaded jar keeps those files through the ServicesResourceTransformer
        ServiceProvider p = ServiceProvider.current();
        assertTrue(p.getClass().getName().startsWith("tech.units.indriya"), p.getClass().getName());
        assertNotNull(p.getSystemOfUnitsService().getSystemOfUnits());
        assertEquals("5 km", Quantities.getQuantity(5000, Units.METRE).to(javax.measure.MetricPrefix.KILO(Units.METRE)).toString());
    }

    @Test
    void lengthsAreExact() {
        same("32186.88", canon("mi", "20"));
        same("0.3048", canon("ft", "1"));
        same("0.9144", canon("yd", "1"));
        same("0.0254", canon("in", "1"));
        same("1852", canon("nmi", "1"));
        same("30000", canon("km", "30"));
    }

    @Test
    void massesAreExact() {
        same("0.45359237", canon("lb", "1"));
        same("907.18474", canon("ton", "1"));
        same("1016.0469088", canon("long_ton", "1"));
        same("1000", canon("t", "1"));
        same("0.028349523125", canon("oz", "1"));
    }

    @Test
    void areasAndVolumesComeFromTheUnitAlgebra() {
        same("4046.8564224", canon("acre", "1"));
        same("2589988.110336", canon("mi2", "1"));
        same("10000", canon("ha", "1"));
        same("1000000", canon("km2", "1"));
        same("0.003785411784", canon("gal", "1"));
        same("0.158987294928", canon("bbl", "1"));
        same("0.001", canon("l", "1"));
    }

    @Test
    void speedsAndTemperatures() {
        same("0.44704", canon("mph", "1"));
        same("0.5144444444444444444444444444444444", Numerals.tidy(canon("kn", "1"), 34));
        same("30", Numerals.tidy(canon("F", "86"), 6));
        same("-40", Numerals.tidy(canon("F", "-40"), 6));
        same("100", canon("C", "100"));
        same("86", Numerals.tidy(UnitCatalog.convert(new BigDecimal("30"), UnitCatalog.get("C"), UnitCatalog.get("F")), 6));
    }

    @Test
    void percentAndUnknownDegreesAreNotConverted() {
        same("60", canon("%", "60"));
        assertEquals("%", UnitCatalog.canonicalSymbol(UnitCatalog.get("%")));
        assertEquals("pp", UnitCatalog.canonicalSymbol(UnitCatalog.get("pp")));
        same("40", canon("deg", "40"));
    }
}
