package io.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputFormat;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.output.JsonOutput;
import io.dateline.value.TimeMention;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a document's language is chosen, and that the record says so. */
class LanguageChoiceTest {

    private static final String GERMAN = "Die Bundesregierung hat am Montag neue Maßnahmen beschlossen, teilte ein Sprecher gestern mit.";

    private static Processed run(Dateline d, boolean detect, SourceDocument doc) {
        return new Processor(d, new AnchorDetector(), AnchorRequest.none().withPublished("2024-06-05"), detect).process(doc);
    }

    private static SourceDocument html(String head, String body) {
        return (SourceDocument) InputReader.document(("<html" + head + "><body><article><p>" + body + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8), "p.html", InputFormat.HTML);
    }

    @Test
    void theOptionWinsOverWhatTheDocumentSays() {
        Processed p = run(Dateline.builder().language("fr").build(), true, SourceDocument.ofText("t", GERMAN).withLang("de", "field"));
        assertEquals(new LanguageChoice("fr", "option", null), p.result().language());
    }

    @Test
    void aFieldOrThePageSaysTheLanguage() {
        Processed p = run(Dateline.builder().build(), false, SourceDocument.ofText("t", GERMAN).withLang("de-AT", "field"));
        assertEquals(new LanguageChoice("de", "field", null), p.result().language());
        assertEquals("2024-06-04", ((TimeMention) p.result().mentions().get(p.result().mentions().size() - 1)).value().value());
        Processed h = run(Dateline.builder().build(), false, html(" lang=\"fr-FR\"", "Le sommet a eu lieu hier."));
        assertEquals(new LanguageChoice("fr", "html", null), h.result().language());
        Processed og = run(Dateline.builder().build(), false,
                html("><head><meta property=\"og:locale\" content=\"es_ES\"></head", "La cumbre fue ayer."));
        assertEquals("es", og.result().language().lang());
        var json = JsonOutput.document(og.result(), false);
        assertEquals("es", json.get("lang").asText());
        assertEquals("html", json.get("langSource").asText());
        assertNull(json.get("langConfidence"));
    }

    @Test
    void otherwiseDetectedOrEnglish() {
        Processed d = run(Dateline.builder().build(), true, SourceDocument.ofText("t", GERMAN));
        assertEquals("de", d.result().language().lang());
        assertEquals("detected", d.result().language().source());
        assertTrue(d.result().language().confidence() > 0.1, d.result().language().toString());
        Processed e = run(Dateline.builder().build(), false, SourceDocument.ofText("t", GERMAN));
        assertEquals(new LanguageChoice("en", "default", null), e.result().language());
    }
}
