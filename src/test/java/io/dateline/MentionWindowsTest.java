package io.dateline;

import io.dateline.anchor.AnchorDetector;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.output.JsonOutput;
import io.dateline.testing.TestPaths;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A long document is analysed in windows ({@link MentionWindows}); forcing small windows on
 * real articles must give exactly the JSON of one pass: the same mentions, offsets, values and
 * warnings, none found twice, none lost at a cut.
 */
class MentionWindowsTest {

    private static final Path SEEDS = TestPaths.root().resolve("../shared/seeds").normalize();
    private static final Path EXAMPLES = TestPaths.root().resolve("examples/articles");
    private static final Dateline ONE_PASS = Dateline.builder().build();

    /** window, overlap: a window of a few words, of a sentence or two, of several paragraphs. */
    private static final int[][] SIZES = {{64, 400}, {300, 600}, {1000, 800}};

    private static List<SourceDocument> articles() {
        List<SourceDocument> docs = new ArrayList<>();
        for (Path dir : List.of(SEEDS, EXAMPLES)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<InputItem> items = new InputReader().withGlob("*.txt").read(dir)) {
                items.forEach(i -> docs.add((SourceDocument) i));
            }
        }
        return docs;
    }

    private static String json(DocumentResult r) {
        return JsonOutput.toLine(JsonOutput.document(r, true));
    }

    @Test
    void smallWindowsOnEveryArticleGiveTheMentionsOfOnePass() {
        List<SourceDocument> docs = articles();
        assumeTrue(Files.isDirectory(SEEDS), "no shared seeds at " + SEEDS);
        assertTrue(docs.size() >= 8, "seeds and examples: " + docs.size());
        AnchorDetector detector = new AnchorDetector();
        int windowed = 0;
        for (int[] size : SIZES) {
            Dateline small = Dateline.builder().windows(size[0], size[1]).build();
            for (SourceDocument d : docs) {
                Anchor anchor = detector.detect(d).anchor();
                DocumentResult one = ONE_PASS.process(d.id(), d.text(), anchor);
                assertFalse(one.mentions().isEmpty(), d.id());
                if (small.windowed(d.text())) {
                    windowed++;
                }
                assertEquals(json(one), json(small.process(d.id(), d.text(), anchor)),
                        d.id() + " in windows of " + size[0] + " with " + size[1] + " around");
                // and without an anchor: the warning about it, and every underspecified value
                assertEquals(json(ONE_PASS.process(d.id(), d.text(), null)), json(small.process(d.id(), d.text(), null)),
                        d.id() + " without an anchor, windows of " + size[0]);
            }
        }
        assertTrue(windowed >= docs.size() * 2, "most runs were windowed: " + windowed);
    }

    @Test
    void allArticlesAsOneLongDocumentWithSurrogatesAndCrLf() {
        List<SourceDocument> docs = articles();
        assumeTrue(Files.isDirectory(SEEDS), "no shared seeds at " + SEEDS);
        // one document: the articles one after the other, some lines with characters outside
        // the BMP (two UTF-16 units, one code point) and CRLF line ends
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (SourceDocument d : docs) {
            String t = d.text();
            if (k++ % 2 == 1) {
                t = t.replace("\n", "\r\n").replace(". ", ". \uD83D\uDCC8 ");
            }
            sb.append(t).append("\n\n");
        }
        String text = sb.toString();
        Anchor anchor = Anchor.ofDate(LocalDate.of(2024, 1, 23), "option");
        DocumentResult one = ONE_PASS.process("all", text, anchor);
        assertTrue(one.mentions().size() > 100, "mentions: " + one.mentions().size());
        for (int[] size : SIZES) {
            Dateline small = Dateline.builder().windows(size[0], size[1]).build();
            assertTrue(small.windowed(text));
            assertEquals(json(one), json(small.process("all", text, anchor)), "windows of " + size[0]);
            // the iterator: windows in order, offsets of the whole document, each text its slice
            MentionWindows w = small.windows(text, anchor);
            List<Mention> all = new ArrayList<>();
            int windows = 0;
            while (w.hasNext()) {
                all.addAll(w.next());
                windows++;
            }
            assertTrue(windows > text.length() / (size[0] + 1), "windows: " + windows);
            assertEquals(one.mentions().size(), w.count());
            int[] cps = text.codePoints().toArray();
            for (Mention m : all) {
                assertEquals(new String(cps, m.start(), m.end() - m.start()), m.text(), "slice at " + m.start());
            }
            assertEquals(one.warnings(), w.warnings());
        }
    }

    @Test
    void cutsFallAtParagraphsThenLinesThenSentencesThenSpaces() {
        List<String> texts = List.of("aaaa bbbb.\n\ncccc dddd. eeee", "aaaa bbbb\ncccc dddd. eeee ffff",
                "aaaa bbbb. cccc dddd eeee ffff", "aaaaaaaaaaaaaaaaaaaa bbbbbbbbbb");
        List<Integer> cuts = texts.stream().map(t -> cutOf(t)).collect(Collectors.toList());
        assertEquals(List.of(12, 10, 11, 21), cuts);
    }

    /** Where a window that may end between 6 and 24 ends. */
    private static int cutOf(String t) {
        return MentionWindows.cut(t, 6, 24);
    }

    @Test
    void anEmptyOrShortTextIsOneWindow() {
        Dateline small = Dateline.builder().windows(64, 100).build();
        assertFalse(small.windowed("On May 5 it rained."));
        MentionWindows w = small.windows("", null);
        assertTrue(w.hasNext());
        assertEquals(List.of(), w.next());
        assertFalse(w.hasNext());
        assertEquals(0, w.count());
    }
}
