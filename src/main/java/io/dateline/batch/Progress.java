package io.dateline.batch;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error, shown only when standard error is a terminal and only once
 * a run has lasted a second (short runs stay quiet). The total is unknown while the input is
 * streamed, so it counts documents.
 */
public final class Progress implements AutoCloseable {

    private final boolean enabled;
    private final long start = System.nanoTime();
    private final PrintStream err;
    private ProgressBar bar;
    private long done;

    private Progress(boolean enabled, PrintStream err) {
        this.enabled = enabled;
        this.err = err;
    }

    /**
     * A progress display for this process's standard error, or a silent one when that is not a
     * terminal. Only standard error counts: with standard output redirected to a file the bar
     * still shows on the terminal, and it is never drawn into the output.
     */
    public static Progress forStandardError(boolean wanted) {
        return new Progress(wanted && standardErrorIsTerminal(), System.err);
    }

    /** Whether the bar shows (for tests: what {@link #forStandardError} decided). */
    boolean enabled() {
        return enabled;
    }

    /**
     * Whether file descriptor 2 is a terminal. Java 17 can only tell whether standard input and
     * output both are ({@link System#console()}); on Linux {@code /proc/self/fd/2} names the
     * device, elsewhere the console is the best guess.
     */
    static boolean standardErrorIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, LinkOption.NOFOLLOW_LINKS)) {
            return isTerminal(fd);
        }
        return System.console() != null;
    }

    /** Whether a {@code /proc/self/fd/N} link points at a terminal device. */
    static boolean isTerminal(Path fdLink) {
        try {
            String target = Files.readSymbolicLink(fdLink).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    public static Progress silent() {
        return new Progress(false, System.err);
    }

    public void step(long mentions) {
        done++;
        if (!enabled) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - start < 1_000_000_000L) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName("dateline").setInitialMax(-1).setUnit(" docs", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).clearDisplayOnFinish().showSpeed().build();
            bar.stepTo(done - 1);
        }
        bar.step();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
