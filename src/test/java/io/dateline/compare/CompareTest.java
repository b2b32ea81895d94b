package io.dateline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.testing.TestPaths;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareTest {

    static final Dateline DATELINE = Dateline.builder().build();
    static final Processor PROCESSOR = new Processor(DATELINE, new AnchorDetector(), AnchorRequest.none());

    /** Reports given as id, publication date, text. */
    static Comparison compare(String... idDateText) {
        List<Comparer.Input> in = new ArrayList<>();
        for (int i = 0; i < idDateText.length; i += 3) {
            SourceDocument d = SourceDocument.ofText(idDateText[i], idDateText[i + 2])
                    .withPublishedHint(idDateText[i + 1], "jsonl:published");
            in.add(new Comparer.Input("test", PROCESSOR.process(d)));
        }
        return new Comparer(DATELINE).compare(in);
    }

    static FigureGroup group(Comparison c, String counted, String event) {
        return c.figures().stream().filter(g -> counted.equals(g.counted()) && event.equals(g.event())).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + counted + "/" + event + " in "
                        + c.figures().stream().map(g -> g.counted() + "/" + g.event()).toList()));
    }

    @Test
    void approximateFiguresGetATenPercentTolerance() {
        Comparison c = compare("a", "2024-02-01", "The depot was shelled about 150 times, the army said.",
                "b", "2024-02-01", "The depot was shelled at least 151 times.",
                "c", "2024-02-01", "The depot was shelled at least 166 times.");
        FigureGroup g = group(c, "attack", "attack");
        assertEquals(List.of("a", "b", "c"), g.reports());
        // about 150 is [135, 165]: it meets "at least 151" but not "at least 166"
        assertFalse(g.agree(), g.note());
        Bounds about = Bounds.of(g.values().get(0).figure());
        assertEquals(0, about.lo().compareTo(new BigDecimal("135")));
        assertEquals(0, about.hi().compareTo(new BigDecimal("165")));
        assertTrue(Bounds.common(List.of(about, Bounds.of(g.values().get(1).figure()))) != null);
        assertNull(Bounds.common(List.of(about, Bounds.of(g.values().get(2).figure()))));
        assertTrue(g.note().endsWith("the reports differ on the same day"), g.note());
    }

    @Test
    void theNearestEventWordOfTheClauseNamesTheGroup() {
        Comparison c = compare("a", "2024-02-01", "Nine people were killed and 31 people were rescued after the storm.",
                "b", "2024-02-02", "At least nine people died; rescuers said 31 people were saved.");
        assertEquals(List.of("a", "b"), group(c, "person", "killed").reports());
        assertTrue(group(c, "person", "killed").agree());
        FigureGroup rescued = group(c, "person", "rescued");
        assertEquals(List.of("a", "b"), rescued.reports());
        assertEquals("a, b agree: 31", rescued.note());
    }

    @Test
    void aGrowingCountIsSaidToHaveGrown() {
        Comparison c = compare("late", "2024-03-20", "Rebels have attacked the convoys 40 times since January 5.",
                "early", "2024-02-01", "There were 12 attacks on the convoys since January 5.");
        FigureGroup g = group(c, "attack", "attack");
        assertEquals(List.of("early", "late"), g.reports(), "ordered by anchor, not input");
        assertEquals("40 on 2024-03-20 vs 12 on 2024-02-01: a running count that grew", g.note());
        TimelineEntry jan5 = c.timeline().stream().filter(e -> e.value().equals("2024-01-05")).findFirst().orElseThrow();
        assertEquals(List.of("late", "early"), jan5.reports());
    }

    @Test
    void sameTimeInReportsOfDifferentDaysIsOneEntryAndPartsOfDayAreApart() {
        Comparison c = compare("mon", "2024-04-09", "The talks opened on Monday evening and ran late.",
                "tue", "2024-04-10", "The talks, which opened on Monday evening, stalled on Monday.");
        List<String> values = c.timeline().stream().map(TimelineEntry::value).toList();
        assertEquals(List.of("2024-04-08", "2024-04-08TEV"), values);
        assertEquals(List.of("mon", "tue"), c.timeline().get(1).reports());
        assertEquals(List.of("tue"), c.timeline().get(0).reports());
    }

    @Test
    void theJsonHasTheFieldsOfTheContract() throws Exception {
        CompareExamples.ExampleSet set = CompareExamples.load(TestPaths.examples("compare")).stream()
                .filter(s -> s.expectFile().getFileName().toString().equals("port-drones.expect")).findFirst().orElseThrow();
        JsonNode j = new ObjectMapper().readTree(CompareJson.write(CompareExamples.compare(set, DATELINE)));
        for (String f : List.of("documents", "timeline", "figures", "warnings")) {
            assertTrue(j.get(f).isArray(), f);
        }
        JsonNode doc = j.get("documents").get(2);
        assertEquals("coastline-wire", doc.get("id").asText());
        assertTrue(doc.get("source").asText().endsWith("port-drones.jsonl:3"));
        assertEquals("2025-05-14", doc.get("anchor").get("value").asText());
        assertEquals("2024-05-14", doc.get("anchorConflict").get("suggested").asText());
        assertEquals("[\"tidewater\",\"harbor-gazette\"]", doc.get("anchorConflict").get("others").toString());
        assertTrue(doc.get("anchorConflict").get("reason").asText().contains("365 days later"));
        assertTrue(j.get("documents").get(0).get("anchorConflict").isNull());
        JsonNode entry = j.get("timeline").get(0);
        assertEquals("2019", entry.get("value").asText());
        assertEquals("2019-01-01", entry.get("interval").get("start").asText());
        assertEquals("2020-01-01", entry.get("interval").get("end").asText());
        for (String f : List.of("doc", "start", "end", "text", "value")) {
            assertTrue(entry.get("mentions").get(0).has(f), f);
        }
        JsonNode g = j.get("figures").get(0);
        for (String f : List.of("counted", "dimension", "unit", "event", "values", "agree", "note")) {
            assertTrue(g.has(f), f);
        }
        JsonNode v = g.get("values").get(0);
        for (String f : List.of("doc", "start", "end", "text", "value", "min", "max", "minInclusive", "maxInclusive", "approximate", "anchor")) {
            assertTrue(v.has(f), f);
        }
        assertEquals("attack", g.get("counted").asText());
        assertEquals(48, v.get("value").asInt());
        assertEquals("2024-05-14", v.get("anchor").asText());
    }

    @Test
    void textFitsInOneHundredColumns() {
        String longText = "Officials of the Harbour Authority of the Northern Province said on Friday that 2,450 containers "
                + "were damaged and 17 dockworkers were injured; the authority said repairs to the 3 kilometer quay would take "
                + "until the end of the year, and 88 ships were diverted.";
        Comparison c = compare("a-very-long-report-identifier-from-a-wire", "2024-06-07", longText,
                "b", "2024-06-08", longText.replace("17", "19"));
        String text = CompareText.write(c);
        for (String line : text.split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= CompareText.WIDTH, "too wide: " + line);
        }
        assertTrue(text.contains("≠ dockworker / injured"), text);
    }

    /** The five seed reports, with the publication dates their README gives for those without one. */
    static Comparison seeds(Map<String, String> published) {
        Path seeds = TestPaths.root().resolve("../shared/seeds").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "no shared seeds at " + seeds);
        List<Comparer.Input> in = new ArrayList<>();
        new InputReader().read(seeds).forEach(item -> {
            SourceDocument d = (SourceDocument) item;
            String date = published.get(seedNumber(d.id()));
            in.add(new Comparer.Input(seeds.toString(), PROCESSOR.process(date == null ? d : d.withPublishedHint(date, "readme"))));
        });
        in.removeIf(i -> !i.processed().failed() && !i.processed().result().source().endsWith(".txt"));
        return new Comparer(DATELINE).compare(in);
    }

    /** The number a seed's file name starts with ("000"), whatever folder its source names. */
    private static String seedNumber(String source) {
        return java.nio.file.Path.of(source).getFileName().toString().substring(0, 3);
    }

    @Test
    void theSeedsShowTheYearOffDatelineAsAConflict() {
        Comparison c = seeds(Map.of("001", "2023-11-22", "003", "2023-11-22", "002", "2024-01-23"));
        assertEquals(5, c.documents().size());
        assertEquals(1, c.conflicts().size(), c.conflicts().toString());
        String flagged = c.conflicts().keySet().iterator().next();
        assertEquals("000", seedNumber(flagged), flagged);
        AnchorConflict ac = c.conflict(flagged);
        assertEquals("2023-11-22", ac.suggested().toString());
        // 003 shares "66 attacks" and "October 17" with 000; its "Tuesday" lands on 000's only once 000 is
        // read against 2023-11-22, and a bare weekday does not count towards the three shared items
        assertEquals(List.of("001"), ac.others().stream().map(CompareTest::seedNumber).toList());
        FigureGroup attacks = group(c, "attack", "attack");
        assertFalse(attacks.agree());
        assertTrue(attacks.note().endsWith("a running count that grew"), attacks.note());
        List<String> values = attacks.values().stream().map(v -> Bounds.describe(v.figure())).toList();
        assertTrue(values.containsAll(List.of("66", "at least 151", "about 150")), values.toString());
    }

    @Test
    void withTheRightDateForTheFirstSeedNothingIsFlagged() {
        // 004 repeats background of the November story ("900 troops", "in 2014") but 002, of its
        // own day, backs its date
        Comparison c = seeds(Map.of("000", "2023-11-22", "001", "2023-11-22", "003", "2023-11-22", "002", "2024-01-23"));
        assertEquals(Map.of(), c.conflicts());
    }
}
