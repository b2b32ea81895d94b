package io.dateline.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How the fuzz targets read their raw input. Text is decoded as generalized UTF-8: a three-byte
 * sequence of a surrogate (ED A0 80 .. ED BF BF) gives that lone surrogate, so a saved input can
 * hold any Java string; any other byte that is not UTF-8 gives U+FFFD. Targets with a parameter
 * take it from a first line ({@link #firstLine}) so that the saved inputs stay readable.
 */
public final class FuzzBytes {

    private FuzzBytes() {
    }

    /** The input split at its first line feed: {@code [line, rest]} (rest empty without one). */
    public static byte[][] firstLine(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                byte[] head = java.util.Arrays.copyOfRange(data, 0, i);
                byte[] rest = java.util.Arrays.copyOfRange(data, i + 1, data.length);
                return new byte[][] {head, rest};
            }
        }
        return new byte[][] {data, new byte[0]};
    }

    public static String ascii(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1).strip();
    }

    /** An ISO date ({@code 2024-01-23}) or null for anything else ("none"). */
    public static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Generalized UTF-8: lone surrogates kept, other malformed bytes as U+FFFD. */
    public static String text(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int need;
            int cp;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            } else if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
            } else {
                out.append('\ufffd');
                i++;
                continue;
            }
            int j = 1;
            for (; j <= need && i + j < b.length && (b[i + j] & 0xc0) == 0x80; j++) {
                cp = (cp << 6) | (b[i + j] & 0x3f);
            }
            int min = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
            if (j <= need || cp < min || cp > 0x10ffff) {
                out.append('\ufffd');
                i += Math.max(1, j);
                continue;
            }
            out.appendCodePoint(cp);
            i += need + 1;
        }
        return out.toString();
    }
}
