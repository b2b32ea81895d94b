package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.grammar.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit and currency names from ICU4J 79.1's CLDR data, for any locale. */
class CldrUnitNamesTest {

    @Test
    void theIcuVersionIsTheOnePinned() {
        assertEquals("79.1", CldrUnitNames.icuVersion(), "pom.xml pins icu4j 79.1; the names below are its CLDR's");
    }

    @Test
    void englishUnitFormsInEveryWidthAndPluralForm() {
        CldrUnitNames en = CldrUnitNames.of(Locale.ENGLISH);
        assertEquals("length-kilometer", en.unit("kilometers"));
        assertEquals("length-kilometer", en.unit("kilometer"));
        assertEquals("length-kilometer", en.unit("km"));
        assertEquals("mass-tonne", en.unit("metric tons"));
        assertEquals("speed-mile-per-hour", en.unit("mph"));
        assertEquals("length-micrometer", en.unit("μm"));
        assertEquals("EUR", en.currency("euros"));
        assertEquals("JPY", en.currency("Japanese yen"));
        assertEquals("NOK", en.currency("Norwegian kroner"));
        assertEquals("GBP", en.currency("£"));
    }

    @Test
    void otherLanguagesComeFromTheSameLoader() {
        CldrUnitNames de = CldrUnitNames.of(Locale.GERMAN);
        assertEquals("length-kilometer", de.unit("Kilometer"));
        assertEquals("mass-kilogram", de.unit("kilogramm"));
        CldrUnitNames fr = CldrUnitNames.of(Locale.FRENCH);
        assertEquals("length-kilometer", fr.unit("kilomètres"));
        assertEquals("CHF", fr.currency("francs suisses"));
        CldrUnitNames es = CldrUnitNames.of(Locale.forLanguageTag("es"));
        assertEquals("EUR", es.currency("euros"));
        assertEquals("mass-kilogram", es.unit("kilogramos"));
    }

    /**
     * The English grammar reads every full-name form CLDR gives for the units it converts: the
     * lexicon unit.measure holds them (plus what CLDR lacks: "kms", "sq ft", "per cent").
     */
    @Test
    void theEnglishLexiconCoversCldrsFullNames() {
        Lexicon measure = Dateline.builder().build().grammar().lexicon("unit.measure");
        Map<String, String> ours = Map.ofEntries(Map.entry("length-kilometer", "km"), Map.entry("length-meter", "m"),
                Map.entry("length-centimeter", "cm"), Map.entry("length-millimeter", "mm"), Map.entry("length-mile", "mi"),
                Map.entry("length-yard", "yd"), Map.entry("mass-kilogram", "kg"), Map.entry("mass-gram", "g"),
                Map.entry("mass-milligram", "mg"), Map.entry("mass-ounce", "oz"), Map.entry("volume-liter", "l"),
                Map.entry("volume-milliliter", "ml"), Map.entry("area-hectare", "ha"), Map.entry("area-acre", "acre"));
        CldrUnitNames en = CldrUnitNames.of(Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        ours.forEach((id, key) -> {
            for (String form : en.formsOf(id)) {
                if (form.chars().allMatch(c -> Character.isLetter(c) || c == ' ') && form.length() > 2 && !form.contains(" ")
                        && !key.equals(measure.lookup(form))) {
                    missing.add(id + ": " + form);
                }
            }
        });
        assertTrue(missing.isEmpty(), "CLDR forms the lexicon lacks: " + missing);
    }
}
