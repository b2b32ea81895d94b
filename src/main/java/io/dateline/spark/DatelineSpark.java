package io.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Dateline as a Spark function and a DataFrame transformer.
 *
 * <pre>{@code
 * DatelineSpark.register(spark);
 * spark.sql("SELECT id, dateline(text, published).mentions FROM articles");
 * Dataset<Row> out = DatelineSpark.annotate(articles, DatelineOptions.defaults());
 * }</pre>
 *
 * Both give {@code anchor} (a struct), {@code mentions} (an array of structs with the CLI's JSON
 * field names), {@code warnings} and {@code error} ({@link ResultSchema}). Each executor JVM
 * builds its engine once, the first time one of its tasks needs it.
 */
public final class DatelineSpark {

    /** {@code dateline(text, published)}. */
    public static final String FUNCTION = "dateline";
    /** {@code dateline_html(html, published)}: the article text and metadata of an HTML page. */
    public static final String HTML_FUNCTION = "dateline_html";

    private static final String RESULT_COLUMN = "__dateline_result";

    private DatelineSpark() {
    }

    /** Registers {@code dateline} and {@code dateline_html} with the default engine. */
    public static void register(SparkSession spark) {
        register(spark, DatelineOptions.defaults());
    }

    /** Registers {@code dateline} and {@code dateline_html} with the options' engine (policy, grammars). */
    public static void register(SparkSession spark, DatelineOptions options) {
        EngineSpec spec = prepare(spark, options);
        spark.udf().register(FUNCTION, once(functions.udf(new DatelineUdf(spec, false).withoutId(), ResultSchema.RESULT)));
        spark.udf().register(HTML_FUNCTION, once(functions.udf(new DatelineUdf(spec, true).withoutId(), ResultSchema.RESULT)));
    }

    /**
     * The DataFrame with {@code anchor, mentions, warnings, error} added after its own columns.
     *
     * @throws IllegalArgumentException when the text (or HTML) column is missing, or the
     *                                  DataFrame already has a column of those names
     */
    public static Dataset<Row> annotate(Dataset<Row> df, DatelineOptions options) {
        List<String> columns = Arrays.asList(df.columns());
        boolean html = options.htmlColumn() != null;
        String textColumn = html ? options.htmlColumn() : options.textColumn();
        require(columns, textColumn, html ? "HTML" : "text");
        if (options.idColumn() != null) {
            require(columns, options.idColumn(), "id");
        }
        for (String added : ResultSchema.ADDED) {
            if (columns.contains(added)) {
                throw new IllegalArgumentException("the DataFrame already has a column '" + added
                        + "' (rename it: annotate adds " + String.join(", ", ResultSchema.ADDED) + ")");
            }
        }
        EngineSpec spec = prepare(df.sparkSession(), options);
        UserDefinedFunction f = once(functions.udf(new DatelineUdf(spec, html), ResultSchema.RESULT));
        Column id = options.idColumn() == null ? lit(null).cast("string") : col(options.idColumn()).cast("string");
        String pub = options.publishedColumn();
        Column published = pub != null && columns.contains(pub) ? col(pub).cast("string") : lit(null).cast("string");
        Dataset<Row> withResult = df.withColumn(RESULT_COLUMN, f.apply(id, col(textColumn).cast("string"), published));
        List<Column> out = new ArrayList<>();
        for (String c : columns) {
            out.add(col(quoted(c)));
        }
        for (String added : ResultSchema.ADDED) {
            out.add(col(RESULT_COLUMN + "." + added).as(added));
        }
        return withResult.select(out.toArray(new Column[0]));
    }

    /**
     * The engine's description, with the user's grammar folders read here; the engine is built
     * once on the driver, so a broken grammar fails before any task starts.
     */
    static EngineSpec prepare(SparkSession spark, DatelineOptions options) {
        EngineSpec spec = options.spec(spark.sparkContext().hadoopConfiguration());
        Engines.processor(spec);
        return spec;
    }

    /**
     * The function marked non-deterministic, for one reason: so that the optimizer never copies
     * the call into each field taken from its result (it would then run once per field, as
     * deterministic functions may). Its results are deterministic all the same.
     */
    private static UserDefinedFunction once(UserDefinedFunction f) {
        return f.asNondeterministic();
    }

    private static void require(List<String> columns, String c, String what) {
        if (!columns.contains(c)) {
            throw new IllegalArgumentException("no " + what + " column '" + c + "' (columns: " + String.join(", ", columns) + ")");
        }
    }

    private static String quoted(String c) {
        return "`" + c.replace("`", "``") + "`";
    }
}
