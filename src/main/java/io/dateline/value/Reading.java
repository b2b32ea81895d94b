package io.dateline.value;

import java.util.List;

/**
 * How sure the resolver is of a value that depends on the resolution policy (a bare weekday or
 * month, "the 21st", a year-less date), and the other readings it weighed. Immutable.
 *
 * @param confidence   the probability, 0 to 1, that the chosen value is the one meant; calibrated
 *                     on news (see docs/time.md, "Ambiguity made visible")
 * @param basis        the class of decision the confidence was measured for ("weekday, past tense")
 * @param alternatives the other readings, most likely first
 */
public record Reading(double confidence, String basis, List<Alternative> alternatives) {

    public Reading {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        alternatives = List.copyOf(alternatives);
    }

    /**
     * Another reading of the same words.
     *
     * @param value      its TIMEX3 value
     * @param confidence the probability that it is the one meant
     * @param why        what would make it the one meant
     */
    public record Alternative(String value, double confidence, String why) {
    }
}
