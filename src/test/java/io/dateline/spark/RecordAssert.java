package io.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Asserts that a Spark row says what the CLI's JSON record says, field by field. */
final class RecordAssert {

    private RecordAssert() {
    }

    /** Every field of {@code type}: equal to the record's, null where the record has none. */
    static void sameAs(JsonNode expected, Row actual, StructType type, String where) {
        if (expected == null || expected.isNull()) {
            assertNull(actual, where);
            return;
        }
        assertNotNull(actual, where);
        for (StructField f : type.fields()) {
            int i = actual.fieldIndex(f.name());
            value(expected.get(f.name()), actual.isNullAt(i) ? null : actual.get(i), f.dataType(), where + "." + f.name());
        }
    }

    private static void value(JsonNode e, Object a, DataType type, String where) {
        if (e == null || e.isNull()) {
            assertNull(a, where);
            return;
        }
        assertNotNull(a, where + " (the record has " + e + ")");
        if (type instanceof StructType s) {
            sameAs(e, (Row) a, s, where);
        } else if (type instanceof ArrayType t) {
            List<?> xs = scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) a);
            assertEquals(e.size(), xs.size(), where + " size");
            for (int i = 0; i < xs.size(); i++) {
                value(e.get(i), xs.get(i), t.elementType(), where + "[" + i + "]");
            }
        } else if (type instanceof DecimalType) {
            assertEquals(0, e.decimalValue().compareTo((BigDecimal) a), where + ": " + e + " vs " + a);
        } else if (e.isNumber() && a instanceof String s) {
            // a figure's value: the same number, written out in full
            assertEquals(0, e.decimalValue().compareTo(new BigDecimal(s)), where);
            assertTrue(!s.contains("E"), where + " written plainly: " + s);
        } else if (e.isNumber()) {
            assertEquals(e.intValue(), ((Number) a).intValue(), where);
        } else if (e.isBoolean()) {
            assertEquals(e.booleanValue(), a, where);
        } else {
            assertEquals(e.asText(), a, where);
        }
    }

    /** The field names of every object in the record, nested ones as {@code a.b}, that {@code type} lacks. */
    static void missingFields(JsonNode record, StructType type, String prefix, java.util.Set<String> out) {
        record.fieldNames().forEachRemaining(name -> {
            String path = prefix + name;
            if (!List.of(type.fieldNames()).contains(name)) {
                out.add(path);
                return;
            }
            DataType t = type.apply(name).dataType();
            JsonNode v = record.get(name);
            if (t instanceof ArrayType at) {
                t = at.elementType();
                if (t instanceof StructType st) {
                    v.forEach(x -> missingFields(x, st, path + ".", out));
                }
            } else if (t instanceof StructType st && v.isObject()) {
                missingFields(v, st, path + ".", out);
            }
        });
    }
}
