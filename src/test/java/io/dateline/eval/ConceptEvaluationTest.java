package io.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.Dateline;
import io.dateline.value.QuantityMention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The concept scores as CQE's evaluation counts them, on gold written for this test. */
class ConceptEvaluationTest {

    @Test
    void goldSplitsOnSpacesAndCommasAndOursIsADashWhenNone() {
        assertEquals(List.of("market", "cap", "adani", "group"), ConceptEvaluation.goldWords("market cap, Adani Group"));
        assertEquals(List.of("-"), ConceptEvaluation.goldWords("-"));
        assertEquals(List.of("-"), ConceptEvaluation.systemWords(null));
        assertEquals(List.of("loss", "sale"),
                ConceptEvaluation.systemWords(new QuantityMention.Concept("loss on the sale", 0, 16, List.of("loss", "Sale"))));
    }

    @Test
    void partialSharesAWordCompleteHasTheSameWordsAndLength() {
        List<String> gold = List.of("unemployment", "rate");
        assertTrue(ConceptEvaluation.partial(gold, List.of("rate")));
        assertFalse(ConceptEvaluation.complete(gold, List.of("rate")));
        assertTrue(ConceptEvaluation.complete(gold, List.of("rate", "unemployment")));
        assertFalse(ConceptEvaluation.complete(gold, List.of("rate", "unemployment", "rate")));
        assertTrue(ConceptEvaluation.complete(List.of("-"), List.of("-")));
        assertFalse(ConceptEvaluation.partial(List.of("-"), List.of("rate")));
    }

    @Test
    void scoresOverValueMatchedPairsWithPrecisionOverOurFigures(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                [{"text": "Nickel slipped 1.8% on Friday.",
                  "quantities": [{"value": "1.8", "unit": "%", "change": "down", "referred_concepts": "nickel"}]},
                 {"text": "The jobless rate climbed 0.2 points.",
                  "quantities": [{"value": "0.2", "unit": "points", "change": "up", "referred_concepts": "jobless rate, region"},
                                 {"value": "99", "unit": "-", "change": "=", "referred_concepts": "missing"}]}]
                """);
        Dateline d = Dateline.builder().build();
        ConceptEvaluation.Report r = ConceptEvaluation.run(NewsQuant.read(gold), ConceptEvaluation.goldConcepts(gold), d);
        assertEquals(3, r.gold());
        assertEquals(2, r.system());
        assertEquals(2, r.pairs());
        assertEquals(2, r.partial(), r.toText(true));
        assertEquals(1, r.complete(), r.toText(true)); // "jobless rate" is not all of "jobless rate, region"
        assertEquals(1.0, r.partialPrf().precision(), 1e-9);
        assertEquals(2.0 / 3, r.partialPrf().recall(), 1e-9);
        JsonNode j = new ObjectMapper().readTree(ConceptEvaluation.merge("{\"gold\":3}", r, true));
        assertEquals(2, j.path("conceptPartial").path("matched").asInt());
        assertEquals(1, j.path("conceptErrors").size());
    }
}
