package io.dateline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.cli.DatelineCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A batch with broken documents mixed in: nothing is lost, order is kept, --fail-fast stops. */
class BatchTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** 40 documents; every 7th is broken in one of four ways. Returns the expected ids in order. */
    static List<String> corpus(Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("doc%02d.txt", i);
            Path f = dir.resolve(name);
            if (i % 7 == 3) {
                switch ((i / 7) % 4) {
                    case 0 -> Files.write(f, new byte[]{'a', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'b'}); // invalid UTF-8
                    case 1 -> Files.write(f, new byte[0]); // empty
                    case 2 -> Files.write(f, new byte[]{0, 1, 2, 3, 0, 0, 7}); // binary
                    default -> Files.write(f, new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0}); // not UTF-8 either
                }
            } else {
                Files.writeString(f, "Published " + String.format("01/%02d/2024", 1 + i % 28)
                        + "\n\nTalks resumed on Tuesday, " + i + " days after the strike began, officials said.\n");
            }
            names.add(name);
        }
        return names;
    }

    static List<JsonNode> run(Path dir, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of(extra));
        args.add("-q");
        args.add(dir.toString());
        StringWriter out = new StringWriter();
        CommandLine cl = io.dateline.cli.Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute(args.toArray(String[]::new));
        assertEquals(2, code, "some documents failed, so the exit code says so");
        List<JsonNode> docs = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            if (!l.isBlank()) {
                docs.add(JSON.readTree(l));
            }
        }
        return docs;
    }

    @Test
    void everyDocumentYieldsOneRecordInInputOrder(@TempDir Path dir) throws Exception {
        List<String> names = corpus(dir);
        for (String threads : List.of("1", "4")) {
            List<JsonNode> docs = run(dir, "-j", threads);
            assertEquals(names.size(), docs.size(), "threads " + threads);
            int errors = 0;
            for (int i = 0; i < names.size(); i++) {
                JsonNode d = docs.get(i);
                assertTrue(d.path("source").asText().endsWith(names.get(i)), d.path("source").asText() + " at " + i);
                if (i % 7 == 3) {
                    assertTrue(d.has("error"), d.toString());
                    errors++;
                } else {
                    assertEquals(String.format("2024-01-%02d", 1 + i % 28), d.path("anchor").path("value").asText().substring(0, 10));
                    assertTrue(d.path("mentions").toString().contains("\"on Tuesday\""), d.toString());
                }
            }
            assertEquals(6, errors);
        }
    }

    @Test
    void failFastStopsAtTheFirstError(@TempDir Path dir) throws Exception {
        corpus(dir);
        List<JsonNode> docs = run(dir, "-j", "3", "--fail-fast");
        assertEquals(4, docs.size(), "doc00..doc02 and the broken doc03");
        assertTrue(docs.get(3).has("error"));
    }
}
