package io.dateline.cli;

/**
 * Exit codes of the command line.
 * <ul>
 *   <li>0: every document processed (and, for {@code check}, every example passed)</li>
 *   <li>1: some examples failed ({@code check}), or an evaluation target was missed</li>
 *   <li>2: bad usage or bad input: an unknown option, a missing or unreadable file, an anchor
 *       that cannot be read, a broken grammar file. The other documents are still processed.</li>
 *   <li>3: an internal error, a bug in Dateline ({@link ErrorHandler})</li>
 * </ul>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURES = 1;
    public static final int BAD_INPUT = 2;
    /** A bug in Dateline (reported on one line, without a stack trace). */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
