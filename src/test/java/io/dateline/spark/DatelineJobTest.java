package io.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.output.JsonOutput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on a small corpus with a broken line: one row per record, each the CLI's record. */
class DatelineJobTest {

    static SparkSession spark;
    static Processor cli;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        cli = new Processor(Dateline.builder().build(), new AnchorDetector(), AnchorRequest.none());
    }

    private static final class Run {
        final int code;
        final String err;

        Run(String... args) {
            StringWriter w = new StringWriter();
            code = DatelineJob.run(args, () -> spark, new PrintWriter(w, true));
            err = w.toString();
        }
    }

    static List<InputItem> cliItems(Path p) {
        try (var items = new InputReader().read(p.toString())) {
            return items.collect(Collectors.toList());
        }
    }

    /** Each row against the CLI's item of the same place: a record, or an error. */
    static void sameAsCli(List<InputItem> items, List<Row> rows) {
        assertEquals(items.size(), rows.size(), "one row per record");
        for (int i = 0; i < items.size(); i++) {
            Row row = rows.get(i);
            String where = "row " + i;
            if (items.get(i) instanceof InputError e) {
                assertEquals(e.source(), row.getAs("source"), where);
                assertEquals(e.line(), row.getAs("line"), where);
                assertEquals(e.message(), row.getAs("error"), where);
                assertNull(row.getAs("anchor"), where);
                assertEquals(0, row.getList(row.fieldIndex("mentions")).size(), where);
            } else {
                SourceDocument d = (SourceDocument) items.get(i);
                assertEquals(d.id(), row.getAs("id"), where);
                assertEquals(d.line(), row.getAs("line"), where);
                assertEquals(d.url(), row.getAs("url"), where);
                assertEquals(d.format().id(), row.getAs("format"), where);
                JsonNode record = JsonOutput.document(cli.process(d).result(), false);
                assertEquals(record.get("source").asText(), row.getAs("source"), where);
                RecordAssert.sameAs(record, row, ResultSchema.RESULT, d.id());
            }
        }
    }

    @Test
    void jsonLinesBecomeOneRowPerLineAcrossSplits() throws Exception {
        Path corpus = tmp.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n", DatelineSparkTest.CORPUS) + "\n", StandardCharsets.UTF_8);
        String out = tmp.resolve("out-jsonl").toString();
        var hadoop = spark.sparkContext().hadoopConfiguration();
        // small splits: line numbers must run on from one split to the next
        hadoop.set("mapreduce.input.fileinputformat.split.maxsize", "300");
        Run run;
        try {
            int splits = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .newAPIHadoopFile(corpus.toString(), TextInputFormat.class, LongWritable.class, Text.class, hadoop)
                    .getNumPartitions();
            assertTrue(splits >= 3, splits + " splits");
            run = new Run(corpus.toString(), out);
        } finally {
            hadoop.unset("mapreduce.input.fileinputformat.split.maxsize");
        }
        assertEquals(DatelineJob.BAD_INPUT, run.code, run.err);
        assertTrue(run.err.contains("6 records, 2 errors"), run.err);
        List<Row> rows = new ArrayList<>(spark.read().parquet(out).collectAsList());
        rows.sort(Comparator.comparing(r -> r.<Integer>getAs("line")));
        List<InputItem> items = cliItems(corpus);
        sameAsCli(items, rows);
        // the broken line, the line without an id, as the CLI names them
        assertEquals("malformed JSON", ((String) rows.get(2).getAs("error")).substring(0, 14));
        assertEquals(3, (int) rows.get(2).getAs("line"));
        assertEquals(corpus + ":5", rows.get(3).getAs("id"));
        assertEquals("empty \"text\"", rows.get(4).getAs("error"));
    }

    @Test
    void oneLimitOneName() throws Exception {
        assertEquals(10L * 1024 * 1024, DatelineOptions.defaults().maxDocumentBytes(), "10 MiB by default");
        Path corpus = tmp.resolve("limit.jsonl");
        Files.writeString(corpus, "{\"id\": \"short\", \"text\": \"Prices rose 3% on Monday.\"}\n"
                + "{\"id\": \"long\", \"text\": \"" + "Rain fell for two days. ".repeat(20) + "\"}\n", StandardCharsets.UTF_8);
        String out = tmp.resolve("out-limit").toString();
        Run run = new Run(corpus.toString(), out, "--max-document-bytes", "200", "--output-format", "json");
        assertEquals(DatelineJob.BAD_INPUT, run.code, run.err);
        List<Row> rows = new ArrayList<>(spark.read().schema(Results.JOB).json(out).collectAsList());
        rows.sort(Comparator.comparing(r -> r.<Integer>getAs("line")));
        assertEquals(2, rows.size());
        assertEquals("short", rows.get(0).getAs("id"));
        assertNull(rows.get(0).getAs("error"));
        assertEquals("line too long: 506 bytes; the limit for one document is 200 bytes (--max-document-bytes)",
                rows.get(1).getAs("error"));
        // the same line read by the command line with the same limit: the same words
        try (var items = new InputReader().withMaxDocumentBytes(200).read(corpus.toString())) {
            assertEquals(rows.get(1).getAs("error"), ((InputError) items.collect(Collectors.toList()).get(1)).message());
        }
    }

    @Test
    void textFilesAreOneDocumentEachAndJsonIsWritten() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("texts/sub"));
        Files.writeString(tmp.resolve("texts/a.txt"), "ACCRA, June 2, 2025 - Fuel prices fell 3% on Monday.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "Rain is expected for two days from Thursday.", StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("texts/empty.txt"), "", StandardCharsets.UTF_8);
        String out = tmp.resolve("out-texts").toString();
        Run run = new Run(tmp.resolve("texts").toString(), out, "--input-format", "text", "--output-format", "json");
        assertEquals(DatelineJob.BAD_INPUT, run.code, run.err);
        List<Row> rows = new ArrayList<>(spark.read().schema(Results.JOB).json(out).collectAsList());
        // in the CLI's order: the path under the folder
        String folderName = tmp.resolve("texts") + "/";
        rows.sort(Comparator.comparing(r -> r.<String>getAs("source")));
        sameAsCli(cliItems(tmp.resolve("texts")), rows);
        assertEquals("empty file", rows.get(1).getAs("error"));
        assertEquals(folderName + "empty.txt", rows.get(1).getAs("source"));
        assertEquals(folderName + "sub/b.txt", rows.get(2).getAs("id"));
    }

    @Test
    void parquetColumnsAreAnnotated() throws Exception {
        String in = tmp.resolve("in.parquet").toString();
        spark.createDataFrame(List.of(
                        RowFactory.create("p1", "Officials said on Tuesday that 40 percent of the bridge was repaired.", "2025-05-14"),
                        RowFactory.create("p2", null, "2025-05-14")),
                DataTypes.createStructType(List.of(
                        DataTypes.createStructField("key", DataTypes.StringType, false),
                        DataTypes.createStructField("body", DataTypes.StringType, true),
                        DataTypes.createStructField("day", DataTypes.StringType, true))))
                .write().parquet(in);
        String out = tmp.resolve("out-parquet").toString();
        Run run = new Run(in, out, "--input-format", "parquet", "--text-column", "body", "--published-column", "day",
                "--id-column", "key");
        assertEquals(DatelineJob.BAD_INPUT, run.code, run.err);
        List<Row> rows = new ArrayList<>(spark.read().parquet(out).collectAsList());
        rows.sort(Comparator.comparing(r -> r.<String>getAs("key")));
        assertEquals(List.of("key", "body", "day", "anchor", "mentions", "warnings", "error", "lang", "langSource", "langConfidence"),
                List.of(rows.get(0).schema().fieldNames()));
        SourceDocument d = new SourceDocument("p1", rows.get(0).getAs("body"), io.dateline.input.InputFormat.TEXT,
                "2025-05-14", "column:published", null, null, null);
        RecordAssert.sameAs(JsonOutput.document(cli.process(d).result(), false), rows.get(0), ResultSchema.RESULT, "p1");
        assertEquals("2025-05-13", ((Row) rows.get(0).getList(rows.get(0).fieldIndex("mentions")).get(0)).getAs("value"));
        assertEquals("no text (the text column is null)", rows.get(1).getAs("error"));
    }

    @Test
    void badUsageIsOneLineAndStartsNoSpark() {
        Supplier<SparkSession> none = () -> {
            throw new AssertionError("no session for bad usage");
        };
        StringWriter w = new StringWriter();
        int code = DatelineJob.run(new String[] {"in", "out", "--input-format", "xml"}, none, new PrintWriter(w, true));
        assertEquals(DatelineJob.BAD_INPUT, code);
        assertEquals("dateline-spark: --input-format must be jsonl, parquet or text, not 'xml'", w.toString().strip());
        Run missing = new Run(tmp.resolve("nothing-here.jsonl").toString(), tmp.resolve("out-none").toString());
        assertEquals(DatelineJob.BAD_INPUT, missing.code);
        assertEquals("dateline-spark: no such file or folder: " + tmp.resolve("nothing-here.jsonl"), missing.err.strip());
        Run existing = new Run(tmp.resolve("nothing-here.jsonl").toString(), tmp.toString());
        assertEquals(DatelineJob.BAD_INPUT, existing.code);
        assertEquals("dateline-spark: OUT already exists: " + tmp + " (remove it, or name another)", existing.err.strip());
    }
}
