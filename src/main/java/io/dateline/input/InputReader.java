package io.dateline.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * folder. A glob is ignored when the path names a file.
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

    private final InputFormat format;
    private final String glob;
    private final Supplier<InputStream> stdin;

    /** A reader with format detection, no glob, and {@code System.in} as standard input. */
    public InputReader() {
        this(null, null, () -> System.in);
    }

    private InputReader(InputFormat format, String glob, Supplier<InputStream> stdin) {
        this.format = format;
        this.glob = glob;
        this.stdin = stdin;
    }

    /** Reads every input in this format, whatever its extension or content (null: detect). */
    public InputReader withFormat(InputFormat override) {
        return new InputReader(override, glob, stdin);
    }

    /** Only files matching this glob when walking a folder (null or blank: known extensions). */
    public InputReader withGlob(String pattern) {
        return new InputReader(format, pattern == null || pattern.isBlank() ? null : pattern, stdin);
    }

    /** The stream read for {@code -}. */
    public InputReader withStdin(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new InputReader(format, glob, () -> in);
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
                return walk(path);
            }
            String name = path.getFileName() == null ? shown : path.getFileName().toString();
            return List.of(() -> fileItems(path, shown, name));
        }));
    }

    /** Items read from standard input, with id {@code -}. */
    public Stream<InputItem> readStdin() {
        return stream(new ItemChain(() -> List.of(() -> {
            byte[] bytes;
            try {
                bytes = stdin.get().readAllBytes();
            } catch (IOException e) {
                return one(new InputError("-", null, "cannot read standard input: " + e.getMessage()));
            }
            if (bytes.length == 0) {
                return one(new InputError("-", null, "empty input"));
            }
            return fromBytes(bytes, "-", "-", null);
        })));
    }

    private static Stream<InputItem> stream(ItemChain chain) {
        return chain.stream();
    }

    private static Iterator<InputItem> one(InputItem item) {
        return ItemChain.one(item);
    }

    // ---------------------------------------------------------------- folders

    private List<Supplier<Iterator<InputItem>>> walk(Path root) {
        List<Path> files;
        try {
            files = FolderWalk.files(root, glob);
        } catch (IOException e) {
            return List.of(() -> one(new InputError(root.toString(), null, "cannot list folder: " + e.getMessage())));
        }
        List<Supplier<Iterator<InputItem>>> parts = new ArrayList<>();
        for (Path p : files) {
            parts.add(() -> fileItems(p, p.toString(), FolderWalk.slashed(root.relativize(p))));
        }
        return parts;
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
            JsonLinesReader lines = new JsonLinesReader(() -> new BufferedInputStream(Files.newInputStream(file)), source, id);
            return lines;
        }
        byte[] bytes;
        try {
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
            return new JsonLinesReader(() -> new ByteArrayInputStream(bytes), source, id);
        }
        return one(DocumentDecoder.single(bytes, source, id, fmt));
    }
}
