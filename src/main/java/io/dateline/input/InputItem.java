package io.dateline.input;

/**
 * One item produced by {@link InputReader}: either a document to analyse or an error that
 * concerns one input (one file, or one line of a JSON Lines file). A bad input never stops
 * the others.
 */
public sealed interface InputItem permits SourceDocument, InputError {

    /** True for {@link InputError}. */
    default boolean isError() {
        return this instanceof InputError;
    }
}
