package io.dateline.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads JSON Lines lazily, one document per non-blank line. Each line is decoded on its
 * own, so a bad line yields an error with its number and the next lines still come out.
 */
final class JsonLinesReader implements Iterator<InputItem>, Closeable {

    /** An input stream factory that may fail. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Opener opener;
    private final String source;
    private final String idBase;
    private InputStream in;
    private boolean done;
    private boolean sawContent;
    private int lineNo;
    private long offset;
    private InputItem next;

    private final long maxLineBytes;
    private long longLine;

    JsonLinesReader(Opener opener, String source, String idBase, long maxLineBytes) {
        this.opener = opener;
        this.source = source;
        this.idBase = idBase;
        this.maxLineBytes = maxLineBytes;
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
                if (longLine > 0) {
                    sawContent = true;
                    long n = longLine;
                    longLine = 0;
                    return new InputError(source, lineNo, "line too long: " + n + " bytes; the limit for one document is "
                            + maxLineBytes + " bytes (--max-document-bytes)");
                }
                InputItem item = parseLine(raw, lineStart);
                if (item != null) {
                    return item;
                }
            }
        } catch (IOException e) {
            close();
            return DocumentDecoder.ioError(source, e);
        }
    }

    /**
     * The bytes of the next line without its '\n', or null at the end. A line longer than the
     * limit is read to its end but not kept: {@link #longLine} gets its length.
     */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        int b;
        boolean any = false;
        long length = 0;
        while ((b = in.read()) != -1) {
            any = true;
            offset++;
            if (b == '\n') {
                break;
            }
            if (++length <= maxLineBytes) {
                buf.write(b);
            }
        }
        if (length > maxLineBytes) {
            longLine = length;
            return new byte[0];
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
            return new InputError(source, lineNo, "malformed JSON" + where + ": " + jsonProblem(e));
        }
        if (node == null || !node.isObject()) {
            return new InputError(source, lineNo, "expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        JsonNode text = node.get("text");
        if (text == null) {
            return new InputError(source, lineNo, "missing string field \"text\"");
        }
        if (!text.isTextual()) {
            return new InputError(source, lineNo, "field \"text\" must be a string, not " + kind(text));
        }
        if (text.asText().isBlank()) {
            return new InputError(source, lineNo, "empty \"text\"");
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()
                ? idNode.asText() : idBase + ":" + lineNo;
        JsonNode pub = node.get("published");
        String published = scalar(pub);
        List<String> warnings = List.of();
        if (pub != null && (pub.isNull() || pub.isContainerNode())) {
            warnings = List.of("\"published\" is " + kind(pub) + ", not a date: ignored");
        }
        String url = scalar(node.get("url"));
        return new SourceDocument(id, text.asText(), InputFormat.JSONL, published,
                published == null ? null : "jsonl:published", url, lineNo, InputReader.JSONL_NOTE, warnings)
                .withLang(scalar(node.get("lang")), "field");
    }

    /** "a number", "an object", "an array", "null"… for messages. */
    private static String kind(JsonNode n) {
        if (n.isNull()) {
            return "null";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "a " + n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Jackson's own words, without the Java class and feature names some of them carry. */
    private static String jsonProblem(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.startsWith("Trailing token")) {
            return "more text after the end of the JSON value";
        }
        return m.replaceAll(" ?\\(bound as `[^`]*`\\)", "").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "a value");
    }

    private static String scalar(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText();
        return s.isBlank() ? null : s.strip();
    }
}
