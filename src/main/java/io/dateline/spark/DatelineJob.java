package io.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.dateline.grammar.GrammarException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reads a corpus, writes one row per input record: {@code spark-submit --class
 * io.dateline.spark.DatelineJob dateline-spark.jar IN OUT}. With no master configured it runs
 * in local mode on every core ({@code local[*]}).
 */
@Command(name = "dateline-spark", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Runs Dateline over a corpus on Spark: one output row per input record (an unreadable record is a row with 'error' set).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record processed", "2:bad usage, or some records could not be read (their rows say why; the others are written)"})
public final class DatelineJob implements Callable<Integer> {

    static final int OK = 0;
    static final int BAD_INPUT = 2;

    @Parameters(index = "0", paramLabel = "IN", description = "A file or folder (any Hadoop file system).")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The output folder (must not exist).")
    String out;

    @Option(names = "--input-format", paramLabel = "FORMAT", description = "jsonl (default: one {\"id\",\"text\",\"published\"?,\"url\"?} per line, as the CLI reads it), parquet, or text (one document per file).")
    String inputFormat = "jsonl";

    @Option(names = "--output-format", paramLabel = "FORMAT", description = "parquet (default) or json (JSON Lines part files).")
    String outputFormat = "parquet";

    @Option(names = "--text-column", paramLabel = "C", description = "The text column (default: text).")
    String textColumn;

    @Option(names = "--published-column", paramLabel = "C", description = "The publication date column (default: published, when present).")
    String publishedColumn;

    @Option(names = "--html-column", paramLabel = "C", description = "A column of HTML pages to read instead of a text column.")
    String htmlColumn;

    @Option(names = "--id-column", paramLabel = "C", description = "A column naming each record (default: id, when present).")
    String idColumn;

    @Option(names = "--policy", paramLabel = "POLICY", description = "news (default), nearest or future.")
    String policy = "news";

    @Option(names = "--max-document-bytes", paramLabel = "N", description = "The largest document in bytes: a JSON Lines line, a text file, a text or HTML value; larger gets an error row (default 10485760, 10 MiB).")
    long maxDocumentBytes = io.dateline.input.InputReader.SHARED_MAX_DOCUMENT_BYTES;

    @Option(names = "--grammar", paramLabel = "DIR", description = "A folder of your own .rules files (repeatable); shipped to the executors with the job.")
    List<String> grammars = new java.util.ArrayList<>();

    private SparkSession session;
    private PrintWriter err;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        SparkSession[] started = new SparkSession[1];
        try {
            code = run(args, () -> {
                started[0] = start();
                return started[0];
            }, err);
        } finally {
            if (started[0] != null) {
                started[0].stop();
            }
        }
        System.exit(code);
    }

    /** Runs the job with a session from {@code sessions} (asked for only once the arguments are good). */
    static int run(String[] args, java.util.function.Supplier<SparkSession> sessions, PrintWriter err) {
        DatelineJob job = new DatelineJob();
        job.err = err;
        CommandLine cl = new CommandLine(job);
        cl.setErr(err);
        cl.setOut(err);
        cl.setExecutionExceptionHandler((e, c, p) -> {
            err.println("dateline-spark: " + message(e));
            return BAD_INPUT;
        });
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("dateline-spark: " + e.getMessage() + " (--help for usage)");
            return BAD_INPUT;
        }
        if (cl.isUsageHelpRequested() || cl.isVersionHelpRequested()) {
            return cl.execute(args);
        }
        String bad = job.badUsage();
        if (bad != null) {
            err.println("dateline-spark: " + bad);
            return BAD_INPUT;
        }
        job.session = null;
        try {
            job.session = sessions.get();
            return job.call();
        } catch (IllegalArgumentException | GrammarException | java.io.UncheckedIOException e) {
            err.println("dateline-spark: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("dateline-spark: " + message(e));
            return BAD_INPUT;
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** A session on the configured master, or on every local core when none is configured. */
    static SparkSession start() {
        SparkSession.Builder b = SparkSession.builder().appName("dateline");
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            b.master("local[*]");
        }
        if (conf.get("spark.master", "local[*]").startsWith("local")) {
            // on this machine only: the driver listens on the loopback address
            if (!conf.contains("spark.driver.bindAddress")) {
                b.config("spark.driver.bindAddress", "127.0.0.1");
            }
            if (!conf.contains("spark.driver.host")) {
                b.config("spark.driver.host", "127.0.0.1");
            }
        }
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }

    private String badUsage() {
        if (!List.of("jsonl", "parquet", "text").contains(inputFormat)) {
            return "--input-format must be jsonl, parquet or text, not '" + inputFormat + "'";
        }
        if (!List.of("parquet", "json").contains(outputFormat)) {
            return "--output-format must be parquet or json, not '" + outputFormat + "'";
        }
        if (htmlColumn != null && textColumn != null) {
            return "give --text-column or --html-column, not both";
        }
        if (inputFormat.equals("text") && (textColumn != null || htmlColumn != null || publishedColumn != null
                || idColumn != null)) {
            return "--input-format text reads whole files: it has no columns";
        }
        return null;
    }

    /** The CLI's JSON Lines reading, unless other fields are asked for. */
    private boolean cliJsonLines() {
        return inputFormat.equals("jsonl") && textColumn == null && htmlColumn == null && publishedColumn == null
                && idColumn == null;
    }

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        refuseExisting(out);
        DatelineOptions options = DatelineOptions.defaults().policy(policy).maxDocumentBytes(maxDocumentBytes);
        for (String g : grammars) {
            options = options.grammar(g);
        }
        Dataset<Row> result;
        if (inputFormat.equals("text") || cliJsonLines()) {
            EngineSpec spec = DatelineSpark.prepare(session, options);
            var rows = inputFormat.equals("text") ? TextFilesInput.rows(session, in, spec)
                    : JsonLinesInput.rows(session, in, spec);
            result = session.createDataFrame(rows, Results.JOB);
        } else {
            Dataset<Row> df = columns();
            result = DatelineSpark.annotate(df, columnOptions(df, options));
            if (Arrays.asList(df.columns()).contains(CORRUPT)) {
                result = result.withColumn("error", when(col(CORRUPT).isNotNull(), lit("malformed JSON line"))
                        .otherwise(col("error")));
            }
        }
        if (outputFormat.equals("json")) {
            result.write().json(out);
        } else {
            result.write().parquet(out);
        }
        Dataset<Row> written = outputFormat.equals("json") ? session.read().schema("error STRING").json(out)
                : session.read().parquet(out).select("error");
        long records = written.count();
        long errors = written.where(col("error").isNotNull()).count();
        err.printf(Locale.ROOT, "dateline-spark: %d records, %d errors, %.2f s, written to %s%n", records, errors,
                (System.nanoTime() - t0) / 1e9, out);
        err.flush();
        return errors == 0 ? OK : BAD_INPUT;
    }

    /** The job never overwrites: an existing OUT stops it before any work. */
    private void refuseExisting(String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            if (p.getFileSystem(session.sparkContext().hadoopConfiguration()).exists(p)) {
                throw new IllegalArgumentException("OUT already exists: " + path + " (remove it, or name another)");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot check OUT " + path + ": " + e.getMessage(), e);
        }
    }

    /** The input as a DataFrame: Parquet, or JSON Lines read by Spark (a malformed line keeps its row). */
    private Dataset<Row> columns() {
        if (inputFormat.equals("parquet")) {
            return session.read().parquet(in);
        }
        Dataset<Row> df = session.read().option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT).json(in);
        return Arrays.asList(df.columns()).contains(CORRUPT) ? df.cache() : df;
    }

    private static final String CORRUPT = "_corrupt_record";

    private DatelineOptions columnOptions(Dataset<Row> df, DatelineOptions o) {
        List<String> present = Arrays.asList(df.columns());
        if (publishedColumn != null && !present.contains(publishedColumn)) {
            throw new IllegalArgumentException("no published column '" + publishedColumn + "' (columns: "
                    + String.join(", ", present) + ")");
        }
        if (htmlColumn != null) {
            o = o.htmlColumn(htmlColumn);
        } else if (textColumn != null) {
            o = o.textColumn(textColumn);
        }
        o = o.publishedColumn(publishedColumn != null ? publishedColumn : "published");
        String id = idColumn != null ? idColumn : present.contains("id") ? "id" : null;
        return o.idColumn(id);
    }
}
