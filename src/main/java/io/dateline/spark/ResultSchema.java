package io.dateline.spark;

import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark types of a result, with the field names of the CLI's JSON record
 * ({@link io.dateline.output.JsonOutput}). Rows are filled from that record by
 * {@link JsonRows}, field by field and by name: a field the JSON record gains (as a figure's
 * {@code change} did) reaches Spark by adding one line to {@link #MENTION} (or {@link #ANCHOR}),
 * nothing else; {@code DatelineSparkTest.everyFieldOfTheCliRecordHasAColumn} fails until it has.
 *
 * <p>One column has one type, where the JSON record has two for {@code value}: a string for a
 * time (the TIMEX3 value) and a number for a figure. The column is a string, the figure's number
 * written out plainly ({@code 3000000000}, never {@code 3E+9}); the bounds {@code min} and
 * {@code max} are decimals of {@link #NUMBER}.
 */
public final class ResultSchema {

    /** The decimals of figures: 38 digits, 12 of them after the point. */
    public static final DecimalType NUMBER = DataTypes.createDecimalType(38, 12);

    private static final DataType STRING = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType BOOL = DataTypes.BooleanType;
    private static final ArrayType STRINGS = DataTypes.createArrayType(STRING, true);

    /** {@code anchor}: the publication date a document's values were resolved against. */
    public static final StructType ANCHOR = struct(
            f("value", STRING), f("source", STRING), f("text", STRING), f("start", INT), f("end", INT),
            f("warnings", STRINGS), f("confidence", struct(f("level", STRING), f("reason", STRING))),
            f("modified", STRING));

    private static final StructType SPAN = struct(f("start", INT), f("end", INT), f("text", STRING));
    private static final StructType INTERVAL = struct(f("start", STRING), f("end", STRING));
    private static final StructType RANGE = struct(f("start", STRING), f("end", STRING), f("role", STRING));
    /** A confidence of a reading, 0 to 1 with three decimals. */
    private static final DecimalType CONFIDENCE = DataTypes.createDecimalType(4, 3);
    private static final StructType READING = struct(f("confidence", CONFIDENCE), f("basis", STRING),
            f("alternatives", DataTypes.createArrayType(
                    struct(f("value", STRING), f("confidence", CONFIDENCE), f("why", STRING)), false)));
    private static final StructType ORIGINAL = struct(
            f("value", NUMBER), f("unit", STRING), f("min", NUMBER), f("max", NUMBER));
    private static final StructType CHANGE = struct(
            f("direction", STRING), f("role", STRING), f("cue", STRING), f("partner", INT));
    private static final StructType PER = struct(
            f("unit", STRING), f("amount", NUMBER), f("text", STRING), f("si", NUMBER), f("siUnit", STRING));
    private static final StructType CONCEPT = struct(
            f("text", STRING), f("start", INT), f("end", INT), f("words", STRINGS));
    private static final StructType PAIRED = struct(
            f("start", INT), f("end", INT), f("text", STRING), f("value", NUMBER), f("unit", STRING),
            f("original", ORIGINAL));

    /**
     * One mention, time or figure: the fields of both kinds, null where a kind has none. The
     * order is the JSON record's (common fields, time fields, figure fields, warnings).
     */
    public static final StructType MENTION = struct(
            // both kinds
            f("kind", STRING), f("start", INT), f("end", INT), f("text", STRING),
            // time
            f("type", STRING), f("value", STRING), f("mod", STRING), f("timex", SPAN), f("signal", STRING),
            f("granularity", STRING), f("interval", INTERVAL), f("known", STRINGS), f("implied", STRINGS),
            f("quant", STRING), f("freq", STRING), f("pointsTo", STRING), f("range", RANGE), f("reading", READING),
            // figure
            f("dimension", STRING), f("min", NUMBER), f("max", NUMBER), f("minInclusive", BOOL),
            f("maxInclusive", BOOL), f("approximate", BOOL), f("unit", STRING), f("counted", STRING),
            f("original", ORIGINAL), f("qualifier", STRING), f("vague", STRING), f("paired", PAIRED),
            f("consistent", BOOL), f("change", CHANGE), f("per", PER), f("concept", CONCEPT), f("event", STRING), f("scope", STRING),
            // both kinds
            f("warnings", STRINGS));

    /** What {@code dateline(text, published)} returns. */
    public static final StructType RESULT = struct(
            f("anchor", ANCHOR), f("mentions", DataTypes.createArrayType(MENTION, false)), f("warnings", STRINGS),
            f("error", STRING),
            // the language the text was read as, how that was decided, and the detector's confidence
            f("lang", STRING), f("langSource", STRING), f("langConfidence", DataTypes.DoubleType));

    /** The columns {@link DatelineSpark#annotate} adds, in order. */
    public static final List<String> ADDED = List.of(RESULT.fieldNames());

    private ResultSchema() {
    }

    private static StructField f(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
