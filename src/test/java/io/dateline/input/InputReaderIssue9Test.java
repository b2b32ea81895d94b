package io.dateline.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader bugs a new user hit (issue 9): sources, JSON Lines types, empty folders, size. */
class InputReaderIssue9Test {

    @TempDir
    Path dir;

    private Path write(String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static List<InputItem> all(InputReader r, String... args) {
        List<InputItem> out = new ArrayList<>();
        for (String a : args) {
            try (Stream<InputItem> s = r.read(a)) {
                s.forEach(out::add);
            }
        }
        return out;
    }

    private static String source(InputItem i) {
        return i instanceof SourceDocument d ? d.id() : ((InputError) i).source();
    }

    @Test
    void twoFoldersWithTheSameFileNameGiveDistinctSourcesInOneStyle() throws IOException {
        write("one/a.txt", "It rained on Tuesday.");
        write("two/a.txt", "It rained on Monday.");
        write("two/b.txt", "");
        List<InputItem> items = all(new InputReader().withPathsAsGiven(true),
                dir.resolve("one").toString(), dir.resolve("two").toString());
        assertEquals(List.of(dir + "/one/a.txt", dir + "/two/a.txt", dir + "/two/b.txt"),
                items.stream().map(InputReaderIssue9Test::source).toList(),
                "good and error records alike: the folder as given, then the path under it");
        assertInstanceOf(InputError.class, items.get(2));
        List<InputItem> one = all(new InputReader().withPathsAsGiven(false), dir.resolve("two").toString());
        assertEquals(List.of("a.txt", "b.txt"), one.stream().map(InputReaderIssue9Test::source).toList(),
                "relative to the folder on request, errors as documents");
        assertEquals(List.of("a.txt"), all(new InputReader().withPathsAsGiven(false), dir.resolve("one/a.txt").toString())
                .stream().map(InputReaderIssue9Test::source).toList());
    }

    @Test
    void jsonLinesPublishedOfTheWrongTypeIsWarnedAbout() throws IOException {
        Path feed = write("feed.jsonl", String.join("\n",
                "{\"text\": \"One.\", \"published\": {\"date\": \"2024-01-23\"}}",
                "{\"text\": \"Two.\", \"published\": [\"2024-01-23\"]}",
                "{\"text\": \"Three.\", \"published\": null}",
                "{\"text\": \"Four.\", \"published\": \"2024-01-23\"}"));
        List<InputItem> items = all(new InputReader(), feed.toString());
        assertEquals(List.of("\"published\" is an object, not a date: ignored"), ((SourceDocument) items.get(0)).warnings());
        assertEquals(List.of("\"published\" is an array, not a date: ignored"), ((SourceDocument) items.get(1)).warnings());
        assertEquals(List.of("\"published\" is null, not a date: ignored"), ((SourceDocument) items.get(2)).warnings());
        assertEquals(List.of(), ((SourceDocument) items.get(3)).warnings());
        assertEquals("2024-01-23", ((SourceDocument) items.get(3)).publishedHint());
    }

    @Test
    void aTextThatIsNotAStringIsAWrongTypeNotAMissingField() throws IOException {
        Path feed = write("feed.jsonl", "{\"text\": 42}\n{\"text\": [\"a\"]}\n{\"title\": \"x\"}\n");
        List<InputItem> items = all(new InputReader(), feed.toString());
        assertEquals("field \"text\" must be a string, not a number", ((InputError) items.get(0)).message());
        assertEquals("field \"text\" must be a string, not an array", ((InputError) items.get(1)).message());
        assertEquals("missing string field \"text\"", ((InputError) items.get(2)).message());
    }

    @Test
    void anEmptyFolderOrAGlobMatchingNothingIsANotice() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        write("full/a.txt", "Text.");
        List<String> notices = new ArrayList<>();
        InputReader r = new InputReader().withNotices(notices::add);
        assertEquals(List.of(), all(r, dir.resolve("empty").toString()));
        assertEquals(List.of(), all(r.withGlob("**/*.xml"), dir.resolve("full").toString()));
        assertEquals(List.of(
                dir.resolve("empty") + ": no file to read (known extensions: " + InputFormat.KNOWN_EXTENSIONS + ")",
                dir.resolve("full") + ": no file matches --glob '**/*.xml'"), notices);
    }

