package io.dateline.spark;

import io.dateline.input.InputReader;
import io.dateline.resolve.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * How {@link DatelineSpark} reads a DataFrame and builds its engine. Immutable; {@code with…}
 * methods return new options.
 *
 * <p>Columns: the text ({@code text} by default), or an HTML page instead of a text; the
 * publication date ({@code published} by default, used when the DataFrame has it, as the
 * document's metadata: the CLI's JSON Lines {@code published}); an id for messages (none by
 * default). Engine: the policy, the kinds kept, and grammar folders of the user's own rules
 * (local or any Hadoop file system the driver reaches; read on the driver and shipped to the
 * executors with the function, so nothing has to be installed on them).
 */
public final class DatelineOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String textColumn;
    private final String htmlColumn;
    private final String publishedColumn;
    private final String idColumn;
    private final String policy;
    private final String only;
    private final List<String> grammars;
    private final long maxDocumentBytes;

    private DatelineOptions(String textColumn, String htmlColumn, String publishedColumn, String idColumn,
                            String policy, String only, List<String> grammars) {
        this(textColumn, htmlColumn, publishedColumn, idColumn, policy, only, grammars,
                InputReader.SHARED_MAX_DOCUMENT_BYTES);
    }

    private DatelineOptions(String textColumn, String htmlColumn, String publishedColumn, String idColumn,
                            String policy, String only, List<String> grammars, long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.textColumn = textColumn;
        this.htmlColumn = htmlColumn;
        this.publishedColumn = publishedColumn;
        this.idColumn = idColumn;
        this.policy = policy;
        this.only = only;
        this.grammars = List.copyOf(grammars);
    }

    /** Column {@code text}, {@code published} when present, no id, the news policy, built-in grammar. */
    public static DatelineOptions defaults() {
        return new DatelineOptions("text", null, "published", null, "news", null, List.of());
    }

    public DatelineOptions textColumn(String c) {
        return new DatelineOptions(c, null, publishedColumn, idColumn, policy, only, grammars, maxDocumentBytes);
    }

    /** Reads HTML pages from this column instead of texts. */
    public DatelineOptions htmlColumn(String c) {
        return new DatelineOptions(textColumn, c, publishedColumn, idColumn, policy, only, grammars, maxDocumentBytes);
    }

    /** The publication date's column, or null for none. */
    public DatelineOptions publishedColumn(String c) {
        return new DatelineOptions(textColumn, htmlColumn, c, idColumn, policy, only, grammars, maxDocumentBytes);
    }

    /** A column naming each document in its messages, or null. */
    public DatelineOptions idColumn(String c) {
        return new DatelineOptions(textColumn, htmlColumn, publishedColumn, c, policy, only, grammars, maxDocumentBytes);
    }

    /** news (default), nearest or future. */
    public DatelineOptions policy(String p) {
        Policy.parse(p);
        return new DatelineOptions(textColumn, htmlColumn, publishedColumn, idColumn, p, only, grammars, maxDocumentBytes);
    }

    /** Keeps only "time" or "quantity" mentions; null keeps both. */
    public DatelineOptions only(String kind) {
        if (kind != null && !kind.equals("time") && !kind.equals("quantity")) {
            throw new IllegalArgumentException("only must be time or quantity, not '" + kind + "'");
        }
        return new DatelineOptions(textColumn, htmlColumn, publishedColumn, idColumn, policy, kind, grammars, maxDocumentBytes);
    }

    /** Adds a folder of the user's own {@code .rules} files, loaded after the built-in ones. */
    public DatelineOptions grammar(String folder) {
        List<String> more = new ArrayList<>(grammars);
        more.add(folder);
        return new DatelineOptions(textColumn, htmlColumn, publishedColumn, idColumn, policy, only, more, maxDocumentBytes);
    }

    /**
     * The largest document, in bytes (a text or HTML value in UTF-8, a JSON Lines line, a text
     * file); a larger one gets an error row and the others go on. Default 10 MiB, since a
     * document holds an executor's worker shared with others.
     */
    public DatelineOptions maxDocumentBytes(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("--max-document-bytes must be at least 1, not " + n);
        }
        return new DatelineOptions(textColumn, htmlColumn, publishedColumn, idColumn, policy, only, grammars, n);
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    public String textColumn() {
        return textColumn;
    }

    public String htmlColumn() {
        return htmlColumn;
    }

    public String publishedColumn() {
        return publishedColumn;
    }

    public String idColumn() {
        return idColumn;
    }

    /** The engine's description, its grammar folders read here (on the driver). */
    EngineSpec spec(Configuration hadoop) {
        List<EngineSpec.GrammarFolder> folders = new ArrayList<>();
        for (String g : grammars) {
            folders.add(new EngineSpec.GrammarFolder(g, readRules(g, hadoop)));
        }
        return new EngineSpec(policy, only, folders, maxDocumentBytes);
    }

    /** Every {@code .rules} file under a folder, by its path under the folder. */
    private static Map<String, String> readRules(String folder, Configuration hadoop) {
        try {
            Path root = new Path(folder);
            FileSystem fs = root.getFileSystem(hadoop);
            if (!fs.getFileStatus(root).isDirectory()) {
                throw new IllegalArgumentException("not a grammar folder: " + folder);
            }
            String prefix = fs.makeQualified(root).toUri().getPath();
            prefix = prefix.endsWith("/") ? prefix : prefix + "/";
            Map<String, String> files = new TreeMap<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                Path p = it.next().getPath();
                String rel = p.toUri().getPath().substring(prefix.length());
                if (rel.endsWith(".rules")) {
                    try (InputStream in = fs.open(p)) {
                        files.put(rel, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return files;
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("no such grammar folder: " + folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read grammar folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
