package io.dateline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.Processed;
import io.dateline.output.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Spark rows of processed items, made from the CLI's JSON record of each. */
final class Results {

    /** The columns of the job's output for JSON Lines and text files, before the result's. */
    static final StructType JOB = DataTypes.createStructType(concat(new StructField[] {
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("line", DataTypes.IntegerType, true),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("format", DataTypes.StringType, true),
    }, ResultSchema.RESULT.fields()));

    private Results() {
    }

    /** {@code anchor, mentions, warnings, error} of one item (a row of {@link ResultSchema#RESULT}). */
    static Row result(Processed p) {
        Engines.counted();
        if (p.failed()) {
            return RowFactory.create(null, JsonRows.seq(List.of()), JsonRows.seq(List.of()), p.error().message(), null, null, null);
        }
        ObjectNode doc = JsonOutput.document(p.result(), false);
        List<Row> mentions = new ArrayList<>();
        for (JsonNode m : doc.get("mentions")) {
            mentions.add(JsonRows.row(m, ResultSchema.MENTION));
        }
        List<String> warnings = new ArrayList<>();
        doc.get("warnings").forEach(w -> warnings.add(w.asText()));
        var lang = p.result().language();
        return RowFactory.create(JsonRows.row(doc.get("anchor"), ResultSchema.ANCHOR), JsonRows.seq(mentions),
                JsonRows.seq(warnings), null, lang == null ? null : lang.lang(), lang == null ? null : lang.source(),
                lang == null ? null : lang.confidence());
    }

    /** A row of {@link #JOB}: where the item came from, then its result. */
    static Row job(Processed p) {
        Row r = result(p);
        Object[] values = new Object[JOB.size()];
        if (p.failed()) {
            values[0] = p.error().source();
            values[2] = p.error().line();
        } else {
            var d = p.document();
            values[0] = p.result().source();
            values[1] = d.id();
            values[2] = d.line();
            values[3] = d.url();
            values[4] = d.format().id();
        }
        for (int i = 0; i < r.size(); i++) {
            values[5 + i] = r.get(i);
        }
        return RowFactory.create(values);
    }

    private static StructField[] concat(StructField[] a, StructField[] b) {
        StructField[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
