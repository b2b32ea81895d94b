package io.dateline.value;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure: a count, a measurement, a sum of money, a percentage or an ordinal, with its value
 * in the canonical unit of its dimension, the bounds its qualifier gives, and the figure as
 * written. Immutable.
 *
 * @param start        code-point start in the document
 * @param end          code-point end (exclusive)
 * @param text         the text of the figure
 * @param dimension    count, length, mass, area, volume, speed, temperature, angle, age, money, percent,
 *                     ordinal
 * @param value        the canonical value, or the single best value of an interval (its lower
 *                     bound for a range, see the quantity resolver's {@code Vague} for vague amounts)
 * @param min          lower bound (canonical), or null when open
 * @param max          upper bound (canonical), or null when open
 * @param minInclusive whether {@code min} belongs to the interval ("at least 151": yes; "more than 14,000": no)
 * @param maxInclusive whether {@code max} belongs to it ("up to 60%": yes; "fewer than 10": no)
 * @param approximate  "about", "some", "nearly", vague amounts, "a couple of"
 * @param unit         the canonical unit symbol ("m", "kg", "m²", "m³", "m/s", "°C", "year", "%", "pp",
 *                     an ISO 4217 code), null for counts and ordinals
 * @param counted      the noun counted, singular ("attack"), or null
 * @param original     the figure as written, in its own unit
 * @param qualifier    the qualifier words as written ("at least"), or null
 * @param vague        the vague amount ("dozens"), or null
 * @param paired       the second figure of "30 kilometers (20 miles)", or null
 * @param consistent   for a pair: whether one converts to the other at the precision written;
 *                     null when it cannot be checked (different currencies) or there is no pair
 * @param change       the figure as a change ("rose 2.3%": up, by), or null when it is none
 * @param rules        rule ids, outermost first
 * @param warnings     what may be wrong ("$ may be another dollar", an inconsistent pair)
 * @param steps        how the value was reached (for {@code --explain})
 * @param per          the denominator of a per-unit ("$3 a share", "US$71 per barrel"), or null;
 *                     {@code unit} stays the numerator's unit
 * @param concept      what the figure is about ("Copper" in "Copper rose 2.3%", "Syria" in "900
 *                     troops in Syria"), or null when the sentence does not say
 * @param event        the event the figure belongs to ("killed", "injured"; lexicon {@code event}), or null
 * @param scope        "cumulative" ("since October", "in all", "a total of"), "occasion" (one event:
 *                     "in one attack"), or null when the text does not say
 */
public record QuantityMention(int start, int end, String text, String dimension, BigDecimal value,
                              BigDecimal min, BigDecimal max, boolean minInclusive, boolean maxInclusive,
                              boolean approximate, String unit, String counted, Original original,
                              String qualifier, String vague, Paired paired, Boolean consistent,
                              Change change, List<String> rules, List<String> warnings, List<String> steps,
                              Per per, Concept concept, String event, String scope)
        implements Mention {

    /** A figure without a per-unit. */
    public QuantityMention(int start, int end, String text, String dimension, BigDecimal value,
                           BigDecimal min, BigDecimal max, boolean minInclusive, boolean maxInclusive,
                           boolean approximate, String unit, String counted, Original original,
                           String qualifier, String vague, Paired paired, Boolean consistent,
                           Change change, List<String> rules, List<String> warnings, List<String> steps) {
        this(start, end, text, dimension, value, min, max, minInclusive, maxInclusive, approximate, unit, counted,
                original, qualifier, vague, paired, consistent, change, rules, warnings, steps, null, null, null, null);
    }

    /** The same figure with a per-unit. */
    public QuantityMention withPer(Per p) {
        return new QuantityMention(start, end, text, dimension, value, min, max, minInclusive, maxInclusive,
                approximate, unit, counted, original, qualifier, vague, paired, consistent, change, rules, warnings,
                steps, p, concept, event, scope);
    }

    /**
     * The denominator of a per-unit: "a share", "per barrel", "per 1,000 residents", "a month".
     *
     * @param unit      the denominator: a unit symbol ("bbl", "l", "kg"), a time unit ("month",
     *                  "year"), or the noun, singular ("share", "resident")
     * @param amount    how many of it ("per 1,000 residents": 1000); 1 when not written
     * @param text      the words as written ("per barrel")
     * @param si        one denominator in its SI unit (a barrel 0.158987 m³, a month of 30.4375
     *                  days 2629800 s), or null when it has none (a share)
     * @param siUnit    that SI unit ("m³", "s"), or null
     */
    public record Per(String unit, BigDecimal amount, String text, BigDecimal si, String siUnit) {
    }

    /**
     * What a figure is about, as written.
     *
     * @param text  a contiguous span of the document ("loss on the sale")
     * @param start its code-point start
     * @param end   its code-point end (exclusive)
     * @param words its words without function words ("loss", "sale")
     */
    public record Concept(String text, int start, int end, List<String> words) {
        public Concept {
            words = List.copyOf(words);
        }
    }

    /** This figure with what it is about. */
    public QuantityMention about(Concept c, String ev, String sc) {
        return new QuantityMention(start, end, text, dimension, value, min, max, minInclusive, maxInclusive,
                approximate, unit, counted, original, qualifier, vague, paired, consistent, change, rules, warnings,
                steps, per, c, ev, sc);
    }

    /** This figure with its change (what it is about kept). */
    public QuantityMention withChange(Change c, List<String> newSteps) {
        return new QuantityMention(start, end, text, dimension, value, min, max, minInclusive, maxInclusive,
                approximate, unit, counted, original, qualifier, vague, paired, consistent, c, rules, warnings,
                newSteps, per, concept, event, scope);
    }

    /**
     * A figure as written.
     *
     * @param value the value in its own unit (the single best value)
     * @param unit  its unit ("mi", "km", "°F", "$", "€", "%"), null for counts
     * @param min   lower bound in that unit, or null
     * @param max   upper bound in that unit, or null
     */
    public record Original(BigDecimal value, String unit, BigDecimal min, BigDecimal max) {
    }

    /**
     * The second figure of a pair, with its canonical value and as written.
     *
     * @param start    code-point start of the second figure
     * @param end      its end
     * @param text     its text
     * @param value    canonical value
     * @param unit     canonical unit
     * @param original as written
     */
    public record Paired(int start, int end, String text, BigDecimal value, String unit, Original original) {
    }

    /**
     * A figure as part of a change.
     *
     * @param direction "up", "down", or null when the words give none ("changed by 2%")
     * @param role      "by" (the amount of the change: "rose 2.3%", "+0.2%"), "from" or "to"
     * @param cue       the word that says so ("rose", "down", "+"), or null
     * @param partner   the code-point start of the linked figure (the "to" of a "from"), or null
     */
    public record Change(String direction, String role, String cue, Integer partner) {
    }

    public QuantityMention {
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
        steps = List.copyOf(steps);
    }

    @Override
    public String kind() {
        return "quantity";
    }
}
