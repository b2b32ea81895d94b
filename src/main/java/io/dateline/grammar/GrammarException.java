package io.dateline.grammar;

/** A grammar or examples file that cannot be used; the message starts with {@code file:line}. */
public final class GrammarException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    public GrammarException(String file, int line, String message) {
        super(line > 0 ? file + ":" + line + ": " + message : file + ": " + message); // a whole file or folder has no line
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
