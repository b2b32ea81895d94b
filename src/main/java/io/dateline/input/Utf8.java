package io.dateline.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that reports where the bytes go wrong. Package-private helper. */
final class Utf8 {

    private Utf8() {
    }

    /** The result of {@link #decode}: either text or an error message. */
    record Decoded(String text, String error) {
        boolean ok() {
            return error == null;
        }
    }

    static boolean startsWithBom(byte[] bytes, int from, int to) {
        return to - from >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF;
    }

    /** Index of the first NUL byte in {@code bytes[from, to)}, or -1. */
    static int firstNul(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Decodes {@code bytes[from, to)} as UTF-8 with {@link CodingErrorAction#REPORT}. Byte
     * offsets in the error message are {@code base + index}, so that callers decoding one line
     * of a larger file can report offsets in the file.
     */
    static Decoded decode(byte[] bytes, int from, int to, long base) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        // checked a chunk at a time, so that a long text is not also held as a buffer of chars:
        // once valid, the string is made from the bytes directly
        CharBuffer out = CharBuffer.allocate(Math.min(8192, Math.max(16, 2 * (to - from) + 2)));
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return new Decoded(null, describe(bytes, in.position(), r.length(), base));
            }
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
        }
        CoderResult r = decoder.flush(out);
        if (r.isError()) {
            return new Decoded(null, describe(bytes, in.position(), r.length(), base));
        }
        return new Decoded(new String(bytes, from, to - from, StandardCharsets.UTF_8), null);
    }

    private static String describe(byte[] bytes, int at, int length, long base) {
        StringBuilder hex = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
            if (hex.length() > 0) {
                hex.append(' ');
            }
            hex.append(String.format(java.util.Locale.ROOT, "%02X", bytes[i] & 0xFF));
        }
        return "invalid UTF-8 at byte " + (base + at) + " (bytes " + hex + ")";
    }
}
