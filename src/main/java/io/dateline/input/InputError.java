package io.dateline.input;

import java.util.Objects;

/**
 * A problem with one input.
 *
 * @param source  the path as given or found while walking a folder, or {@code -} for standard input
 * @param line    1-based line number for JSON Lines input, else null
 * @param message what went wrong, for a person to read (e.g. {@code invalid UTF-8 at byte 17})
 */
public record InputError(String source, Integer line, String message) implements InputItem {

    public InputError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** {@code source:line: message}, or {@code source: message} without a line. */
    @Override
    public String toString() {
        return source + (line == null ? "" : ":" + line) + ": " + message;
    }
}
