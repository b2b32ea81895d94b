package io.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.Dateline;
import io.dateline.Processed;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.output.JsonOutput;
import io.dateline.testing.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark function and the transformer on a real local session ({@link LocalSpark}): their
 * rows are the CLI's records for the same documents.
 */
class DatelineSparkTest {

    /** A small corpus of JSON Lines: figures, times, a broken line, a blank one, a line without id. */
    static final List<String> CORPUS = List.of(
            "{\"id\": \"a1\", \"text\": \"LISBON, March 3, 2025 - Ferry fares will rise by 4.5% from next Monday, the operator said, after fuel costs climbed for three weeks.\", \"published\": \"2025-03-03\"}",
            "{\"id\": \"a2\", \"text\": \"The relief convoy covered 30 kilometers (19 miles) on Friday and delivered at least 1,200 tonnes of flour, worth about $3.4 million.\", \"published\": \"2025-03-08T09:30:00Z\", \"url\": \"https://news.example/a2\"}",
            "{\"id\": \"a3\", \"text\": \"Shops stayed shut",
            "   ",
            "{\"text\": \"Between 2019 and 2021 the museum saw fewer than 10,000 visitors a year; since January it has drawn dozens of school groups every week.\"}",
            "{\"id\": \"a6\", \"text\": \"   \"}",
            "{\"id\": 7, \"text\": \"Temperatures reached 41 degrees Celsius by 3 p.m. yesterday, the hottest day since 2003.\", \"published\": \"2025-07-14\"}");

