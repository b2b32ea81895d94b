package io.dateline.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns a path (a file, or a folder walked recursively) or standard input ({@code -}) into an
 * ordered, lazily produced stream of {@link InputItem}s. One bad input yields an
 * {@link InputError} and never stops the others; this class does not throw for bad content.
 *
 * <h2>Formats</h2>
 * Chosen by, in order: the explicit {@link #withFormat(InputFormat) override}; the file
 * extension ({@code .txt .text .md} text, {@code .html .htm} html, {@code .jsonl .ndjson}
 * jsonl, {@code .tml} timeml); sniffing the content ({@link InputFormat#sniff}) for standard
 * input and unknown extensions.
 *
 * <h2>Text and offsets</h2>
 * Input must be UTF-8 (decoded strictly; an error names the byte offset), with one exception: an
 * HTML or TimeML file that is not valid UTF-8 but declares its charset in its first bytes (XML
 * declaration, {@code <meta charset>}, {@code <meta http-equiv="Content-Type">}) is decoded with
 * that charset, and the document carries a warning naming it ({@link SourceDocument#warnings()}).
 * A leading byte-order mark is removed and nothing else: CRLF line ends stay as they are, so code-point offsets
 * refer to the text the user has (minus the BOM). JSON Lines text is the decoded JSON string;
 * HTML and TimeML text is extracted (see {@link SourceDocument#offsetsNote()}).
 *
 * <h2>Folders</h2>
 * Files are visited in order of their path relative to the folder (code-point order), hidden
 * files and folders (name starting with {@code .}) skipped. Without a glob only files with a
 * known extension are read; with a glob (matched against the relative path with {@code /}
 * separators, e.g. {@code **}{@code /*.txt}) every matching file is read, sniffing unknown
 * extensions. A glob starting with {@code **}{@code /} also matches files directly in the
 * folder. A glob is ignored when the path names a file. A folder with nothing to read, and the
 * files a walk without a glob leaves out for want of a known extension, are told to the
 * {@link #withNotices notice sink} (they are not errors of any document).
 *
 * <h2>Sources</h2>
 * An item's source (a document's id, the error of a file) is one style for good and bad items
 * alike: the path as given for a file argument, the folder as given, {@code /} and the path
 * under it for a file found in a folder ({@code news/2024/a.txt}), so two folders that both
 * hold {@code a.txt} give distinct sources; {@code source:line} for a JSON Lines record without
 * an id, {@code -} for standard input. {@link #withPathsAsGiven withPathsAsGiven(false)} names
 * files relative to their argument instead (the file name, the path under the folder).
 *
 * <h2>Size</h2>
 * By default a document may be of any size up to Java's limit of one array, 2 GiB (a long one is
 * analysed in windows). {@link #withMaxDocumentBytes} sets a limit for one document (a text, HTML
 * or TimeML file, or one JSON Lines line). A larger one is an error item,
 * read no further (a JSON Lines file goes on with its next line), so memory stays bounded
 * whatever the input: JSON Lines, from a file or standard input, are read one line at a time.
 *
 * <h2>Laziness and resources</h2>
 * Nothing is opened before the first item is asked for; each file is read when the previous
 * one is exhausted, and JSON Lines files line by line. A JSON Lines file stays open while its
 * lines are being consumed: close the stream (try-with-resources) when stopping early.
 *
 * <p>Immutable; {@code with…} methods return new readers.
 */
public final class InputReader {

    static final String JSONL_NOTE = "offsets refer to the JSON-decoded \"text\" value";

    /**
     * No limit on the size of one document: the command line's default, since a long document
     * is analysed in windows ({@link io.dateline.MentionWindows}) and its mentions are written
     * as they are found. Only Java's own limit on one array (2 GiB) remains.
     */
    public static final long NO_LIMIT = Long.MAX_VALUE;

    /** The largest document read by default: {@link #NO_LIMIT}. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = NO_LIMIT;

    /**
     * The default limit where one document holds a worker shared with others (the service, one
     * line of {@code /v1/batch}, a Spark row): 10 MiB.
     */
    public static final long SHARED_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    /** The largest array Java makes: a document must fit in one. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final InputFormat format;
    private final String glob;
    private final FolderWalk walker;
    private final Supplier<InputStream> stdin;
    private final long maxBytes;
    private final Consumer<String> notices;
    private final boolean pathsAsGiven;

    /** A reader with format detection, no glob, and {@code System.in} as standard input. */
    public InputReader() {
        this(null, null, () -> System.in, DEFAULT_MAX_DOCUMENT_BYTES, n -> { });
    }

    private InputReader(InputFormat format, String glob, Supplier<InputStream> stdin, long maxBytes,
                        Consumer<String> notices) {
        this(format, glob, stdin, maxBytes, notices, true);
    }

    private InputReader(InputFormat format, String glob, Supplier<InputStream> stdin, long maxBytes,
                        Consumer<String> notices, boolean pathsAsGiven) {
        this.pathsAsGiven = pathsAsGiven;
        this.format = format;
        this.glob = glob;
        this.walker = new FolderWalk(glob);
        this.stdin = stdin;
        this.maxBytes = maxBytes;
        this.notices = notices;
    }

    /** Reads every input in this format, whatever its extension or content (null: detect). */
    public InputReader withFormat(InputFormat override) {
        return new InputReader(override, glob, stdin, maxBytes, notices, pathsAsGiven);
    }

    /**
     * Only files matching this glob when walking a folder (null or blank: known extensions).
     *
     * @throws IllegalArgumentException when it is not a valid glob (the message is one line)
     */
    public InputReader withGlob(String pattern) {
        return new InputReader(format, pattern == null || pattern.isBlank() ? null : pattern, stdin, maxBytes, notices,
                pathsAsGiven);
    }

    /** The stream read for {@code -}. */
    public InputReader withStdin(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new InputReader(format, glob, () -> in, maxBytes, notices, pathsAsGiven);
    }

    /** The largest document (file, or JSON Lines line) read, in bytes; larger ones are error items. */
    public InputReader withMaxDocumentBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the document size limit must be at least 1 byte, not " + bytes);
        }
        return new InputReader(format, glob, stdin, bytes, notices, pathsAsGiven);
    }

    /**
     * Sources as the paths were given (the default: a file argument as typed, {@code folder/relative}
     * for a file found in a folder), or, with false, relative to each argument (its file name, the
     * path under the folder), which is ambiguous when two arguments hold the same relative path.
     */
    public InputReader withPathsAsGiven(boolean asGiven) {
        return new InputReader(format, glob, stdin, maxBytes, notices, asGiven);
    }

    /** Where to tell what is worth a warning but concerns no document (an empty folder, skipped files). */
    public InputReader withNotices(Consumer<String> sink) {
        return new InputReader(format, glob, stdin, maxBytes, Objects.requireNonNull(sink, "sink"), pathsAsGiven);
    }

    /** Items for a path argument, or standard input when {@code arg} is {@code -}. */
    public Stream<InputItem> read(String arg) {
        Objects.requireNonNull(arg, "arg");
        if (arg.equals("-")) {
            return readStdin();
        }
        Path path;
        try {
            path = Path.of(arg);
        } catch (java.nio.file.InvalidPathException e) {
            return Stream.of(new InputError(arg, null, "not a valid path: " + e.getReason()));
        }
        return read(path);
    }

    /** Same as {@link #read(String)}, as an iterator. */
    public Iterator<InputItem> iterator(String arg) {
        return read(arg).iterator();
    }

    /** Items for a file or a folder (walked recursively). */
    public Stream<InputItem> read(Path path) {
        Objects.requireNonNull(path, "path");
        String shown = path.toString();
        return stream(new ItemChain(() -> {
            if (!Files.exists(path)) {
                return List.of(() -> one(new InputError(shown, null, "no such file: " + shown)));
            }
            if (Files.isDirectory(path)) {
                return walk(path, shown);
            }
            String id = pathsAsGiven || path.getFileName() == null ? shown : path.getFileName().toString();
            return List.of(() -> named(fileItems(path, shown, id), id));
        }));
    }

    /** Items read from standard input, with id {@code -}; JSON Lines are read line by line. */
    public Stream<InputItem> readStdin() {
        return stream(new ItemChain(() -> List.of(() -> {
            InputStream in = stdin.get();
            byte[] head;
            try {
                head = in.readNBytes(4096);
            } catch (IOException e) {
                return one(new InputError("-", null, "cannot read standard input: " + e.getMessage()));
            }
            if (head.length == 0) {
                return one(new InputError("-", null, "empty input"));
            }
            InputFormat fmt = format != null ? format : InputFormat.sniff(new String(head, StandardCharsets.UTF_8));
            if (fmt == InputFormat.JSONL) {
                return new JsonLinesReader(() -> new SequenceInputStream(new ByteArrayInputStream(head), in), "-", "-", maxBytes);
            }
            byte[] bytes;
            try {
                long room = (maxBytes >= LARGEST_ARRAY ? LARGEST_ARRAY : maxBytes + 1) - head.length;
                byte[] more = in.readNBytes((int) Math.max(0, room));
                bytes = new byte[head.length + more.length];
                System.arraycopy(head, 0, bytes, 0, head.length);
                System.arraycopy(more, 0, bytes, head.length, more.length);
                if (bytes.length > maxBytes || bytes.length >= LARGEST_ARRAY && in.read() != -1) {
                    return one(tooLarge("-", "more than " + Math.min(maxBytes, LARGEST_ARRAY)));
                }
            } catch (IOException e) {
                return one(new InputError("-", null, "cannot read standard input: " + e.getMessage()));
            }
            return fromBytes(bytes, "-", "-", fmt);
        })));
    }

    /**
     * One document of a known format (text, HTML or TimeML) from its bytes, read exactly as a
     * file of that content named {@code id} is: the service's {@code {"text"}} and
     * {@code {"html"}} bodies.
     */
    public static InputItem document(byte[] bytes, String id, InputFormat format) {
        Objects.requireNonNull(bytes, "bytes");
        if (format == InputFormat.JSONL) {
            throw new IllegalArgumentException("JSON Lines hold many documents: use jsonLines");
        }
        if (bytes.length == 0) {
            return new InputError(id, null, "empty file");
        }
        return DocumentDecoder.single(bytes, id, id, format);
    }

    /**
     * JSON Lines read lazily from a stream, one line at a time, as a {@code .jsonl} file named
     * {@code source} is (the service's {@code /v1/batch}); a line over {@code maxLineBytes} is
     * an error item and the next lines still come. The stream is closed at its end.
     */
    public static Stream<InputItem> jsonLines(InputStream in, String source, long maxLineBytes) {
        Objects.requireNonNull(in, "in");
        return stream(new ItemChain(() -> List.of(() -> new JsonLinesReader(() -> in, source, source, maxLineBytes))));
    }

    private static Stream<InputItem> stream(ItemChain chain) {
        return chain.stream();
    }

    private static Iterator<InputItem> one(InputItem item) {
        return ItemChain.one(item);
    }

    // ---------------------------------------------------------------- folders

    private List<Supplier<Iterator<InputItem>>> walk(Path root, String shown) {
        FolderWalk.Listing listing;
        try {
            listing = walker.list(root);
        } catch (IOException e) {
            return List.of(() -> one(new InputError(shown, null, "cannot list folder: " + e.getMessage())));
        }
        if (listing.skipped() > 0) {
            notices.accept(shown + ": skipped " + listing.skipped() + (listing.skipped() == 1 ? " file" : " files")
                    + " without a known extension (first: " + listing.firstSkipped()
                    + "); --glob reads them, e.g. --glob '**/*'");
        }
        if (listing.files().isEmpty()) {
            notices.accept(shown + ": " + (glob != null ? "no file matches --glob '" + glob + "'"
                    : "no file to read (known extensions: " + InputFormat.KNOWN_EXTENSIONS + ")"));
        }
        List<Supplier<Iterator<InputItem>>> parts = new ArrayList<>();
        for (Path p : listing.files()) {
            String rel = FolderWalk.slashed(root.relativize(p));
            String id = pathsAsGiven ? under(shown, rel) : rel;
            String where = under(shown, rel);
            parts.add(() -> named(fileItems(p, where, id), id));
        }
        return parts;
    }

    /** The items of one file with their errors named as its documents are (the path kept for messages). */
    private static Iterator<InputItem> named(Iterator<InputItem> items, String id) {
        return new ItemChain(() -> List.of(() -> items)) {
            @Override
            public InputItem next() {
                InputItem i = super.next();
                return i instanceof InputError e && !e.source().equals(id) && !e.source().equals("-") ? e.named(id) : i;
            }
        };
    }

    /** {@code folder/relative}: the folder as given, then the path under it with / separators. */
    private static String under(String folder, String relative) {
        if (folder.equals(".")) {
            return relative;
        }
        return folder.endsWith("/") || folder.endsWith(java.io.File.separator) ? folder + relative : folder + "/" + relative;
    }

    private InputError tooLarge(String source, String size) {
        if (maxBytes >= LARGEST_ARRAY) {
            return new InputError(source, null, "too large: " + size + " bytes; one document can be at most "
                    + LARGEST_ARRAY + " bytes (split it into several files)");
        }
        return new InputError(source, null, "too large: " + size + " bytes; the limit for one document is "
                + maxBytes + " bytes (--max-document-bytes)");
    }

    // ---------------------------------------------------------------- one file

    private Iterator<InputItem> fileItems(Path file, String source, String id) {
        Optional<InputFormat> known = format != null ? Optional.of(format)
                : InputFormat.fromFileName(file.getFileName().toString());
        InputFormat fmt;
        if (known.isPresent()) {
            fmt = known.get();
        } else {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4096);
            } catch (IOException e) {
                return one(DocumentDecoder.ioError(source, e));
            }
            if (head.length == 0) {
                return one(new InputError(source, null, "empty file"));
            }
            fmt = InputFormat.sniff(new String(head, StandardCharsets.UTF_8));
        }
        if (fmt == InputFormat.JSONL) {
            return new JsonLinesReader(() -> new BufferedInputStream(Files.newInputStream(file)), source, id, maxBytes);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes || size > LARGEST_ARRAY) {
                return one(tooLarge(source, String.valueOf(size)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return one(DocumentDecoder.ioError(source, e));
        }
        return fromBytes(bytes, source, id, fmt);
    }

    private Iterator<InputItem> fromBytes(byte[] bytes, String source, String id, InputFormat known) {
        if (bytes.length == 0) {
            return one(new InputError(source, null, "empty file"));
        }
        InputFormat fmt = format != null ? format : known;
        if (fmt == null) {
            int n = Math.min(bytes.length, 4096);
            fmt = InputFormat.sniff(new String(bytes, 0, n, StandardCharsets.UTF_8));
        }
        if (fmt == InputFormat.JSONL) {
            return new JsonLinesReader(() -> new ByteArrayInputStream(bytes), source, id, maxBytes);
        }
        return one(DocumentDecoder.single(bytes, source, id, fmt));
    }
}
