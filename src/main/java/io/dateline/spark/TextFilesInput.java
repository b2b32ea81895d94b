package io.dateline.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Plain text files (a file, or a folder of them) as rows of {@link Results#JOB}: one document
 * per file, read by the library as the CLI reads a text file (strict UTF-8, a byte-order mark
 * dropped, an empty file an error row).
 */
final class TextFilesInput {

    private TextFilesInput() {
    }

    static JavaRDD<Row> rows(SparkSession spark, String in, EngineSpec spec) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
        Broadcast<JsonLinesInput.Names> names = jsc.broadcast(JsonLinesInput.Names.of(in, conf));
        return jsc.binaryFiles(in).map(f -> {
            String file = names.value().source(f._1());
            String idBase = names.value().idBase(f._1());
            // a file that cannot be read at all fails the task, which Spark retries
            byte[] bytes = f._2().toArray();
            return Results.job(Engines.processor(spec).process(Documents.textFile(bytes, file, idBase, spec.maxDocumentBytes())));
        });
    }
}
