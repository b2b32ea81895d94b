package io.dateline.compare;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A browser test without Chromium is never skipped silently: the console says so; CI fails. */
class ChromiumMissingTest {

    @Test
    void aMissingChromiumIsSaidOnTheConsoleOutsideCi() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(buf, true, StandardCharsets.UTF_8);
        assertThrows(TestAbortedException.class, () -> Chromium.missing("no Chromium at /usr/bin/chromium", false, console));
        String said = buf.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("SKIPPED") && said.contains("no Chromium at /usr/bin/chromium"), said);
    }

    @Test
    void underCiAMissingChromiumFails() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertThrows(AssertionFailedError.class, () -> Chromium.missing("no Chromium", true,
                new PrintStream(buf, true, StandardCharsets.UTF_8)));
    }
}
