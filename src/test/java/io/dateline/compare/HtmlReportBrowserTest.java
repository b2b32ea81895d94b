package io.dateline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.Dateline;
import io.dateline.testing.TestPaths;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: Debian's Chromium, headless. Without Chromium the test is
 * skipped with a message on a developer machine; under CI (environment variable CI set) it fails
 * instead, so CI never skips it.
 */
class HtmlReportBrowserTest {

    @Test
    void chromiumRendersTheReportWithAMarkForEveryMention(@TempDir Path dir) throws Exception {
        Path chromium = Chromium.find();
        if (chromium == null) {
            String msg = "no Chromium at /usr/bin/chromium (apt-get install chromium; or set DATELINE_CHROMIUM to its path)";
            Chromium.missing(msg, System.getenv("CI") != null, System.err);
        }
        CompareExamples.ExampleSet set = CompareExamples.load(TestPaths.examples("compare")).stream()
                .filter(s -> s.expectFile().getFileName().toString().equals("port-drones.expect")).findFirst().orElseThrow();
        Comparison c = CompareExamples.compare(set, Dateline.builder().build());
        int mentions = c.days().stream().mapToInt(d -> d.times().size()).sum();
        assertTrue(mentions > 8 && !c.conflicts().isEmpty(), "a report set with a conflict and a full timeline");
        long suggested = c.days().stream().flatMap(d -> d.times().stream()).filter(Days.Time::suggested).count();
        assertTrue(suggested > 0, "the conflicting report's times are read against the suggested date");
        Path page = dir.resolve("report.html");
        Files.writeString(page, CompareHtml.write(c), StandardCharsets.UTF_8);
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile);

        try (Chromium b = new Chromium(chromium, profile)) {
            b.openPage();
            b.navigate(page.toUri().toString());
            JsonNode dom = new ObjectMapper().readTree(b.evaluate("""
                    JSON.stringify({
                      marks: document.querySelectorAll('svg#timeline circle.mark').length,
                      conflictsFirst: document.querySelector('body > section').id,
                      conflicts: document.querySelectorAll('#conflicts .conflict').length,
                      disagree: document.querySelectorAll('#figures tr.disagree').length,
                      groups: document.querySelectorAll('#figures tr').length - 1,
                      rows: document.querySelectorAll('svg#timeline > rect.row').length,
                      days: Array.from(new Set(Array.from(document.querySelectorAll('svg#timeline circle.mark[data-day]'))
                          .map(m => m.dataset.day))).length,
                      suggested: document.querySelectorAll('svg#timeline circle.mark.suggested[data-day]').length,
                      spread: Array.from(new Set(Array.from(document.querySelectorAll('circle.mark.shared[data-day]'))
                          .map(m => m.dataset.day))).map(e => {
                            const xs = Array.from(document.querySelectorAll('circle.mark[data-day="' + e + '"]'))
                                .map(m => Number(m.getAttribute('cx')));
                            return Math.max(...xs) - Math.min(...xs); }),
                      concepts: Array.from(document.querySelectorAll('#figures tr td.concept')).map(td => td.textContent),
                      legend: Array.from(document.querySelectorAll('svg#timeline g.legend text')).map(t => t.textContent),
                      legendMarks: Array.from(document.querySelectorAll('svg#timeline g.legend circle')).map(m => m.getAttribute('class')),
                      legendShown: document.querySelector('svg#timeline g.legend').getBoundingClientRect().height,
                      svgWidth: document.querySelector('svg#timeline').getBoundingClientRect().width
                    })""").asText());
            assertEquals(mentions, dom.get("marks").asInt() - dom.get("legendMarks").size(), "one mark per time of a day");
            assertEquals(c.days().size(), dom.get("days").asInt(), "one column per story day");
            assertEquals(suggested, dom.get("suggested").asLong(), "times read against a suggested date are marked");
            // every figure group shows what it is about: its concept, or a dash when none was read
            assertEquals(c.figures().size(), dom.get("concepts").size());
            for (int i = 0; i < c.figures().size(); i++) {
                String concept = c.figures().get(i).concept();
                assertTrue(dom.get("concepts").get(i).asText().startsWith(concept == null ? "\u2014" : concept),
                        "group " + i + ": " + dom.get("concepts").get(i));
            }
            assertTrue(c.figures().stream().anyMatch(g -> g.concept() != null), "some group has a concept");
            // the legend names every kind of mark the timeline draws
            assertEquals(List.of("mark", "mark shared", "mark suggested"),
                    List.of(dom.get("legendMarks").get(0).asText(), dom.get("legendMarks").get(1).asText(),
                            dom.get("legendMarks").get(2).asText()));
            assertEquals(4, dom.get("legend").size(), dom.toString());
            assertTrue(dom.get("legend").get(2).asText().contains("suggested"), dom.toString());
            assertTrue(dom.get("legendShown").asDouble() > 40, "the legend is drawn: " + dom);
            assertEquals("conflicts", dom.get("conflictsFirst").asText(), "the conflicts come first");
            assertEquals(c.conflicts().size(), dom.get("conflicts").asInt());
            assertEquals(c.figures().size(), dom.get("groups").asInt());
            assertEquals(c.figures().stream().filter(g -> !g.agree()).count(), dom.get("disagree").asLong());
            assertEquals(c.documents().size(), dom.get("rows").asInt(), "one row per report");
            assertTrue(dom.get("spread").size() > 0, "some entries are shared");
            dom.get("spread").forEach(s -> assertTrue(s.asDouble() <= TimelineSvg.COLUMN, "marks of a shared day stay in its column: " + dom));
            assertTrue(dom.get("svgWidth").asDouble() > 100, dom.toString());

            byte[] png = b.screenshot();
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(img, "the screenshot is a PNG");
            Set<Integer> colors = new HashSet<>();
            long notWhite = 0;
            long seen = 0;
            for (int y = 0; y < img.getHeight(); y += 3) {
                for (int x = 0; x < img.getWidth(); x += 3) {
                    int rgb = img.getRGB(x, y) & 0xffffff;
                    colors.add(rgb);
                    seen++;
                    if (rgb != 0xffffff) {
                        notWhite++;
                    }
                }
            }
            assertTrue(colors.size() > 20, "the screenshot shows more than a blank page: " + colors.size() + " colours");
            assertTrue(notWhite * 50 > seen, "at least 2% of the screenshot is drawn: " + notWhite + " of " + seen);

            List<String> problems = new ArrayList<>();
            for (JsonNode e : b.events) {
                String m = e.path("method").asText();
                JsonNode p = e.path("params");
                if (m.equals("Runtime.exceptionThrown")
                        || (m.equals("Runtime.consoleAPICalled") && List.of("error", "assert").contains(p.path("type").asText()))
                        || (m.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error"))
                        || m.equals("Network.loadingFailed")
                        || (m.equals("Network.requestWillBeSent") && !p.path("request").path("url").asText().startsWith("file:"))) {
                    problems.add(e.toString());
                }
            }
            assertEquals(List.of(), problems, "no console errors and no request beyond the file itself");
            assertTrue(b.events.stream().anyMatch(e -> e.path("method").asText().equals("Network.requestWillBeSent")),
                    "network events are recorded (so their absence above means something)");
        }
    }
}
