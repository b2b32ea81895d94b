package io.dateline.spark;

import io.dateline.input.InputError;
import io.dateline.input.InputFormat;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Input items from Spark values, read by the library's own reader wherever the CLI reads the
 * same thing (an HTML page, a JSON Lines line, a text file), so the documents are the CLI's.
 */
final class Documents {

    /** Where a published value given in a column comes from, in anchor candidates. */
    static final String COLUMN_SOURCE = "column:published";

    private Documents() {
    }

    /** A text from a column, with the publication date of another column (metadata). */
    static InputItem text(String id, String text, String published, long max) {
        if (text == null) {
            return new InputError(id, null, "no text (the text column is null)");
        }
        long size = utf8Length(text, max);
        if (size > max) {
            return tooLarge(id, null, "more than " + max, max);
        }
        if (text.isBlank()) {
            return new InputError(id, null, "empty text");
        }
        return new SourceDocument(id, text, InputFormat.TEXT, published, published == null ? null : COLUMN_SOURCE,
                null, null, null);
    }

    /**
     * An HTML page from a column, its text and metadata extracted as the CLI extracts them; a
     * published value in the column wins over the page's own metadata.
     */
    static InputItem html(String id, String html, String published, long max) {
        if (html == null) {
            return new InputError(id, null, "no HTML (the HTML column is null)");
        }
        if (utf8Length(html, max) > max) {
            return tooLarge(id, null, "more than " + max, max);
        }
        InputItem item = relabel(readOne(html.getBytes(StandardCharsets.UTF_8), InputFormat.HTML, max), id, null, id);
        if (item instanceof SourceDocument d && published != null && !published.isBlank()) {
            return d.withPublishedHint(published, COLUMN_SOURCE);
        }
        return item;
    }

    /** One line of a JSON Lines file, read as the CLI reads it, named by its file and line. */
    static InputItem jsonLine(byte[] line, String file, String idBase, int lineNo, long max) {
        return relabel(readOne(line, InputFormat.JSONL, max), file, lineNo, idBase + ":" + lineNo);
    }

    /** A whole file of plain text, read as the CLI reads it. */
    static InputItem textFile(byte[] bytes, String file, String idBase, long max) {
        if (bytes.length == 0) {
            return new InputError(file, null, "empty file");
        }
        if (bytes.length > max) {
            return tooLarge(file, null, String.valueOf(bytes.length), max);
        }
        return relabel(readOne(bytes, InputFormat.TEXT, max), file, null, idBase);
    }

    private static InputError tooLarge(String source, Integer line, String size, long max) {
        return new InputError(source, line, "too large: " + size + " bytes; the limit for one document is " + max
                + " bytes (--max-document-bytes)");
    }

    /** The UTF-8 length of a string, counted only until it passes {@code max}. */
    static long utf8Length(String s, long max) {
        long n = 0;
        for (int i = 0; i < s.length() && n <= max; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** True for a line the CLI skips: nothing but spaces and tabs (and a CR at its end). */
    static boolean blank(byte[] line) {
        int to = line.length;
        if (to > 0 && line[to - 1] == '\r') {
            to--;
        }
        for (int i = 0; i < to; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The first item the library reads from these bytes, as it reads standard input. */
    private static InputItem readOne(byte[] bytes, InputFormat format, long max) {
        InputReader reader = new InputReader().withFormat(format).withStdin(new ByteArrayInputStream(bytes))
                .withMaxDocumentBytes(max);
        try (Stream<InputItem> items = reader.readStdin()) {
            Iterator<InputItem> it = items.iterator();
            return it.hasNext() ? it.next() : new InputError("-", null, "empty input");
        }
    }

    /**
     * The item read as standard input ({@code -}, line 1) named as the file or row it came from:
     * an id the reader made up ({@code -} or {@code -:1}) becomes {@code fallbackId}.
     */
    private static InputItem relabel(InputItem item, String source, Integer line, String fallbackId) {
        if (item instanceof InputError e) {
            return new InputError(source, line, e.message());
        }
        SourceDocument d = (SourceDocument) item;
        String id = d.id().equals("-") || d.id().equals("-:1") ? fallbackId : d.id();
        return new SourceDocument(id, d.text(), d.format(), d.publishedHint(), d.metadataSource(), d.url(), line,
                d.offsetsNote(), d.warnings(), d.dateSignals(), d.lang(), d.langSource());
    }
}
