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
        int mentions = c.timeline().stream().mapToInt(e -> e.mentions().size()).sum();
        assertTrue(mentions > 10 && !c.conflicts().isEmpty(), "a report set with a conflict and a full timeline");
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
                      rows: document.querySelectorAll('svg#timeline rect.row').length,
                      spread: Array.from(new Set(Array.from(document.querySelectorAll('circle.mark.shared'))
                          .map(m => m.dataset.entry))).map(e => {
                            const xs = Array.from(document.querySelectorAll('circle.mark[data-entry="' + e + '"]'))
                                .map(m => Number(m.getAttribute('cx')));
                            return Math.max(...xs) - Math.min(...xs); }),
                      svgWidth: document.querySelector('svg#timeline').getBoundingClientRect().width
                    })""").asText());
            assertEquals(mentions, dom.get("marks").asInt(), "one mark per timeline mention");
            assertEquals("conflicts", dom.get("conflictsFirst").asText(), "the conflicts come first");
            assertEquals(c.conflicts().size(), dom.get("conflicts").asInt());
            assertEquals(c.figures().size(), dom.get("groups").asInt());
            assertEquals(c.figures().stream().filter(g -> !g.agree()).count(), dom.get("disagree").asLong());
            assertEquals(c.documents().size(), dom.get("rows").asInt(), "one row per report");
            assertTrue(dom.get("spread").size() > 0, "some entries are shared");
            dom.get("spread").forEach(s -> assertTrue(s.asDouble() <= 6, "marks of a shared entry line up: " + dom));
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
