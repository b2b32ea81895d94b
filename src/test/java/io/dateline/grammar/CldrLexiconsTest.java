package io.dateline.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import io.dateline.value.TimeMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLDR data every language gets, read from ICU4J at load. */
class CldrLexiconsTest {

    @Test
    void theDataComesFromIcu79() {
        // the CLDR release follows ICU's: a new ICU4J may rename or add forms
        assertTrue(CldrLexicons.ICU_VERSION.startsWith("79.1"), CldrLexicons.ICU_VERSION);
    }

    @Test
    void germanNamesRelativeWordsAndNumbers() {
        String s = CldrLexicons.source(new ULocale("de"));
        assertTrue(s.contains("3: märz | marz"), s);
        assertTrue(s.contains("-2: vorgestern"), s);
        assertTrue(s.contains("5: letzten freitag"), s);
        assertTrue(s.contains("22: zweiundzwanzig"), s);
        assertTrue(s.contains("x: vor"), s);
    }

    @Test
    void numericDateOrderFromTheShortPattern() {
        assertEquals("(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.YEAR", CldrDateRules.numeric(CldrDateRules.pattern(new ULocale("de"), com.ibm.icu.text.DateFormat.SHORT)));
        assertEquals("(?<month>\\d{1,2})\\/(?<day>\\d{1,2})\\/YEAR", CldrDateRules.numeric(CldrDateRules.pattern(new ULocale("en"), com.ibm.icu.text.DateFormat.SHORT)));
    }

    private static List<String> values(String lang, String text) {
        DocumentResult r = Dateline.builder().language(lang).build().process("t", text, Anchor.ofDate(LocalDate.of(2024, 6, 5), "option"));
        return r.mentions().stream().filter(m -> m instanceof TimeMention).map(m -> ((TimeMention) m).value().value()).toList();
    }

    @Test
    void aLanguageWithoutAFolderGetsTheFloorAndAWarning() {
        assertEquals(List.of("2024-05-12", "2024-06-04", "2024-05-31"), values("it", "il 12 maggio 2024, ieri, venerdì scorso"));
        assertEquals(List.of("2024-05-12"), values("pt", "12 de maio de 2024"));
        DocumentResult r = Dateline.builder().language("it").build().process("t", "ieri", null);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("no grammar for language 'it'")), r.warnings().toString());
        assertEquals("it", r.language().lang());
    }

    @Test
    void germanNumbersWithGroupingAreNotDatesAndEnglishRulesAreNotUsed() {
        assertEquals(List.of(), values("de", "Die Partei erhielt 1.200 Stimmen."));
        // "may" is an English month: read as German it is nothing
        assertEquals(List.of(), values("de", "may"));
        for (Mention m : Dateline.builder().language("de").build().process("t", "gestern", null).mentions()) {
            assertTrue(m.rules().stream().noneMatch(id -> id.startsWith("date.")), m.rules().toString());
        }
    }
}
