package io.dateline.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Turns the bytes of one text, HTML or TimeML input into a {@link SourceDocument}, or the
 * {@link InputError} that says why it cannot be read (see {@link InputReader}, "Text and offsets").
 */
final class DocumentDecoder {

    private DocumentDecoder() {
    }

    static InputError ioError(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputError(source, null, "no such file: " + source);
        }
        return new InputError(source, null, "cannot read: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }

    private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

    static InputItem single(byte[] bytes, String source, String id, InputFormat fmt) {
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
                // an HTML page without a declaration is read as browsers read it: windows-1252
                text = fmt == InputFormat.HTML ? DeclaredCharset.decode(bytes, 0, bytes.length, WINDOWS_1252) : null;
                if (text == null) {
                    return new InputError(source, null, d.error() + "; no charset declared in the first "
                            + DeclaredCharset.PRESCAN_BYTES + " bytes");
                }
                warnings = List.of("not UTF-8 (" + d.error() + ") and no charset declared: decoded as windows-1252,"
                        + " as browsers do");
            } else if (decl.charset() == null) {
                return new InputError(source, null, d.error() + "; the charset declared in " + decl.where()
                        + ", " + decl.describe() + ", is not one Java knows");
            } else {
                if (decl.charset().equals(StandardCharsets.UTF_8) && fmt == InputFormat.HTML) {
                    // a page that says UTF-8 but holds a stray byte (often windows-1252) is still a
                    // page: read as browsers do, each bad byte a replacement character
                    text = new String(bytes, StandardCharsets.UTF_8);
                    warnings = List.of("declared UTF-8 (in " + decl.where() + ") but " + d.error()
                            + ": read with replacement characters");
                    text = text.isEmpty() ? null : text;
                } else {
                    text = decl.charset().equals(StandardCharsets.UTF_8) ? null
                            : DeclaredCharset.decode(bytes, 0, bytes.length, decl.charset());
                }
                if (text == null) {
                    return new InputError(source, null, d.error() + "; not valid " + decl.describe()
                            + " either (declared in " + decl.where() + ")");
                }
                if (warnings.isEmpty()) {
                    warnings = List.of("not UTF-8: decoded as " + decl.describe() + ", the charset declared in "
                            + decl.where());
                }
            }
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
                    // its metadata may still give the publication date
                    warnings = new java.util.ArrayList<>(warnings);
                    warnings.add("no article text found in HTML; only the page's metadata was read");
                }
                return new SourceDocument(id, x.text(), InputFormat.HTML, x.published(), x.publishedSource(),
                        x.url(), null, HtmlExtractor.OFFSETS_NOTE, warnings, x.signals()).withLang(x.lang(), "html");
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
}
