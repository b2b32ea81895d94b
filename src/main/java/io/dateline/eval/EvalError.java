package io.dateline.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * One disagreement between gold and system.
 *
 * @param docId      the document
 * @param kind       what went wrong
 * @param gold       the gold TIMEX3, null for {@link Kind#SPURIOUS}
 * @param system     the system TIMEX3, null for {@link Kind#MISSED}
 * @param systemText the text at the system offsets, null for {@link Kind#MISSED}
 * @param context    about 30 code points either side, the expression in brackets, white space
 *                   collapsed
 */
public record EvalError(String docId, Kind kind, GoldTimex gold, SystemTimex system,
                        String systemText, String context) {

    /**
     * Kinds of error. A relaxed pair may give several: one each for span, type, value and mod.
     */
    public enum Kind {
        /** A gold TIMEX3 no system TIMEX3 overlaps (after one-to-one matching). */
        MISSED,
        /** A system TIMEX3 that overlaps no gold TIMEX3 (after one-to-one matching). */
        SPURIOUS,
        /** Matched by overlap, but start or end differ. */
        SPAN,
        /** Matched, different type. */
        TYPE,
        /** Matched, different value. */
        VALUE,
        /** Matched, different mod (does not count against value accuracy). */
        MOD
    }

    public EvalError {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(context, "context");
        if (kind != Kind.SPURIOUS) {
            Objects.requireNonNull(gold, "gold");
        }
        if (kind != Kind.MISSED) {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(systemText, "systemText");
        }
    }

    /** One line: id, kind, gold and system (text, type, value, mod), then the context. */
    public String toLine() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-20s %-8s", docId, kind));
        if (gold != null) {
            b.append(" gold ").append(describe(gold.text(), gold.type(), gold.value(), gold.mod()));
        }
        if (system != null) {
            b.append(" sys ").append(describe(systemText, system.type(), system.value(), system.mod()));
        }
        return b.append("  | ").append(context).toString();
    }

    private static String describe(String text, String type, String value, String mod) {
        String s = "\"" + text.replaceAll("\\s+", " ") + "\" " + (type == null ? "-" : type)
                + " " + (value == null ? "-" : value);
        return mod == null || mod.isBlank() ? s : s + " mod=" + mod;
    }
}
