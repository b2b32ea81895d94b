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
        return new ApiException(413, String.format(Locale.ROOT, "%s is over the limit of %d bytes (--max-document-bytes)", what, max));
    }

    /**
     * The request body as the batch reads it: buffered, and reporting nothing available once
     * the reader has closed it (a servlet stream would throw).
     */
    static InputStream streamed(InputStream in) {
        return new FilterInputStream(new java.io.BufferedInputStream(in, 1 << 16)) {
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
        };
    }
}
