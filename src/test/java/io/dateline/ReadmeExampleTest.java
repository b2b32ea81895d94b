package io.dateline;

import io.dateline.value.Mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.value.Anchor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputReader;
import io.dateline.value.QuantityMention;
import io.dateline.resolve.Policy;
import io.dateline.value.TimeMention;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The library calls the README shows, run as written. */
class ReadmeExampleTest {

    static final Path ROOT = Path.of(System.getProperty("dateline.root", ".")).toAbsolutePath();

    @Test
    void embeddedUse() {
        Dateline dateline = Dateline.builder().policy(Policy.NEWS).build();
        DocumentResult r = dateline.process("article.txt",
                "Jets struck on Tuesday, 30 kilometers (20 miles) south of the city.",
                Anchor.ofDate(LocalDate.of(2023, 11, 22), "option"));
        List<String> seen = new ArrayList<>();
        for (Mention m : r.mentions()) {
            if (m instanceof TimeMention t) {
                seen.add(t.text() + " -> " + t.value().value());
            } else if (m instanceof QuantityMention q) {
                seen.add(q.text() + " -> " + q.value().toPlainString() + " " + q.unit());
            }
        }
        assertEquals(List.of("on Tuesday -> 2023-11-21", "30 kilometers (20 miles) -> 30000 m"), seen);
    }

    @Test
    void theWholeJob() {
        Dateline dateline = Dateline.builder().build();
        Processor job = new Processor(dateline, new AnchorDetector(), AnchorRequest.none());
        List<Processed> out = new InputReader().read(ROOT.resolve("examples/inputs")).map(job::process).toList();
        assertEquals(6, out.size(), "3 JSON lines (one broken), two HTML pages, the byline text");
        assertEquals(1, out.stream().filter(Processed::failed).count());
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        Dateline dateline = Dateline.builder().build();
        Anchor a = Anchor.ofDate(LocalDate.of(2024, 1, 23), "option");
        String text = "Since October 17, US forces have been attacked at least 151 times, officials said on Tuesday.";
        String expected = io.dateline.output.JsonOutput.line(dateline.process("x", text, a), false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                fs.add(pool.submit(() -> io.dateline.output.JsonOutput.line(dateline.process("x", text, a), false)));
            }
            for (Future<String> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(expected.contains("\"2023-10-17\"") && expected.contains("\"counted\":\"time\""), expected);
    }
}
