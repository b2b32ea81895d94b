package io.dateline.service;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Request bodies read within the size limit: an oversized one is refused before it is read whole. */
final class Bodies {

    private Bodies() {
    }

    /**
     * The whole body, at most {@code max} bytes. A declared length over the limit is refused
     * at once (nothing read); an undeclared one is read until it passes the limit.
     */
    static byte[] read(long declaredLength, InputStream in, long max) throws ApiException, IOException {
        if (declaredLength > max) {
            throw tooLarge("request body of " + declaredLength + " bytes", max);
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 1024);
        byte[] chunk = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) != -1) {
            total += n;
            if (total > max) {
                throw tooLarge("request body", max);
            }
            buf.write(chunk, 0, n);
        }
        return buf.toByteArray();
    }

    static ApiException tooLarge(String what, long max) {
        return new ApiException(413, String.format(Locale.ROOT, "%s is over the limit of %d bytes (--max-bytes)", what, max));
    }

    /**
     * A stream that fails once a single line (bytes between two line feeds) passes
     * {@code maxLine}: a batch may be of any length, each of its documents may not.
     */
    static InputStream lineLimited(InputStream in, long maxLine) {
        return new FilterInputStream(in) {
            private long line;
            private boolean closed;

            @Override
            public int available() throws IOException {
                return closed ? 0 : super.available();
            }

            @Override
            public void close() throws IOException {
                closed = true;
                super.close();
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b != -1) {
                    count(b);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                for (int i = 0; i < n; i++) {
                    count(b[off + i]);
                }
                return n;
            }

            private void count(int b) throws IOException {
                if (b == '\n') {
                    line = 0;
                } else if (++line > maxLine) {
                    throw new IOException("a line is over the limit of " + maxLine + " bytes (--max-bytes); the rest of the batch was not read");
                }
            }
        };
    }
}
