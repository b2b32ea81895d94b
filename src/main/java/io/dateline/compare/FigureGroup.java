package io.dateline.compare;

import io.dateline.value.QuantityMention;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures of the reports that count or measure the same thing around the same event.
 *
 * @param counted   the thing counted ("attack", "person"), or null
 * @param dimension count, length, money ...
 * @param unit      the canonical unit, null for counts
 * @param event     the event word's name (lexicon {@code event}: "killed", "attack"), or null
 * @param values    the figures, ordered by their report's anchor (the suggested one for a
 *                  report whose anchor conflicts), then input order
 * @param agree     whether every value's interval (with the tolerance of approximate values)
 *                  shares a point with all the others
 * @param note      in words, what agrees or differs
 * @param concept   what the figures are about ("Syria"), as the first figure with one writes it, or null
 * @param scope     "cumulative", "occasion" or null (see {@code QuantityMention#scope})
 * @param day       for figures of one occasion: the day it happened on (the date written beside
 *                  the figure, else its report's date), or null
 * @param parts     the parts of a breakdown given under a total ("66 times: 32 in Iraq and 34 in
 *                  Syria"), each with its concept; empty when none
 * @param why       why the figures are taken to be the same quantity, in words
 */
public record FigureGroup(String counted, String dimension, String unit, String event,
                          List<Value> values, boolean agree, String note, String concept, String scope,
                          LocalDate day, List<Value> parts, String why) {

    /** A group without concept, scope, day, parts nor reason. */
    public FigureGroup(String counted, String dimension, String unit, String event, List<Value> values, boolean agree,
                       String note) {
        this(counted, dimension, unit, event, values, agree, note, null, null, null, List.of(), null);
    }

    /**
     * One figure of a report.
     *
     * @param report the report
     * @param figure the mention
     * @param date   the date it is ordered by (its report's anchor, or the suggested one)
     */
    public record Value(Report report, QuantityMention figure, LocalDate date) {
    }

    public FigureGroup {
        values = List.copyOf(values);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The ids of the reports that give it, each once. */
    public List<String> reports() {
        return values.stream().map(v -> v.report().id()).distinct().toList();
    }
}
