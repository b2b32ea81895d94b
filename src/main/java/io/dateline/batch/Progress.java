package io.dateline.batch;

import java.io.PrintStream;
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

    /** A progress display for this process's standard error, or a silent one when that is not a terminal. */
    public static Progress forStandardError(boolean wanted) {
        return new Progress(wanted && System.console() != null, System.err);
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
