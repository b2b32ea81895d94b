package io.dateline.eval;

/**
 * Raw tallies from which every score is computed; they add up across documents.
 *
 * @param gold           gold TIMEX3s
 * @param system         system TIMEX3s
 * @param strictMatched  one-to-one pairs with identical start and end
 * @param relaxedMatched one-to-one pairs that overlap (includes the strict ones)
 * @param typeCorrect    relaxed pairs with the same type
 * @param valueCorrect   relaxed pairs with the same value ({@link TimexValues#equivalent})
 * @param modCorrect     relaxed pairs with the same mod (absent equals absent)
 * @param valueSpelled   relaxed pairs whose values are the same string (after trimming)
 */
public record Counts(int gold, int system, int strictMatched, int relaxedMatched,
                     int typeCorrect, int valueCorrect, int modCorrect, int valueSpelled) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    /** Counts where every equivalent value was also spelled the same. */
    public Counts(int gold, int system, int strictMatched, int relaxedMatched,
                  int typeCorrect, int valueCorrect, int modCorrect) {
        this(gold, system, strictMatched, relaxedMatched, typeCorrect, valueCorrect, modCorrect, valueCorrect);
    }

    public Counts {
        if (gold < 0 || system < 0 || strictMatched < 0 || typeCorrect < 0 || valueCorrect < 0
                || modCorrect < 0 || relaxedMatched > Math.min(gold, system)
                || strictMatched > relaxedMatched || typeCorrect > relaxedMatched
                || valueCorrect > relaxedMatched || modCorrect > relaxedMatched
                || valueSpelled < 0 || valueSpelled > valueCorrect) {
            throw new IllegalArgumentException("inconsistent counts: " + gold + "/" + system + "/"
                    + strictMatched + "/" + relaxedMatched + "/" + typeCorrect + "/" + valueCorrect
                    + "/" + modCorrect);
        }
    }

    public Counts plus(Counts o) {
        return new Counts(gold + o.gold, system + o.system, strictMatched + o.strictMatched,
                relaxedMatched + o.relaxedMatched, typeCorrect + o.typeCorrect,
                valueCorrect + o.valueCorrect, modCorrect + o.modCorrect, valueSpelled + o.valueSpelled);
    }
}
