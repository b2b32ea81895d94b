package io.dateline;

import io.dateline.anchor.AnchorResult;
import io.dateline.input.InputError;
import io.dateline.input.SourceDocument;

/**
 * One input item after processing: either a document with its anchor detection and result, or
 * the error that kept it from being read. Every input item yields exactly one of these.
 */
public record Processed(SourceDocument document, AnchorResult anchor, DocumentResult result, InputError error) {

    public static Processed ok(SourceDocument d, AnchorResult a, DocumentResult r) {
        return new Processed(d, a, r, null);
    }

    public static Processed failed(InputError e) {
        return new Processed(null, null, null, e);
    }

    public boolean failed() {
        return error != null;
    }
}
