package io.dateline;

import io.dateline.anchor.AnchorResult;
import io.dateline.input.InputError;
import io.dateline.input.SourceDocument;

/**
 * One input item after processing: either a document with its anchor detection and result, or
 * the error that kept it from being read. Every input item yields exactly one of these.
 *
 * <p>A long document from {@link Processor#processStreamed} is not resolved yet: its
 * {@code windows} give the mentions window by window to a writer that streams them, and its
 * result holds no mentions and only the warnings known before (see {@link #streamed()}).
 */
public record Processed(SourceDocument document, AnchorResult anchor, DocumentResult result, InputError error,
                        MentionWindows windows) {

    public Processed(SourceDocument document, AnchorResult anchor, DocumentResult result, InputError error) {
        this(document, anchor, result, error, null);
    }

    public static Processed ok(SourceDocument d, AnchorResult a, DocumentResult r) {
        return new Processed(d, a, r, null, null);
    }

    /** A long document whose mentions are still to come from {@code w}. */
    public static Processed streamed(SourceDocument d, AnchorResult a, DocumentResult before, MentionWindows w) {
        return new Processed(d, a, before, null, w);
    }

    public static Processed failed(InputError e) {
        return new Processed(null, null, null, e, null);
    }

    /** Whether the mentions are still to be taken from {@link #windows()}. */
    public boolean streamed() {
        return windows != null;
    }

    /** How many mentions the document has (for a streamed one: those taken so far). */
    public long mentionCount() {
        return failed() ? 0 : streamed() ? windows.count() : result.mentions().size();
    }

    public boolean failed() {
        return error != null;
    }
}
