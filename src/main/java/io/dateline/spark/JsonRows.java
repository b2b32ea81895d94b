package io.dateline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns a JSON record of the CLI into a Spark row of a given schema, field by field and by
 * name, so that the row says exactly what the CLI's record says. A field of the schema that
 * the record lacks is null (a time has no {@code dimension}); a field of the record that the
 * schema lacks is left out.
 *
 * <p>A number too large for {@link ResultSchema#NUMBER} is left null, and the struct's
 * {@code warnings} say so: never a wrong value, never a failed task.
 */
final class JsonRows {

    private JsonRows() {
    }

    /** The row of {@code node} in {@code type}; null for a JSON null or a missing node. */
    static Row row(JsonNode node, StructType type) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> notes = new ArrayList<>();
        return struct(node, type, notes);
    }

    /** Spark's value for a list: a Scala sequence. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> xs) {
        return CollectionConverters.asScala(xs).toList();
    }

    private static Row struct(JsonNode node, StructType type, List<String> notes) {
        StructField[] fields = type.fields();
        Object[] values = new Object[fields.length];
        int warningsAt = -1;
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].name();
            if (name.equals("warnings")) {
                warningsAt = i;
            }
            values[i] = value(node.get(name), fields[i].dataType(), name, notes);
        }
        if (warningsAt >= 0 && !notes.isEmpty()) {
            List<String> all = new ArrayList<>(strings(node.get("warnings")));
            all.addAll(notes);
            notes.clear();
            values[warningsAt] = seq(all);
        }
        return RowFactory.create(values);
    }

    private static Object value(JsonNode n, DataType type, String name, List<String> notes) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (type instanceof StructType s) {
            return struct(n, s, notes);
        }
        if (type instanceof ArrayType a) {
            List<Object> xs = new ArrayList<>();
            for (JsonNode e : n) {
                xs.add(value(e, a.elementType(), name, notes));
            }
            return seq(xs);
        }
        if (type instanceof DecimalType d) {
            return decimal(n.decimalValue(), d, name, notes);
        }
        if (type.equals(DataTypes.StringType)) {
            return n.isNumber() ? plain(n.decimalValue()) : n.asText();
        }
        if (type.equals(DataTypes.IntegerType)) {
            return n.intValue();
        }
        if (type.equals(DataTypes.BooleanType)) {
            return n.booleanValue();
        }
        throw new IllegalArgumentException("no conversion to " + type + " for field " + name);
    }

    /** A decimal as it fits the column, or null with a note when it does not. */
    private static BigDecimal decimal(BigDecimal v, DecimalType d, String name, List<String> notes) {
        BigDecimal scaled = v.setScale(d.scale(), RoundingMode.HALF_UP);
        if (scaled.precision() > d.precision()) {
            notes.add(name + " " + plain(v) + " does not fit DECIMAL(" + d.precision() + "," + d.scale()
                    + "): left null in Spark");
            return null;
        }
        return scaled;
    }

    /** A number written out in full and without trailing zeros, as the CLI's JSON writes it. */
    static String plain(BigDecimal v) {
        BigDecimal t = v.stripTrailingZeros();
        return (t.scale() < 0 ? t.setScale(0) : t).toPlainString();
    }

    private static List<String> strings(JsonNode n) {
        List<String> xs = new ArrayList<>();
        if (n != null) {
            n.forEach(e -> xs.add(e.asText()));
        }
        return xs;
    }
}
