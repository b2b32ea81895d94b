package io.dateline.spark;

import io.dateline.Processed;
import io.dateline.input.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * JSON Lines files (a file or a folder of them, split across tasks as Hadoop splits text) as
 * rows of {@link Results#JOB}: one row per non-blank line, each line read by the library as the
 * CLI reads it, numbered as the CLI numbers it, and named {@code file:line} when it has no id.
 *
 * <p>Line numbers across splits take one cheap pass first, counting the lines of every split;
 * the second pass numbers and processes them. A file with no non-blank line is one error row
 * ({@code empty file}), as in the CLI.
 */
final class JsonLinesInput {

    private JsonLinesInput() {
    }

    /** Lines per split, and how many of them are not blank. */
    private record SplitCount(String file, long start, long lines, long nonBlank) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static JavaRDD<Row> rows(SparkSession spark, String in, EngineSpec spec) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        // only '\n' ends a line, as in the CLI (a CR before it is the reader's to drop)
        conf.set("textinputformat.record.delimiter", "\n");
        conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
        Names names = Names.of(in, conf);
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                jsc.newAPIHadoopFile(in, TextInputFormat.class, LongWritable.class, Text.class, conf);

        List<SplitCount> counts = lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit fs = (FileSplit) split;
            long n = 0;
            long nonBlank = 0;
            while (it.hasNext()) {
                Text t = it.next()._2();
                n++;
                if (!Documents.blank(Arrays.copyOf(t.getBytes(), t.getLength()))) {
                    nonBlank++;
                }
            }
            return List.of(new SplitCount(fs.getPath().toString(), fs.getStart(), n, nonBlank)).iterator();
        }, true).collect();

        Map<String, Long> before = new HashMap<>();
        Map<String, Long> nonBlank = new TreeMap<>();
        Map<String, List<SplitCount>> byFile = new TreeMap<>();
        for (SplitCount c : counts) {
            byFile.computeIfAbsent(c.file(), f -> new ArrayList<>()).add(c);
            nonBlank.merge(c.file(), c.nonBlank(), Long::sum);
        }
        for (List<SplitCount> splits : byFile.values()) {
            splits.sort((a, b) -> Long.compare(a.start(), b.start()));
            long sum = 0;
            for (SplitCount c : splits) {
                before.put(key(c.file(), c.start()), sum);
                sum += c.lines();
            }
        }
        Broadcast<Map<String, Long>> firstLines = jsc.broadcast(before);
        Broadcast<Names> named = jsc.broadcast(names);

        JavaRDD<Row> documents = lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit fs = (FileSplit) split;
            String file = named.value().source(fs.getPath().toString());
            String idBase = named.value().idBase(fs.getPath().toString());
            long first = firstLines.value().get(key(fs.getPath().toString(), fs.getStart()));
            return new Iterator<Row>() {
                private long lineNo = first;
                private Row next;

                @Override
                public boolean hasNext() {
                    while (next == null && it.hasNext()) {
                        Tuple2<LongWritable, Text> t = it.next();
                        lineNo++;
                        byte[] raw = Arrays.copyOf(t._2().getBytes(), t._2().getLength());
                        if (!Documents.blank(raw)) {
                            next = Results.job(Engines.processor(spec).process(
                                    Documents.jsonLine(raw, file, idBase, Math.toIntExact(lineNo), spec.maxDocumentBytes())));
                        }
                    }
                    return next != null;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    Row r = next;
                    next = null;
                    return r;
                }
            };
        }, true);

        List<Row> empty = new ArrayList<>();
        for (Map.Entry<String, Long> f : nonBlank.entrySet()) {
            if (f.getValue() == 0) {
                empty.add(Results.job(Processed.failed(new InputError(names.source(f.getKey()), null, "empty file"))));
            }
        }
        return empty.isEmpty() ? documents : documents.union(jsc.parallelize(empty, 1));
    }

    private static String key(String file, long start) {
        return file + "@" + start;
    }

    /**
     * How files are named in rows, as the CLI names them: the path as given for a file, the
     * path under the folder for a file found in a folder.
     */
    record Names(String given, boolean folder, String prefix) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Names of(String in, Configuration conf) {
            try {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                String q = fs.makeQualified(p).toString();
                boolean folder = fs.getFileStatus(p).isDirectory();
                return new Names(in, folder, q.endsWith("/") ? q : q + "/");
            } catch (java.io.FileNotFoundException e) {
                throw new IllegalArgumentException("no such file or folder: " + in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + in + ": " + e.getMessage(), e);
            }
        }

        /**
         * The name of a file in rows and messages, as the CLI names it: the path as given, or
         * for a file found in a folder the folder as given and the path under it.
         */
        String source(String qualified) {
            if (!folder) {
                return given;
            }
            if (given.equals(".")) {
                return under(qualified);
            }
            return (given.endsWith("/") ? given : given + "/") + under(qualified);
        }

        /** The base of made-up ids ({@code base:line}): the file's name as in {@link #source}. */
        String idBase(String qualified) {
            return source(qualified);
        }

        private String under(String qualified) {
            return qualified.startsWith(prefix) ? qualified.substring(prefix.length()) : qualified;
        }
    }
}
