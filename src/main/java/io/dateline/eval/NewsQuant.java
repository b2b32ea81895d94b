package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The NewsQuant gold format: a JSON array of {@code {text, quantities: [{value, unit,
 * normalized_unit, change, referred_concepts}]}}. A value is a number as written ("6.0",
 * "2300000000") or a range "lo-hi" ("252.0-287.0", "36040.0-34935.0": from, to).
 */
public final class NewsQuant {

    /** A value: a number, or a range (lo, hi in the order written). */
    public record Value(BigDecimal lo, BigDecimal hi) {
        public static Value of(BigDecimal v) {
            return new Value(v, null);
        }

        public boolean isRange() {
            return hi != null;
        }

        /** The benchmark's agreement: relative tolerance 1e-5; a range matches only a range, end by end. */
        public boolean agrees(Value o) {
            if (isRange() != o.isRange()) {
                return false;
            }
            return close(lo, o.lo) && (!isRange() || close(hi, o.hi));
        }

        private static boolean close(BigDecimal a, BigDecimal b) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (x == y) {
                return true;
            }
            return Math.abs(x - y) <= 1e-5 * Math.max(Math.abs(x), Math.abs(y));
        }

        @Override
        public String toString() {
            return isRange() ? lo.stripTrailingZeros().toPlainString() + "-" + hi.stripTrailingZeros().toPlainString()
                    : lo.stripTrailingZeros().toPlainString();
        }
    }

    /** One gold quantity. */
    public record Quantity(Value value, String unit, String change, String normalizedUnit) {

        public Quantity(Value value, String unit, String change) {
            this(value, unit, change, unit);
        }
    }

    /** One sentence and its gold quantities. */
    public record Item(int index, String text, List<Quantity> quantities) {
    }

    private NewsQuant() {
    }

    /** Reads a gold file; a malformed one is an {@link IllegalArgumentException} naming the file and item. */
    public static List<Item> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": not a JSON array of sentences");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode it = root.get(i);
            if (!it.path("text").isTextual() || !it.path("quantities").isArray()) {
                throw new IllegalArgumentException(file + ": item " + i + ": needs text and quantities");
            }
            List<Quantity> qs = new ArrayList<>();
            for (JsonNode q : it.get("quantities")) {
                Value v = parse(q.path("value").asText());
                if (v == null) {
                    throw new IllegalArgumentException(file + ": item " + i + ": unreadable value '"
                            + q.path("value").asText() + "'");
                }
                qs.add(new Quantity(v, q.path("unit").asText(), q.path("change").asText("="),
                        q.path("normalized_unit").asText(q.path("unit").asText())));
            }
            items.add(new Item(i, it.get("text").asText(), List.copyOf(qs)));
        }
        return items;
    }

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile(
            "(-?[\\d.]+(?:[eE][-+]?\\d+)?)-(-?[\\d.]+(?:[eE][-+]?\\d+)?)");

    /** "6.0", "1.99E-29" or "252.0-287.0" (a leading minus is a sign). Null when unreadable. */
    static Value parse(String s) {
        String t = s.replace(" ", "").replace(",", "").strip();
        try {
            java.util.regex.Matcher m = RANGE.matcher(t);
            if (m.matches()) {
                return new Value(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
            }
            return Value.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
