package io.dateline.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

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
        return stream(new Chain(() -> {
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
        return stream(new Chain(() -> List.of(() -> {
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
        return single(bytes, id, id, format);
    }

    /**
     * JSON Lines read lazily from a stream, one line at a time, as a {@code .jsonl} file named
     * {@code source} is (the service's {@code /v1/batch}). The stream is closed at its end.
     */
    public static Stream<InputItem> jsonLines(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        return stream(new Chain(() -> List.of(() -> new JsonLines(() -> in, source, source))));
    }

    private static Stream<InputItem> stream(Chain chain) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chain,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(chain::close);
    }

    private static Iterator<InputItem> one(InputItem item) {
        return List.of(item).iterator();
    }

    /**
     * Concatenates the items of several inputs, opening each input only when the previous one
     * is exhausted (a stream's flatMap would read ahead when iterated).
     */
    private static final class Chain implements Iterator<InputItem>, Closeable {
        private final Supplier<List<Supplier<Iterator<InputItem>>>> plan;
        private Iterator<Supplier<Iterator<InputItem>>> parts;
        private Iterator<InputItem> current = java.util.Collections.emptyIterator();

        Chain(Supplier<List<Supplier<Iterator<InputItem>>>> plan) {
            this.plan = plan;
        }

        @Override
        public boolean hasNext() {
            if (parts == null) {
                parts = plan.get().iterator();
            }
            while (!current.hasNext()) {
                closeCurrent();
                if (!parts.hasNext()) {
                    return false;
                }
                current = parts.next().get();
            }
            return true;
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public void close() {
            closeCurrent();
            parts = java.util.Collections.emptyIterator();
        }

        private void closeCurrent() {
            if (current instanceof Closeable) {
                try {
                    ((Closeable) current).close();
                } catch (IOException ignored) {
                    // closing a file we only read
                }
            }
            current = java.util.Collections.emptyIterator();
        }
    }

    // ---------------------------------------------------------------- folders

    private List<Supplier<Iterator<InputItem>>> walk(Path root) {
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(Files::isRegularFile)
                    .filter(p -> !hidden(root.relativize(p)))
                    .filter(p -> accepts(root.relativize(p)))
                    .sorted(Comparator.comparing(p -> slashed(root.relativize(p))))
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            return List.of(() -> one(new InputError(root.toString(), null, "cannot list folder: " + e.getMessage())));
        }
        List<Supplier<Iterator<InputItem>>> parts = new ArrayList<>();
        for (Path p : files) {
            parts.add(() -> fileItems(p, p.toString(), slashed(root.relativize(p))));
        }
        return parts;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String slashed(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    private boolean accepts(Path relative) {
        if (glob == null) {
            return InputFormat.fromFileName(relative.getFileName().toString()).isPresent();
        }
        Path unixLike = Path.of(slashed(relative));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        if (m.matches(unixLike)) {
            return true;
        }
        if (glob.startsWith("**/")) {
            PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
            return relative.getNameCount() == 1 && top.matches(unixLike);
        }
        return false;
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
                return one(ioError(source, e));
            }
            if (head.length == 0) {
                return one(new InputError(source, null, "empty file"));
            }
            fmt = InputFormat.sniff(new String(head, StandardCharsets.UTF_8));
        }
        if (fmt == InputFormat.JSONL) {
            JsonLines lines = new JsonLines(() -> new BufferedInputStream(Files.newInputStream(file)), source, id);
            return lines;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return one(ioError(source, e));
        }
        return fromBytes(bytes, source, id, fmt);
    }

    private static InputError ioError(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputError(source, null, "no such file: " + source);
        }
        return new InputError(source, null, "cannot read: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()));
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
            return new JsonLines(() -> new ByteArrayInputStream(bytes), source, id);
        }
        return one(single(bytes, source, id, fmt));
    }

    private static InputItem single(byte[] bytes, String source, String id, InputFormat fmt) {
        int nul = Utf8.firstNul(bytes, 0, bytes.length);
        if (nul >= 0) {
            return new InputError(source, null, "binary file: NUL byte at byte " + nul);
        }
        int from = Utf8.startsWithBom(bytes, 0, bytes.length) ? 3 : 0;
        Utf8.Decoded d = Utf8.decode(bytes, from, bytes.length, 0);
        List<String> warnings = List.of();
        String text;
        if (d.ok()) {
            text = d.text();
        } else if (from == 0 && (fmt == InputFormat.HTML || fmt == InputFormat.TIMEML)) {
            // Markup may say what it is written in; plain text and JSON Lines cannot.
            DeclaredCharset.Declaration decl = DeclaredCharset.find(bytes, 0, bytes.length);
            if (decl == null) {
                return new InputError(source, null, d.error() + "; no charset declared in the first "
                        + DeclaredCharset.PRESCAN_BYTES + " bytes");
            }
            if (decl.charset() == null) {
                return new InputError(source, null, d.error() + "; the charset declared in " + decl.where()
                        + ", " + decl.describe() + ", is not one Java knows");
            }
            text = decl.charset().equals(StandardCharsets.UTF_8) ? null
                    : DeclaredCharset.decode(bytes, 0, bytes.length, decl.charset());
            if (text == null) {
                return new InputError(source, null, d.error() + "; not valid " + decl.describe()
                        + " either (declared in " + decl.where() + ")");
            }
            warnings = List.of("not UTF-8: decoded as " + decl.describe() + ", the charset declared in "
                    + decl.where());
        } else {
            return new InputError(source, null, d.error());
        }
        if (text.isBlank()) {
            return new InputError(source, null, "empty file" + (text.isEmpty() ? "" : " (only white space)"));
        }
        switch (fmt) {
            case HTML: {
                HtmlExtractor.Extracted x = HtmlExtractor.extract(text);
                if (x.text().isBlank()) {
                    return new InputError(source, null, "no article text found in HTML");
                }
                return new SourceDocument(id, x.text(), InputFormat.HTML, x.published(), x.publishedSource(),
                        x.url(), null, HtmlExtractor.OFFSETS_NOTE, warnings);
            }
            case TIMEML: {
                TimeMlExtractor.Extracted x = TimeMlExtractor.extract(text);
                if (x.error() != null) {
                    return new InputError(source, null, x.error());
                }
                return new SourceDocument(id, x.text(), InputFormat.TIMEML, x.dct(),
                        x.dct() == null ? null : "timeml:dct", null, null, TimeMlExtractor.OFFSETS_NOTE, warnings);
            }
            default:
                return new SourceDocument(id, text, InputFormat.TEXT, null, null, null, null, null);
        }
    }

    // ---------------------------------------------------------------- JSON Lines

    /** An input stream factory that may fail. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Reads JSON Lines lazily, one document per non-blank line. Each line is decoded on its
     * own, so a bad line yields an error with its number and the next lines still come out.
     */
    private static final class JsonLines implements Iterator<InputItem>, Closeable {
        private final Opener opener;
        private final String source;
        private final String idBase;
        private InputStream in;
        private boolean done;
        private boolean sawContent;
        private int lineNo;
        private long offset;
        private InputItem next;

        JsonLines(Opener opener, String source, String idBase) {
            this.opener = opener;
            this.source = source;
            this.idBase = idBase;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InputItem item = next;
            next = null;
            return item;
        }

        @Override
        public void close() {
            done = true;
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing useful to report after the last item
                }
                in = null;
            }
        }

        private InputItem advance() {
            try {
                if (in == null) {
                    in = opener.open();
                }
                while (true) {
                    long lineStart = offset;
                    byte[] raw = readLine();
                    if (raw == null) {
                        close();
                        return sawContent ? null : new InputError(source, null, "empty file");
                    }
                    lineNo++;
                    InputItem item = parseLine(raw, lineStart);
                    if (item != null) {
                        return item;
                    }
                }
            } catch (IOException e) {
                close();
                return ioError(source, e);
            }
        }

        /** The bytes of the next line without its '\n', or null at the end. */
        private byte[] readLine() throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
            int b;
            boolean any = false;
            while ((b = in.read()) != -1) {
                any = true;
                offset++;
                if (b == '\n') {
                    return buf.toByteArray();
                }
                buf.write(b);
            }
            return any ? buf.toByteArray() : null;
        }

        private InputItem parseLine(byte[] raw, long lineStart) {
            int from = 0;
            int to = raw.length;
            if (to > 0 && raw[to - 1] == '\r') {
                to--;
            }
            if (lineNo == 1 && Utf8.startsWithBom(raw, 0, to)) {
                from = 3;
            }
            boolean blank = true;
            for (int i = from; i < to; i++) {
                byte c = raw[i];
                if (c != ' ' && c != '\t') {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                return null;
            }
            sawContent = true;
            int nul = Utf8.firstNul(raw, from, to);
            if (nul >= 0) {
                return new InputError(source, lineNo, "binary content: NUL byte at byte " + (lineStart + nul));
            }
            Utf8.Decoded d = Utf8.decode(raw, from, to, lineStart);
            if (!d.ok()) {
                return new InputError(source, lineNo, d.error());
            }
            JsonNode node;
            try {
                node = JSON.readTree(d.text());
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
                return new InputError(source, lineNo, "malformed JSON" + where + ": " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                return new InputError(source, lineNo, "expected a JSON object, found "
                        + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) {
                return new InputError(source, lineNo, "missing string field \"text\"");
            }
            if (text.asText().isBlank()) {
                return new InputError(source, lineNo, "empty \"text\"");
            }
            JsonNode idNode = node.get("id");
            String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()
                    ? idNode.asText() : idBase + ":" + lineNo;
            String published = scalar(node.get("published"));
            String url = scalar(node.get("url"));
            return new SourceDocument(id, text.asText(), InputFormat.JSONL, published,
                    published == null ? null : "jsonl:published", url, lineNo, JSONL_NOTE);
        }

        private static String scalar(JsonNode n) {
            if (n == null || n.isNull() || n.isContainerNode()) {
                return null;
            }
            String s = n.asText();
            return s.isBlank() ? null : s.strip();
        }
    }
}
