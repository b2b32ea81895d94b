package io.dateline.output;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a mention's value means, in a few symbols, for the views that show one value where the
 * JSON has several fields: "over 1,200" is {@code > 1200}, "at least 151" {@code ≥ 151},
 * "between 10 and 20" {@code [10, 20]}, "about 40" {@code ≈ 40}, "nearly two weeks"
 * {@code < P2W}, "three days ago" {@code P3D → 2023-11-19}. Read from the JSON of the mention
 * ({@link JsonOutput#mention}), so every view says the same.
 */
public final class Meaning {

    private Meaning() {
    }

    /** The meaning of a mention's JSON; empty when it has no value. */
    public static String of(JsonNode m) {
        String out = "quantity".equals(m.path("kind").asText()) ? figure(m) : time(m);
        String unit = text(m.get("unit"));
        if (!out.isEmpty() && "quantity".equals(m.path("kind").asText()) && !unit.isEmpty()) {
            out += " " + unit;
        }
        return out;
    }

    private static String figure(JsonNode m) {
        String min = number(m.get("min"));
        String max = number(m.get("max"));
        boolean minIn = m.path("minInclusive").asBoolean(false);
        boolean maxIn = m.path("maxInclusive").asBoolean(false);
        String value = number(m.get("value"));
        boolean approx = m.path("approximate").asBoolean(false);
        String s;
        if (!min.isEmpty() && !max.isEmpty()) {
            s = min.equals(max) ? min : (minIn ? "[" : "(") + min + ", " + max + (maxIn ? "]" : ")");
        } else if (!min.isEmpty()) {
            s = (minIn ? "≥ " : "> ") + min;
        } else if (!max.isEmpty()) {
            s = (maxIn ? "≤ " : "< ") + max;
        } else {
            s = value;
        }
        return approx && !s.isEmpty() ? "≈ " + s : s;
    }

    private static String time(JsonNode m) {
        String value = text(m.get("value"));
        if (value.isEmpty()) {
            return "";
        }
        String mod = text(m.get("mod"));
        String prefix = switch (mod) {
            case "LESS_THAN", "BEFORE" -> "< ";
            case "MORE_THAN", "AFTER" -> "> ";
            case "EQUAL_OR_LESS", "ON_OR_BEFORE" -> "≤ ";
            case "EQUAL_OR_MORE", "ON_OR_AFTER" -> "≥ ";
            case "APPROX" -> "≈ ";
            case "START" -> "start of ";
            case "MID" -> "middle of ";
            case "END" -> "end of ";
            case "" -> "";
            default -> mod.toLowerCase(java.util.Locale.ROOT) + " ";
        };
        String to = text(m.get("pointsTo"));
        return prefix + value + (to.isEmpty() ? "" : " → " + to);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? "" : n.asText();
    }

    private static String number(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "";
        }
        return n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.asText();
    }
}
