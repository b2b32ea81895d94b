package io.dateline.resolve.time;

import io.dateline.value.Reading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes ambiguity visible: when the policy picks one of several readings of the same words (a
 * bare weekday, a year-less month or date, "the 21st"), the value gets a {@link Reading} with the
 * confidence that the pick is right and the readings it set aside.
 *
 * <p>The confidences are the share of right values per class of decision, fitted on the
 * TimeBank half of the TimeML news corpus and checked on the AQUAINT half with
 * {@code dateline eval --gold DIR --calibration} (table and method in docs/time.md). Of the
 * remaining probability the first alternative gets {@value #FIRST_SHARE}, the rest share what is left.
 */
final class Readings {

    /** Of the probability the chosen value leaves, the share of the first alternative (when there are more). */
    static final double FIRST_SHARE = 0.8;

    /**
     * Confidence per class of decision (basis), fitted on TimeBank: (right + K * P0) / (mentions + K),
     * the class's share of right values drawn toward the share over all classes, P0 = 255/285 =
     * 0.895, with the weight of K = 10 mentions, so that a class seen a few times does not claim
     * 0 or 1. A basis not in the table falls back to a shorter one ("weekday, no tense cue, 1-3
     * days away" to "weekday, no tense cue"). Counts in docs/time.md.
     */
    private static final Map<String, Double> FITTED = Map.ofEntries(
            Map.entry("weekday, past tense, the anchor's day", 0.960),  // 40 of 41 right
            Map.entry("weekday, past tense, 1-3 days away", 0.902),     // 47 of 52
            Map.entry("weekday, past tense, 4-6 days away", 0.892),     // 8 of 9
            Map.entry("weekday, no tense cue", 0.832),                  // 16 of 20
            Map.entry("weekday, future tense", 0.782),                  // 2 of 4
            Map.entry("weekday, present tense", 0.842),                 // 2 of 3
            Map.entry("weekday, with a time of day", 0.719),            // 4 of 8
            Map.entry("year-less date, past tense", 0.923),             // 75 of 81
            Map.entry("year-less date, future tense", 0.966),           // 21 of 21
            Map.entry("year-less date, no tense cue", 0.828),           // 25 of 31
            Map.entry("year-less date, present tense", 0.950),          // 11 of 11
            Map.entry("year-less date, since", 0.925));                 // 4 of 4

    /**
     * For a class TimeBank never shows ("the 21st", a year taken from the story, the nearest
     * policy): a stated guess, not a measurement; docs/time.md lists these.
     */
    static final double UNMEASURED = 0.6;

    private Readings() {
    }

    static double confidence(String basis) {
        if (basis.endsWith(", with a time of day")) {
            String kind = basis.substring(0, basis.indexOf(','));
            return FITTED.getOrDefault(kind + ", with a time of day", UNMEASURED);
        }
        for (String b = basis; ; b = b.substring(0, b.lastIndexOf(','))) {
            Double c = FITTED.get(b);
            if (c != null) {
                return c;
            }
            if (b.indexOf(',') < 0) {
                return UNMEASURED;
            }
        }
    }

    /** How far a chosen day lies from the anchor, in the words of a basis. */
    static String distanceBand(LocalDate d, LocalDate anchor) {
        long days = Math.abs(d.toEpochDay() - anchor.toEpochDay());
        return days == 0 ? "the anchor's day" : days <= 3 ? "1-3 days away" : "4-6 days away";
    }

    /** The words for a tense in a basis. */
    static String tenseLabel(Tense t) {
        return switch (t) {
            case PAST -> "past tense";
            case FUTURE -> "future tense";
            case PRESENT -> "present tense";
            default -> "no tense cue";
        };
    }

    /**
     * A choice among readings that differ in their leading date part: {@code chosen} is the
     * prefix of the chosen value ("2023-11-21" or "2023"), {@code others} the prefixes of the
     * alternatives, most likely first, with {@code whys} saying when each would be meant.
     */
    record Choice(String basis, String chosen, List<String> others, List<String> whys) {

        /** The reading of the final value (a time of day may have been added after the date), or null. */
        Reading reading(String value) {
            if (value == null || !value.startsWith(chosen) || others.isEmpty()) {
                return null;
            }
            // a time of day added to the chosen day ("Friday night") is a class of its own
            String b = value.length() > chosen.length() && value.charAt(chosen.length()) == 'T'
                    ? basis + ", with a time of day" : basis;
            double c = confidence(b);
            double rest = 1 - c;
            List<Reading.Alternative> alts = new ArrayList<>();
            for (int i = 0; i < others.size(); i++) {
                double share = others.size() == 1 ? 1 : i == 0 ? FIRST_SHARE : (1 - FIRST_SHARE) / (others.size() - 1);
                alts.add(new Reading.Alternative(others.get(i) + value.substring(chosen.length()), round(rest * share),
                        whys.get(i)));
            }
            return new Reading(round(c), b, alts);
        }
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** A choice of day. */
    static Choice days(String basis, LocalDate chosen, List<LocalDate> others, List<String> whys) {
        return new Choice(basis, chosen.toString(), others.stream().map(LocalDate::toString).toList(), whys);
    }

    /** A choice of year (four digits, so the prefix of the value). */
    static Choice years(String basis, int chosen, List<Integer> others, List<String> whys) {
        if (chosen < 1 || chosen > 9999 || others.stream().anyMatch(y -> y < 1 || y > 9999)) {
            return null;
        }
        return new Choice(basis, String.format("%04d", chosen), others.stream().map(y -> String.format("%04d", y)).toList(),
                whys);
    }
}
