package io.dateline.input;

import java.util.Objects;

/**
 * A problem with one input.
 *
 * @param source  the input's name in the output, in the same style as the documents' ids (see
 *                {@link InputReader}, "Sources"), or {@code -} for standard input
 * @param line    1-based line number for JSON Lines input, else null
 * @param message what went wrong, for a person to read (e.g. {@code invalid UTF-8 at byte 17})
 * @param path    where the file is, as the user gave it (for the one-line message on standard
 *                error); the source when they are the same
 */
public record InputError(String source, Integer line, String message, String path) implements InputItem {

    public InputError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        if (path == null) {
            path = source;
        }
    }

    public InputError(String source, Integer line, String message) {
        this(source, line, message, source);
    }

    /** The same error under another source name (the path stays). */
    InputError named(String newSource) {
        return new InputError(newSource, line, message, path);
    }

    /** {@code path:line: message}, or {@code path: message} without a line. */
    @Override
    public String toString() {
        return path + (line == null ? "" : ":" + line) + ": " + message;
    }
}
