package io.dateline.spark;

import io.dateline.Processed;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;

/**
 * The Spark function: {@code (text or html, published)} or {@code (id, text or html, published)}
 * to a row of {@link ResultSchema#RESULT}. It carries only the engine's description; the engine
 * is the executor's ({@link Engines}). Never throws: a document that cannot be read or processed
 * is a row with {@code error} set.
 */
final class DatelineUdf implements UDF3<String, String, String, Row> {

    private static final long serialVersionUID = 1L;

    private final EngineSpec spec;
    private final boolean html;

    DatelineUdf(EngineSpec spec, boolean html) {
        this.spec = spec;
        this.html = html;
    }

    @Override
    public Row call(String id, String text, String published) {
        String source = id == null ? "-" : id;
        try {
            InputItem item = html ? Documents.html(source, text, published, spec.maxDocumentBytes())
                    : Documents.text(source, text, published, spec.maxDocumentBytes());
            return Results.result(Engines.processor(spec).process(item));
        } catch (RuntimeException e) {
            return Results.result(Processed.failed(new InputError(source, null, "internal error while processing this document (a bug in Dateline: please report it with the document)")));
        }
    }

    /** The two-argument form registered for SQL. */
    UDF2<String, String, Row> withoutId() {
        return new WithoutId(this);
    }

    private record WithoutId(DatelineUdf udf) implements UDF2<String, String, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Row call(String text, String published) {
            return udf.call(null, text, published);
        }
    }
}
