package io.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.batch.RecordJson;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.output.TsvOutput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.dateline.cli.CliTest.ROOT;
import static io.dateline.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document longer than one window on the command line: read whatever its size (no limit by
 * default), its JSON and TSV written as they are found, and the same as one pass gives.
 */
class LongDocumentCliTest {

    @TempDir
    static Path dir;
    static Path longFile;
    static String text;

    /** The example articles over and over, about 300 KB: three windows and more. */
    @BeforeAll
    static void write() throws Exception {
        StringBuilder sb = new StringBuilder();
        List<Path> articles;
        try (Stream<Path> s = Files.list(ROOT.resolve("examples/articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        int i = 0;
        while (sb.length() < 300_000) {
            sb.append(Files.readString(articles.get(i++ % articles.size()))).append("\n\n");
        }
        text = sb.toString();
        longFile = dir.resolve("long.txt");
        Files.writeString(longFile, text);
        assertTrue(Dateline.builder().build().windowed(text));
    }

    /** The record of one pass over the whole text, however long (a window larger than the text). */
    private static io.dateline.Processed onePass() {
        Dateline whole = Dateline.builder().windows(Integer.MAX_VALUE / 4, 0).build();
        AnchorDetector detector = new AnchorDetector();
        AnchorRequest req = AnchorRequest.none().withPublished("2024-01-23");
        InputItem item = new InputReader().read(longFile.toString()).findFirst().orElseThrow();
        return new Processor(whole, detector, req, true).process(item);
    }

    @Test
    void jsonOfALongDocumentIsStreamedAndEqualsOnePass() throws Exception {
        CliTest.Run r = run("-q", "--format", "json", "--published", "2024-01-23", longFile.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(RecordJson.line(onePass(), false, false) + System.lineSeparator(), r.out());
        JsonNode doc = r.lines().get(0);
        assertTrue(doc.path("mentions").size() > 1000, "mentions: " + doc.path("mentions").size());
        int[] cps = text.codePoints().toArray();
        for (JsonNode m : doc.path("mentions")) {
            int s = m.path("start").asInt();
            assertEquals(new String(cps, s, m.path("end").asInt() - s), m.path("text").asText());
        }
    }

    @Test
    void tsvOfALongDocumentIsStreamedAndEqualsOnePass() {
        CliTest.Run r = run("-q", "--format", "tsv", "--published", "2024-01-23", longFile.toString());
        assertEquals(0, r.code(), r.err());
        StringWriter expected = new StringWriter();
        PrintWriter w = new PrintWriter(expected);
        TsvOutput.header(w);
        TsvOutput.write(onePass(), w);
        w.flush();
        assertEquals(expected.toString(), r.out());
    }

    @Test
    void theLimitIsOptionalAndNamedOnce(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("big.txt");
        Files.write(big, ("On May 5, 2023 about 40 people came. ".repeat(12_000) + "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.size(big) > 400_000);
        assertEquals(InputReader.NO_LIMIT, new InputOptions().maxDocumentBytes, "no limit by default");
        CliTest.Run ok = run("-q", "--published", "2024-01-23", big.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals(24_000, ok.lines().get(0).path("mentions").size());
        CliTest.Run limited = run("-q", "--max-document-bytes", "100000", "--published", "2024-01-23", big.toString());
        assertEquals(2, limited.code());
        assertEquals("too large: " + Files.size(big) + " bytes; the limit for one document is 100000 bytes"
                + " (--max-document-bytes)", limited.lines().get(0).path("error").asText());
        assertTrue(limited.err().contains("--max-document-bytes"), limited.err());
    }

    @Test
    void theServiceOptionHasTheSameNameAndKeepsItsOldOne() {
        ServeCommand a = new ServeCommand();
        new picocli.CommandLine(a).parseArgs("--max-document-bytes", "5000");
        assertEquals(5000, a.maxBytes);
        ServeCommand b = new ServeCommand();
        new picocli.CommandLine(b).parseArgs("--max-bytes", "7000");
        assertEquals(7000, b.maxBytes);
        assertEquals(InputReader.SHARED_MAX_DOCUMENT_BYTES, new ServeCommand().maxBytes, "10 MiB by default");
    }
}
