package io.dateline.eval;

import java.util.List;
import java.util.Objects;

/**
 * The result of scoring one document.
 *
 * @param docId   the document
 * @param counts  its tallies
 * @param matches the one-to-one relaxed pairs, in gold order
 * @param errors  its errors, in text order
 */
public record DocumentScore(String docId, Counts counts, List<Match> matches, List<EvalError> errors) {

    public DocumentScore {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(counts, "counts");
        matches = List.copyOf(matches);
        errors = List.copyOf(errors);
    }

    /**
     * A gold and a system TIMEX3 paired by overlap.
     *
     * @param exact        same start and end
     * @param typeCorrect  same type
     * @param valueCorrect same value after trimming
     * @param modCorrect   same mod after trimming, absent equal to absent
     */
    public record Match(GoldTimex gold, SystemTimex system, boolean exact, boolean typeCorrect,
                        boolean valueCorrect, boolean modCorrect) {
    }
}
