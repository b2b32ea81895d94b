package io.dateline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar goes where standard error goes, and only to a terminal. */
class ProgressTest {

    @Test
    void aTerminalIsKnownByTheDeviceFileDescriptorTwoPointsAt(@TempDir Path dir) throws Exception {
        assertTrue(Progress.isTerminal(Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"))));
        assertTrue(Progress.isTerminal(Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/tty1"))));
        assertFalse(Progress.isTerminal(Files.createSymbolicLink(dir.resolve("file"), dir.resolve("out.json"))));
        assertFalse(Progress.isTerminal(Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[1234]"))));
        assertFalse(Progress.isTerminal(dir.resolve("missing")));
    }

    @Test
    void theDecisionFollowsStandardErrorNotStandardOutput() throws Exception {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd2)) {
            return; // not Linux: the console is the only clue
        }
        boolean errIsTerminal = Files.readSymbolicLink(fd2).toString().startsWith("/dev/pts/");
        assertEquals(errIsTerminal, Progress.standardErrorIsTerminal());
        assertEquals(errIsTerminal, Progress.forStandardError(true).enabled());
        assertFalse(Progress.forStandardError(false).enabled());
    }
}
