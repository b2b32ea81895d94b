package io.dateline.input;

import io.dateline.anchor.AnchorCandidate;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.anchor.AnchorResult;
import io.dateline.testing.TestPaths;
import io.dateline.value.Anchor;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** InputReader + AnchorDetector on the sample inputs in examples/inputs. */
class EndToEndInputsTest {

    private static final Path INPUTS = TestPaths.examples("inputs");
    private final AnchorDetector detector = new AnchorDetector();

    private static List<InputItem> readAll(Path p) {
        try (Stream<InputItem> s = new InputReader().read(p)) {
            return s.collect(Collectors.toList());
        }
    }

    private static String codePoints(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    @Test
    void theWholeFolderInOrder() {
        List<InputItem> items = readAll(INPUTS);
        assertEquals(6, items.size(), items.toString());

        SourceDocument page = assertInstanceOf(SourceDocument.class, items.get(0));
        assertEquals(INPUTS + "/article.html", page.id(), "one style: the folder as given, then the path under it");
        SourceDocument plain = assertInstanceOf(SourceDocument.class, items.get(1));
        assertEquals(INPUTS + "/byline.txt", plain.id());
        SourceDocument first = assertInstanceOf(SourceDocument.class, items.get(2));
        assertEquals("wire-101", first.id());
        InputError broken = assertInstanceOf(InputError.class, items.get(3));
        assertEquals(INPUTS + "/feed.jsonl", broken.source());
        assertEquals(2, broken.line());
        assertTrue(broken.message().startsWith("malformed JSON"), broken.message());
        SourceDocument third = assertInstanceOf(SourceDocument.class, items.get(4));
        assertEquals("wire-103", third.id());
        assertEquals(3, third.line());
        SourceDocument latin = assertInstanceOf(SourceDocument.class, items.get(5));
        assertEquals(INPUTS + "/river-cafe-1252.html", latin.id());
    }

    @Test
    void windows1252PageIsDecodedWithItsDeclaredCharset() {
        SourceDocument page = (SourceDocument) readAll(INPUTS.resolve("river-cafe-1252.html")).get(0);
        assertEquals(InputFormat.HTML, page.format());
        assertTrue(page.text().startsWith("Caf\u00e9 owners count the cost of the river flood\n\n"
                + "MILLBROOK \u2014 Ren\u00e9e Dupr\u00e9 reopened her caf\u00e9 on Monday"), page.text());
        assertTrue(page.text().contains("\u201cThe insurer\u2019s adjuster comes next Thursday.\u201d"), page.text());
        assertFalse(page.text().contains("\uFFFD"), page.text());
        assertEquals(List.of("not UTF-8: decoded as windows-1252, the charset declared in <meta charset>"),
                page.warnings());
        AnchorResult r = detector.detect(page);
        assertEquals("2024-04-09T06:30-05:00", r.anchor().value());
        assertEquals("metadata", r.anchor().source());
    }

    @Test
    void htmlArticle() {
        SourceDocument page = (SourceDocument) readAll(INPUTS.resolve("article.html")).get(0);
        assertTrue(page.text().startsWith("Port Elsby lighthouse shines again after two-year restoration\n\n"
                + "By Tomas Reyes · Sept. 18, 2024 7:45 p.m. ET\n\nPORT ELSBY — The beam"), page.text());
        assertTrue(page.text().endsWith("starting next week.\nTours of the tower begin in October."), page.text());
        for (String junk : List.of("ledgerAnalytics", "border:", "Home", "harbor news since 1911", "Subscribe",
                "Filed under", "Sign up", "© 2024")) {
            assertFalse(page.text().contains(junk), junk);
        }
        assertEquals("2024-09-18T19:45:00-04:00", page.publishedHint());
        assertEquals("html:meta[article:published_time]", page.metadataSource());
        assertEquals("https://ledger.example/coast/port-elsby-lighthouse", page.url());

        AnchorResult r = detector.detect(page);
        assertEquals("2024-09-18T19:45-04:00", r.anchor().value());
        assertEquals("metadata", r.anchor().source());
        assertTrue(r.allWarnings().isEmpty(), r.allWarnings().toString());
        AnchorCandidate byline = r.candidates().stream().filter(c -> c.source().equals("byline")).findFirst().orElseThrow();
        assertEquals("2024-09-18T19:45-04:00", byline.value(), "the visible byline agrees");
        assertEquals("Sept. 18, 2024 7:45 p.m. ET", codePoints(page.text(), byline.start(), byline.end()));
    }

    @Test
    void plainTextWithAByline() {
        SourceDocument doc = (SourceDocument) readAll(INPUTS.resolve("byline.txt")).get(0);
        AnchorResult r = detector.detect(doc);
        Anchor a = r.anchor();
        assertEquals("2024-03-14T08:45-04:00", a.value(), "March 14, 2024 is in US daylight time");
        assertEquals("byline", a.source());
        assertEquals("March 14, 2024 8:45 AM ET", a.text());
        assertEquals(a.text(), codePoints(doc.text(), a.start(), a.end()));
        assertTrue(r.allWarnings().isEmpty(), r.allWarnings().toString());
    }

    @Test
    void jsonLinesDocumentsAroundTheBrokenLine() {
        List<InputItem> items = readAll(INPUTS.resolve("feed.jsonl"));
        assertEquals(3, items.size());

        SourceDocument first = (SourceDocument) items.get(0);
        assertNull(first.publishedHint());
        assertEquals("https://wire.example/101", first.url());
        AnchorResult r1 = detector.detect(first);
        assertEquals("2024-02-06", r1.anchor().value());
        assertEquals("dateline", r1.anchor().source());
        assertEquals("Feb 6, 2024", r1.anchor().text());
        assertEquals(6, r1.anchor().start());

        assertEquals(2, ((InputError) items.get(1)).line());

        SourceDocument third = (SourceDocument) items.get(2);
        AnchorResult r3 = detector.detect(third);
        assertEquals("2024-02-07T14:20+01:00", r3.anchor().value());
        assertEquals("metadata", r3.anchor().source());
        assertEquals(List.of("from jsonl:published"), r3.candidates().get(0).notes());

        // The option overrides everything.
        AnchorResult forced = detector.detect(third, AnchorRequest.none().withPublished("2024-02-01"));
        assertEquals("2024-02-01", forced.anchor().value());
        assertEquals("option", forced.anchor().source());
    }
}
