package io.dateline.eval;

/** A TimeML document that cannot be read: not well-formed, or lacking {@code <TEXT>} or a DCT. */
public final class TimeMlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public TimeMlException(String source, int line, String message, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.source = source;
        this.line = line;
    }

    /** The file (or name given by the caller) that failed. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }
}