    static SparkSession spark;
    static Processor cli;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        cli = new Processor(Dateline.builder().build(), new AnchorDetector(), AnchorRequest.none());
    }

    static Path corpus() throws Exception {
        Path f = tmp.resolve("corpus.jsonl");
        if (!Files.exists(f)) {
            Files.writeString(f, String.join("\n", CORPUS) + "\n", StandardCharsets.UTF_8);
        }
        return f;
    }

    /** What the CLI reads from a path, item by item. */
    static List<InputItem> cliItems(Path p) {
        try (var items = new InputReader().read(p.toString())) {
            return items.collect(Collectors.toList());
        }
    }

    /** The good documents of the corpus as a DataFrame (id, text, published). */
    static Dataset<Row> documents() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (InputItem i : cliItems(corpus())) {
            if (i instanceof SourceDocument d) {
                rows.add(RowFactory.create(d.id(), d.text(), d.publishedHint(), d.line()));
            }
        }
        StructType t = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("text", DataTypes.StringType, false),
                DataTypes.createStructField("published", DataTypes.StringType, true),
                DataTypes.createStructField("line", DataTypes.IntegerType, false)));
        return spark.createDataFrame(rows, t).repartition(2);
    }

    static JsonNode record(InputItem item) {
        Processed p = cli.process(item);
        return JsonOutput.document(p.result(), false);
    }

    static Map<String, SourceDocument> byId() throws Exception {
        return cliItems(corpus()).stream().filter(i -> i instanceof SourceDocument).map(i -> (SourceDocument) i)
                .collect(Collectors.toMap(SourceDocument::id, d -> d));
    }

    @Test
    void theSqlFunctionGivesTheCliRecord() throws Exception {
        DatelineSpark.register(spark);
        documents().createOrReplaceTempView("docs");
        List<Row> rows = spark.sql("SELECT id, dateline(text, published) AS r FROM docs ORDER BY line").collectAsList();
        Map<String, SourceDocument> docs = byId();
        assertEquals(4, rows.size());
        for (Row row : rows) {
            Row r = row.getStruct(1);
            JsonNode expected = record(docs.get(row.getString(0)));
            assertNull(r.getAs("error"));
            RecordAssert.sameAs(expected.get("anchor"), r.getAs("anchor"), ResultSchema.ANCHOR, row.getString(0) + ".anchor");
            List<Row> mentions = r.getList(r.fieldIndex("mentions"));
            assertEquals(expected.get("mentions").size(), mentions.size(), row.getString(0));
            for (int i = 0; i < mentions.size(); i++) {
                RecordAssert.sameAs(expected.get("mentions").get(i), mentions.get(i), ResultSchema.MENTION,
                        row.getString(0) + ".mentions[" + i + "]");
            }
            assertEquals(strings(expected.get("warnings")), r.getList(r.fieldIndex("warnings")), row.getString(0));
        }
        // and the values themselves, read in SQL
        Row a1 = spark.sql("SELECT r.anchor.value, r.anchor.source, r.mentions[0].kind, r.mentions[0].value, "
                + "r.mentions[1].dimension, r.mentions[1].unit, r.mentions[1].min "
                + "FROM (SELECT dateline(text, published) AS r FROM docs WHERE id = 'a1')").first();
        assertEquals("2025-03-03", a1.getString(0));
        assertEquals("metadata", a1.getString(1)); // the published field wins over the dateline
        assertEquals("time", a1.getString(2));
        assertEquals("2025-03-03", a1.getString(3));
        assertEquals("percent", a1.getString(4));
        assertEquals("%", a1.getString(5));
        assertEquals(0, new java.math.BigDecimal("4.5").compareTo(a1.getDecimal(6)));

        // the README's query: one row per mention
        documents().createOrReplaceTempView("articles");
        List<Row> flat = spark.sql("SELECT id, r.anchor.value, m.text, m.value FROM (SELECT id, dateline(text, published) AS r "
                + "FROM articles) LATERAL VIEW explode(r.mentions) AS m").collectAsList();
        int all = 0;
        for (SourceDocument d : docs.values()) {
            all += record(d).get("mentions").size();
        }
        assertEquals(all, flat.size());
        assertTrue(flat.stream().anyMatch(x -> x.getString(2).equals("30 kilometers (19 miles)") && x.getString(3).equals("30000")),
                flat.toString());
    }

    @Test
    void everyFieldOfTheCliRecordHasAColumn() throws Exception {
        // A field added to the JSON record (a figure's "change") fails here until it has its
        // line in ResultSchema.
        TreeSet<String> missing = new TreeSet<>();
        for (SourceDocument d : byId().values()) {
            JsonNode rec = record(d);
            RecordAssert.missingFields(rec.get("anchor"), ResultSchema.ANCHOR, "anchor.", missing);
            for (JsonNode m : rec.get("mentions")) {
                RecordAssert.missingFields(m, ResultSchema.MENTION, "mentions.", missing);
            }
        }
        assertEquals(new TreeSet<>(), missing);
        assertTrue(byId().values().stream().mapToInt(d -> record(d).get("mentions").size()).sum() > 12,
                "the corpus has enough mentions to say so");
    }

    @Test
    void theHtmlFunctionReadsThePageAsTheCliDoes() throws Exception {
        Path page = TestPaths.examples("inputs", "article.html");
        InputItem item = cliItems(page).get(0);
        JsonNode expected = record(item);
        DatelineSpark.register(spark);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create(html)),
                DataTypes.createStructType(List.of(DataTypes.createStructField("html", DataTypes.StringType, false))));
        df.createOrReplaceTempView("pages");
        Row r = spark.sql("SELECT dateline_html(html, NULL) AS r FROM pages").first().getStruct(0);
        assertEquals("2024-09-18T19:45-04:00", ((Row) r.getAs("anchor")).getAs("value"));
        RecordAssert.sameAs(expected.get("anchor"), r.getAs("anchor"), ResultSchema.ANCHOR, "anchor");
        List<Row> mentions = r.getList(r.fieldIndex("mentions"));
        assertEquals(expected.get("mentions").size(), mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            RecordAssert.sameAs(expected.get("mentions").get(i), mentions.get(i), ResultSchema.MENTION, "m" + i);
        }
        // a page with no article text: a warning, as in the CLI; no HTML at all: an error row
        Row bare = spark.sql("SELECT dateline_html('<html><body></body></html>', NULL) AS r").first().getStruct(0);
        assertNull(bare.getAs("error"));
        assertTrue(bare.getList(bare.fieldIndex("warnings")).contains(
                "no article text found in HTML; only the page's metadata was read"), bare.toString());
        Row none = spark.sql("SELECT dateline_html(CAST(NULL AS STRING), NULL) AS r").first().getStruct(0);
        assertEquals("no HTML (the HTML column is null)", none.getAs("error"));
        assertEquals(0, none.getList(none.fieldIndex("mentions")).size());
    }

    @Test
    void annotateAddsTheColumnsAndRunsTheFunctionOncePerRow() throws Exception {
        Dataset<Row> docs = documents();
        long before = Engines.documents();
        // collected as it is (a sort would sample the rows first, running the function twice)
        List<Row> out = new ArrayList<>(DatelineSpark.annotate(docs, DatelineOptions.defaults().idColumn("id"))
                .collectAsList());
        assertEquals(4, Engines.documents() - before, "one call per row, not one per added column");
        out.sort(java.util.Comparator.comparing(r -> r.<Integer>getAs("line")));
        assertEquals(List.of("id", "text", "published", "line", "anchor", "mentions", "warnings", "error",
                "lang", "langSource", "langConfidence"),
                Arrays.asList(out.get(0).schema().fieldNames()));
        Map<String, SourceDocument> byId = byId();
        for (Row row : out) {
            JsonNode expected = record(byId.get(row.getString(0)));
            RecordAssert.sameAs(expected, row, ResultSchema.RESULT, row.getString(0));
        }
        Dataset<Row> clash = docs.withColumnRenamed("line", "warnings");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatelineSpark.annotate(clash, DatelineOptions.defaults()));
        assertTrue(e.getMessage().contains("'warnings'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DatelineSpark.annotate(docs, DatelineOptions.defaults().textColumn("body")));
    }

    @Test
    void theEngineIsBuiltOncePerJvmAndNeverShipped() throws Exception {
        // A policy no other test uses: its engine is new to this JVM.
        DatelineOptions future = DatelineOptions.defaults().policy("future");
        int before = Engines.builds();
        long rows = DatelineSpark.annotate(documents().repartition(8), future).where("error IS NULL").count();
        assertEquals(4, rows);
        assertEquals(before + 1, Engines.builds(), "8 partitions on 2 task threads, one engine");
        EngineSpec spec = future.spec(spark.sparkContext().hadoopConfiguration());
        assertSame(Engines.processor(spec), Engines.processor(spec));

        // what a task receives: the description, a few hundred bytes, not the engine
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(new DatelineUdf(spec, false));
        }
        assertTrue(bytes.size() < 2_000, bytes.size() + " bytes");
        DatelineUdf back;
        try (ObjectInputStream i = new ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = (DatelineUdf) i.readObject();
        }
        Row anchor = back.call("x", "MADRID, March 3, 2025 - Rain.", null).getStruct(0);
        assertEquals("2025-03-03", anchor.getString(0));
        assertEquals(before + 1, Engines.builds());
    }

    @Test
    void aUserGrammarFolderTravelsWithTheFunction() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("my-grammar/sub"));
        Files.writeString(folder.resolve("feast.rules"), "rule user.feast.day\n  match feast day\n  emit kind=date offset=0\n",
                StandardCharsets.UTF_8);
        DatelineOptions o = DatelineOptions.defaults().grammar(tmp.resolve("my-grammar").toString());
        Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create("The bells rang on feast day.", "2025-08-15")),
                DataTypes.createStructType(List.of(DataTypes.createStructField("text", DataTypes.StringType, false),
                        DataTypes.createStructField("published", DataTypes.StringType, false))));
        Row r = DatelineSpark.annotate(df, o).first();
        List<Row> mentions = r.getList(r.fieldIndex("mentions"));
        assertEquals(List.of("on feast day"), mentions.stream().map(m -> (String) m.getAs("text")).toList());
        assertEquals("feast day", ((Row) mentions.get(0).getAs("timex")).getAs("text"));
        assertEquals("2025-08-15", mentions.get(0).getAs("value"));
        // without the folder, no such mention
        Row plain = DatelineSpark.annotate(df, DatelineOptions.defaults()).first();
        assertEquals(0, plain.getList(plain.fieldIndex("mentions")).size());
        // a broken grammar fails on the driver, naming the user's file
        Path broken = Files.createDirectories(tmp.resolve("broken-grammar"));
        Files.writeString(broken.resolve("bad.rules"), "rule\n", StandardCharsets.UTF_8);
        var e = assertThrows(io.dateline.grammar.GrammarException.class,
                () -> DatelineSpark.annotate(df, DatelineOptions.defaults().grammar(broken.toString())));
        assertTrue(e.getMessage().startsWith(broken + "/bad.rules:"), e.getMessage());
    }

    static List<String> strings(JsonNode n) {
        List<String> xs = new ArrayList<>();
        n.forEach(x -> xs.add(x.asText()));
        return xs;
    }
}
