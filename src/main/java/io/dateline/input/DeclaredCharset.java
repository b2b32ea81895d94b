package io.dateline.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding a markup file (HTML, XHTML, TimeML) declares about itself, found in
 * its first bytes the way a browser's pre-scan does: an XML declaration
 * ({@code <?xml version="1.0" encoding="ISO-8859-1"?>}), {@code <meta charset="windows-1252">},
 * or {@code <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">}.
 * Package-private; {@link InputReader} uses it only when the bytes are not valid UTF-8.
 *
 * <p>As in browsers (WHATWG Encoding), the labels {@code iso-8859-1}, {@code latin1} and
 * {@code us-ascii} are read as windows-1252, their superset: pages labelled Latin-1 routinely
 * hold windows-1252 curly quotes and dashes in bytes 0x80–0x9F. UTF-16 and UTF-32 labels are
 * ignored (a file that really is UTF-16 holds NUL bytes and is rejected as binary before this).
 */
final class DeclaredCharset {

    /** How many leading bytes are searched for a declaration. */
    static final int PRESCAN_BYTES = 4096;

    private static final Pattern XML_DECL = Pattern.compile(
            "^\\s*<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTTP_EQUIV = Pattern.compile("\\bhttp-equiv\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /**
     * A declaration found.
     *
     * @param label   the charset as written ({@code iso-8859-1})
     * @param charset the charset to decode with (windows-1252 for a Latin-1 label), or null when
     *                Java does not know the label
     * @param where   where it was declared, for messages ({@code <meta charset>})
     */
    record Declaration(String label, Charset charset, String where) {
        /** The name to show: the charset used, with the label when they differ. */
        String describe() {
            if (charset == null) {
                return "'" + label + "'";
            }
            String name = charset.name().toLowerCase(Locale.ROOT);
            return name.equalsIgnoreCase(label) ? name : name + " (declared as " + label + ")";
        }
    }

    private DeclaredCharset() {
    }

    /** The declaration in the first {@value #PRESCAN_BYTES} bytes, or null when there is none. */
    static Declaration find(byte[] bytes, int from, int to) {
        // Every charset a declaration can name is ASCII-compatible in the declaration itself,
        // and ISO-8859-1 maps each byte to one char, so this never fails.
        String head = new String(bytes, from, Math.min(to - from, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_DECL.matcher(head);
        if (xml.find()) {
            return declaration(xml.group(1), "the XML declaration");
        }
        String visible = COMMENT.matcher(head).replaceAll(" ");
        Matcher meta = META.matcher(visible);
        while (meta.find()) {
            Matcher cs = META_CHARSET.matcher(meta.group());
            if (cs.find()) {
                String where = HTTP_EQUIV.matcher(meta.group()).find()
                        ? "<meta http-equiv=\"Content-Type\">" : "<meta charset>";
                return declaration(cs.group(1), where);
            }
        }
        return null;
    }

    private static Declaration declaration(String label, String where) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("utf-16") || l.startsWith("utf16") || l.startsWith("utf-32") || l.startsWith("utf32")) {
            return null;
        }
        Charset cs;
        switch (l) {
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819",
                 "ibm819", "iso-ir-100", "csisolatin1" -> cs = Charset.forName("windows-1252");
            default -> {
                try {
                    cs = Charset.isSupported(label) ? Charset.forName(label) : null;
                } catch (IllegalArgumentException e) {
                    cs = null;
                }
            }
        }
        return new Declaration(label, cs, where);
    }

    /**
     * Decodes strictly with the declared charset.
     *
     * @return the text, or null when the bytes are not valid in that charset either
     */
    static String decode(byte[] bytes, int from, int to, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
