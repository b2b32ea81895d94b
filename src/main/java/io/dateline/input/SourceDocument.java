package io.dateline.input;

import java.util.List;
import java.util.Objects;

/**
 * A document ready for analysis. Immutable.
 *
 * <p>Offsets reported anywhere in Dateline are Unicode code-point offsets into {@link #text()},
 * which is exactly the text the user has for plain text (only a leading byte-order mark is
 * removed; CRLF line ends are kept as they are), the JSON-decoded {@code text} field for JSON
 * Lines, and an extracted text for HTML and TimeML ({@link #offsetsNote()} says so).
 *
 * @param id             the file name (or path under the folder given), the JSON Lines id
 *                       ({@code file:line} when absent), or {@code -} for standard input
 * @param text           the text to analyse
 * @param format         the format it was read as
 * @param publishedHint  the publication date found in metadata, as written there, or null
 * @param metadataSource where {@code publishedHint} came from, e.g.
 *                       {@code html:meta[article:published_time]}, {@code jsonl:published},
 *                       {@code timeml:dct}; null when there is no hint
 * @param url            the document URL when known, else null
 * @param line           the 1-based line of a JSON Lines document, else null
 * @param offsetsNote    what offsets refer to when that is not the file as-is, else null
 * @param warnings       what reading the input had to repair or guess (an HTML page that is not
 *                       UTF-8, decoded with the charset it declares); they open the document's
 *                       warnings in the output
 * @param dateSignals    every publication-date signal of an HTML page (empty for other formats)
 * @param lang           the document's language as its input declares it (a JSON Lines
 *                       {@code lang} field, an HTML page's {@code <html lang>}, {@code og:locale}
 *                       or {@code Content-Language}), as written there; null when not declared
 * @param langSource     where {@code lang} came from: {@code field} or {@code html}; null without one
 */
public record SourceDocument(String id, String text, InputFormat format, String publishedHint,
                             String metadataSource, String url, Integer line, String offsetsNote,
                             List<String> warnings, DateSignals dateSignals, String lang, String langSource)
        implements InputItem {

    /** A document whose input declares no language. */
    public SourceDocument(String id, String text, InputFormat format, String publishedHint,
                          String metadataSource, String url, Integer line, String offsetsNote,
                          List<String> warnings, DateSignals dateSignals) {
        this(id, text, format, publishedHint, metadataSource, url, line, offsetsNote, warnings, dateSignals, null, null);
    }

    /** A copy that says which language its input declares ({@code source}: {@code field}, {@code html}). */
    public SourceDocument withLang(String tag, String source) {
        return new SourceDocument(id, text, format, publishedHint, metadataSource, url, line, offsetsNote, warnings,
                dateSignals, tag, tag == null ? null : source);
    }

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        if (publishedHint != null && publishedHint.isBlank()) {
            publishedHint = null;
        }
        if (publishedHint == null) {
            metadataSource = null;
        }
        if (dateSignals == null) {
            dateSignals = DateSignals.NONE;
        }
        if (lang != null && lang.isBlank()) {
            lang = null;
        }
        if (lang == null) {
            langSource = null;
        }
    }

    /** A document without date signals besides {@code publishedHint}. */
    public SourceDocument(String id, String text, InputFormat format, String publishedHint,
                          String metadataSource, String url, Integer line, String offsetsNote,
                          List<String> warnings) {
        this(id, text, format, publishedHint, metadataSource, url, line, offsetsNote, warnings, DateSignals.NONE);
    }

    /** A document that needed no repair while being read. */
    public SourceDocument(String id, String text, InputFormat format, String publishedHint,
                          String metadataSource, String url, Integer line, String offsetsNote) {
        this(id, text, format, publishedHint, metadataSource, url, line, offsetsNote, List.of());
    }

    /** A plain-text document without metadata. */
    public static SourceDocument ofText(String id, String text) {
        return new SourceDocument(id, text, InputFormat.TEXT, null, null, null, null, null);
    }

    /** A copy with a publication hint (for callers and tests that bring their own metadata). */
    public SourceDocument withPublishedHint(String hint, String source) {
        return new SourceDocument(id, text, format, hint, source, url, line, offsetsNote, warnings, dateSignals, lang, langSource);
    }

    /** Length of {@link #text()} in code points. */
    public int codePointLength() {
        return text.codePointCount(0, text.length());
    }
}
