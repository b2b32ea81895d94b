package io.dateline.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 checked a chunk at a time: the same text, and errors at their true byte offset, far past a chunk. */
class Utf8ChunkTest {

    private static final String PIECE = "Präsident \uD83D\uDCC8 ½ — 1 200 km, 東京 ";

    @Test
    void longTextsDecodeWholeAcrossChunks() {
        String text = PIECE.repeat(5_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Utf8.Decoded d = Utf8.decode(bytes, 0, bytes.length, 0);
        assertNull(d.error());
        assertEquals(text, d.text());
        // a part of the bytes that starts and ends between two characters
        Utf8.Decoded part = Utf8.decode(bytes, 1, bytes.length - 1, 0);
        assertEquals(text.substring(1, text.length() - 1), part.text());
    }

    @Test
    void anInvalidByteFarIntoTheTextIsReportedWhereItIs() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] good = PIECE.repeat(3_000).getBytes(StandardCharsets.UTF_8);
        b.writeBytes(good);
        b.write(0xC3); // a lead byte followed by a space: malformed
        b.writeBytes(" and more".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = b.toByteArray();
        Utf8.Decoded d = Utf8.decode(bytes, 0, bytes.length, 100);
        assertNull(d.text());
        assertEquals("invalid UTF-8 at byte " + (100 + good.length) + " (bytes C3)", d.error());
        // a character cut by the end of the bytes (the last but one is the end of 東京)
        Utf8.Decoded cut = Utf8.decode(good, 0, good.length - 2, 0);
        assertNull(cut.text());
        assertEquals("invalid UTF-8 at byte " + (good.length - 4) + " (bytes E4 BA)", cut.error());
    }
}
