package io.dateline.resolve;

import io.dateline.value.Mention;

import io.dateline.grammar.Match;
import java.util.List;

/**
 * Turns the matches of some kinds into mentions. Time expressions are one dimension, figures
 * another. Implementations are stateless and thread-safe; per-document state lives in the
 * {@link DocumentContext}. Matches arrive in text order.
 */
public interface Dimension {

    /** Whether this dimension resolves matches of {@code kind}. */
    boolean handles(String kind);

    /** Resolves one selected match, appending zero or more mentions. */
    void resolve(Match match, DocumentContext ctx, List<Mention> out);
}