    @Test
    void filesWithoutAKnownExtensionAreCountedNotSilentlySkipped() throws IOException {
        write("news/a.txt", "Text.");
        write("news/scan.pdf", "%PDF");
        write("news/deep/table.csv", "a,b");
        write("news/.hidden.csv", "hidden files are not counted");
        List<String> notices = new ArrayList<>();
        List<InputItem> items = all(new InputReader().withNotices(notices::add), dir.resolve("news").toString());
        assertEquals(1, items.size());
        assertEquals(List.of(dir.resolve("news") + ": skipped 2 files without a known extension (first: deep/table.csv);"
                + " --glob reads them, e.g. --glob '**/*'"), notices);
    }

    @Test
    void aBadGlobIsOneLineAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new InputReader().withGlob("["));
        assertEquals("not a valid glob '[' at character 1: Missing ']", e.getMessage());
    }

    @Test
    void aDocumentOverTheLimitIsAnErrorAndTheOthersGoOn() throws IOException {
        write("big/a.txt", "x".repeat(200));
        write("big/b.txt", "Small.");
        write("big/c.jsonl", "{\"text\": \"" + "y".repeat(200) + "\"}\n{\"text\": \"Small too.\"}\n");
        List<InputItem> items = all(new InputReader().withMaxDocumentBytes(100), dir.resolve("big").toString());
        assertEquals(4, items.size(), items.toString());
        assertEquals("too large: 200 bytes; the limit for one document is 100 bytes (--max-document-bytes)",
                ((InputError) items.get(0)).message());
        assertEquals("Small.", ((SourceDocument) items.get(1)).text());
        InputError line = (InputError) items.get(2);
        assertEquals(1, line.line());
        assertEquals("line too long: 212 bytes; the limit for one document is 100 bytes (--max-document-bytes)", line.message());
        assertEquals("Small too.", ((SourceDocument) items.get(3)).text());
        assertEquals(2, ((SourceDocument) items.get(3)).line());
    }

    @Test
    void standardInputOverTheLimitIsAnErrorWithoutReadingItAll() {
        byte[] big = "z ".repeat(5000).getBytes(StandardCharsets.UTF_8);
        CountingStream in = new CountingStream(big);
        List<InputItem> items = all(new InputReader().withStdin(in).withMaxDocumentBytes(6000), "-");
        assertEquals("too large: more than 6000 bytes; the limit for one document is 6000 bytes (--max-document-bytes)",
                ((InputError) items.get(0)).message());
        assertTrue(in.read <= 6001, "read " + in.read + " bytes");
    }

    @Test
    void jsonLinesOnStandardInputAreStreamedLineByLine() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            b.append("{\"id\": \"r").append(i).append("\", \"text\": \"Record number ").append(i).append(".\"}\n");
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        CountingStream in = new CountingStream(bytes);
        try (Stream<InputItem> s = new InputReader().withStdin(in).read("-")) {
            var it = s.iterator();
            assertEquals("r0", ((SourceDocument) it.next()).id());
            assertTrue(in.read < bytes.length / 4, "only the head is read for the first record: " + in.read);
            int n = 1;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            assertEquals(2000, n);
        }
    }

    /** Counts the bytes handed out. */
    static final class CountingStream extends InputStream {
        private final ByteArrayInputStream in;
        long read;

        CountingStream(byte[] b) {
            in = new ByteArrayInputStream(b);
        }

        @Override
        public int read() {
            int c = in.read();
            if (c >= 0) {
                read++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = in.read(b, off, Math.min(len, 512));
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
