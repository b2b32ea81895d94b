package io.dateline.eval;

import io.dateline.DocumentResult;
import io.dateline.grammar.Lexicon;
import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import io.dateline.value.TimeMention;
import io.dateline.value.TimexType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dateline's figures as the NewsQuant benchmark counts quantities: values as written
 * ({@code original}), a range as one value, the second figure of a pair as a quantity of its
 * own, a "from X to Y" change as one range, durations ("three months": 3) as quantities,
 * ordinals not. The change is the benchmark's: {@code up}/{@code down} for a change by or a
 * from-to range (the figure a change went to, or came from without its partner, is {@code =}), {@code >}/{@code <} for an open bound, {@code ~} approximate, {@code =} otherwise.
 */
public final class QuantityReadings {

    /** One quantity read by Dateline. */
    public record Reading(NewsQuant.Value value, String change, String text, int start, String unit, String dimension) {

        /** A reading without unit or dimension (kept for callers that score values only). */
        public Reading(NewsQuant.Value value, String change, String text, int start) {
            this(value, change, text, start, "-", "count");
        }
    }

    private static final Pattern DURATION = Pattern.compile("PT?(\\d+(?:\\.\\d+)?)[A-Z]");

    private QuantityReadings() {
    }

    public static List<Reading> of(DocumentResult r, Lexicon numberWords) {
        List<Reading> out = new ArrayList<>();
        List<Mention> ms = r.mentions();
        java.util.Set<Integer> consumed = new java.util.HashSet<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m instanceof QuantityMention q) {
                if (q.dimension().equals("ordinal") || consumed.contains(q.start())) {
                    continue;
                }
                QuantityMention to = partner(q, ms);
                if (to != null) {
                    // "fell from $36,040 to $34,935": one range, in the order written
                    consumed.add(to.start());
                    out.add(new Reading(new NewsQuant.Value(q.original().value(), to.original().value()),
                            direction(q, "="), q.text() + " .. " + to.text(), q.start(), UnitNames.of(q), q.dimension()));
                    continue;
                }
                out.add(new Reading(value(q), change(q), q.text(), q.start(), UnitNames.of(q), q.dimension()));
                if (q.paired() != null) {
                    QuantityMention.Original p = q.paired().original();
                    // the second figure of a pair is written without qualifier words of its own
                    String pc = change(q).equals("~") ? "=" : change(q);
                    out.add(new Reading(NewsQuant.Value.of(p.value()), pc, q.paired().text(), q.paired().start(),
                            UnitNames.of(p.unit(), q.paired().unit()), q.dimension()));
                }
            } else if (m instanceof TimeMention t && t.value().type() == TimexType.DURATION && writtenAmount(t.timexText(), numberWords)) {
                Matcher x = DURATION.matcher(t.value().value() == null ? "" : t.value().value());
                if (x.matches()) {
                    out.add(new Reading(NewsQuant.Value.of(new BigDecimal(x.group(1))), change(t.value().mod()),
                            t.text(), t.start(), UnitNames.ofDuration(t.value().value()), "duration"));
                }
            }
        }
        return out;
    }

    /**
     * Whether a duration writes its amount as a separate number ("three months", "24 hours"):
     * the benchmark counts those, not "a decade", "the year" nor the adjective "five-year". A
     * number is a token with a digit or a word of the lexicon {@code num.word}.
     */
    static boolean writtenAmount(String text, Lexicon numberWords) {
        String t = text.strip();
        if (t.matches("(?i)[a-z0-9.]+-[a-z]+(?:-[a-z]+)*")) {
            return false; // "five-year", "24-hour": an adjective
        }
        for (String w : t.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && (Character.isDigit(w.charAt(0)) || numberWords != null && numberWords.lookup(w) != null)) {
                return true;
            }
        }
        return false;
    }

    private static QuantityMention partner(QuantityMention q, List<Mention> ms) {
        QuantityMention.Change c = q.change();
        if (c == null || !"from".equals(c.role()) || c.partner() == null) {
            return null;
        }
        for (Mention m : ms) {
            if (m instanceof QuantityMention o && o.start() == c.partner()) {
                return o;
            }
        }
        return null;
    }

    private static NewsQuant.Value value(QuantityMention q) {
        QuantityMention.Original o = q.original();
        boolean range = o.min() != null && o.max() != null && o.min().compareTo(o.max()) != 0 && q.qualifier() == null;
        return range ? new NewsQuant.Value(o.min(), o.max()) : NewsQuant.Value.of(o.value());
    }

    private static String direction(QuantityMention q, String otherwise) {
        QuantityMention.Change c = q.change();
        if (c != null && c.direction() != null && (c.role().equals("by") || c.partner() != null && c.role().equals("from"))) {
            return c.direction();
        }
        return otherwise;
    }

    static String change(QuantityMention q) {
        String bound;
        if (q.qualifier() != null && !q.approximate() && (q.min() == null) != (q.max() == null)) {
            return q.min() != null ? ">" : "<"; // "lost more than 60%": the bound, as the benchmark has it
        }
        if (q.approximate()) {
            bound = "~";
        } else if (q.min() != null && q.max() == null) {
            bound = ">";
        } else if (q.max() != null && q.min() == null) {
            bound = "<";
        } else {
            bound = "=";
        }
        return direction(q, bound);
    }

    private static String change(String mod) {
        if (mod == null) {
            return "=";
        }
        return switch (mod) {
            case "APPROX" -> "~";
            case "LESS_THAN", "EQUAL_OR_LESS" -> "<";
            case "MORE_THAN", "EQUAL_OR_MORE" -> ">";
            default -> "=";
        };
    }
}
