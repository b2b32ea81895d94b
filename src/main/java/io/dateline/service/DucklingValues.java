package io.dateline.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.value.Anchor;
import io.dateline.value.Granularity;
import io.dateline.value.QuantityMention;
import io.dateline.value.TimeMention;
import io.dateline.value.TimeValue;
import io.dateline.value.TimexType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dateline's values in Duckling's shape: the {@code value} object of one entity and its
 * {@code dim}. What maps to what is in the README ("Duckling-compatible endpoint").
 */
final class DucklingValues {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d+(?:\\.\\d+)?)([YMWD]))?(?:T(?:(\\d+(?:\\.\\d+)?)([HMS])))?");
    private static final Map<String, String> UNITS = units();

    private DucklingValues() {
    }

    /** A time mention's {@code dim}: "time" or "duration"; null when Duckling has no such value (sets). */
    static String dim(TimeMention t) {
        TimexType type = t.value().type();
        if (type == TimexType.DURATION) {
            return "duration";
        }
        return type == TimexType.SET ? null : "time";
    }

    /** A figure's {@code dim}. */
    static String dim(QuantityMention q) {
        return switch (q.dimension()) {
            case "count" -> "number";
            case "ordinal" -> "ordinal";
            case "length" -> "distance";
            case "money" -> "amount-of-money";
            case "temperature" -> "temperature";
            case "volume" -> "volume";
            default -> "quantity";
        };
    }

    /**
     * The {@code value} of a time: a point ({@code type: value}) with its grain, or an interval
     * ({@code type: interval}, {@code from}/{@code to}) for a range, a part of a day or a weekend.
     * Null when it cannot be written as instants (no anchor: {@code XXXX-10-17}; vague
     * references such as {@code PAST_REF}).
     */
    static ObjectNode time(TimeMention t, ZoneId zone, Anchor anchor) {
        TimeValue v = t.value();
        if (v.type() == TimexType.DURATION) {
            return duration(v.value());
        }
        if (v.value().equals("PRESENT_REF") && anchor != null) {
            String now = anchor.time() != null ? anchor.time().toString() : anchor.date().toString();
            return point(instant(now, zone), "second");
        }
        if (!v.isFullySpecified() || v.start() == null) {
            return null;
        }
        if (v.rangeStart() != null || v.rangeEnd() != null) {
            return interval(v.rangeStart(), v.rangeEnd(), grain(v.granularity()), zone);
        }
        if (v.granularity() == Granularity.PART_OF_DAY) {
            String[] hours = partOfDay(v.value());
            if (hours != null) {
                LocalDate day = LocalDate.parse(v.start().substring(0, 10));
                return interval(day + "T" + hours[0], hours[1].equals("24:00") ? day.plusDays(1) + "T00:00" : day + "T" + hours[1], "hour", zone);
            }
        }
        if (v.granularity() == Granularity.WEEKEND) {
            return interval(v.start(), v.end(), "day", zone);
        }
        return point(instant(v.start(), zone), grain(v.granularity()));
    }

    /** The {@code value} of a figure: as written, with Duckling's unit names, and what it is in SI. */
    static ObjectNode quantity(QuantityMention q, String dim) {
        ObjectNode o = ParseRequest.JSON.createObjectNode();
        QuantityMention.Original w = q.original();
        String unit = unit(q, w.unit());
        boolean point = w.min() != null && w.max() != null && w.min().compareTo(w.max()) == 0;
        if (point || dim.equals("ordinal") || (w.min() == null && w.max() == null)) {
            o.put("value", w.value());
            o.put("type", "value");
            if (unit != null) {
                o.put("unit", unit);
            }
        } else {
            o.put("type", "interval");
            if (w.min() != null) {
                bound(o.putObject("from"), w.min(), unit);
            }
            if (w.max() != null) {
                bound(o.putObject("to"), w.max(), unit);
            }
        }
        if (q.unit() != null && !dim.equals("amount-of-money") && q.value() != null) {
            ObjectNode n = o.putObject("normalized");
            n.put("value", q.value());
            n.put("unit", UNITS.getOrDefault(q.unit(), q.unit()));
        }
        if (q.counted() != null && dim.equals("quantity")) {
            o.put("product", q.counted());
        }
        return o;
    }

    private static void bound(ObjectNode o, BigDecimal v, String unit) {
        o.put("value", v);
        if (unit != null) {
            o.put("unit", unit);
        }
    }

    private static String unit(QuantityMention q, String written) {
        if (q.dimension().equals("money")) {
            return q.unit(); // the ISO 4217 code
        }
        if (written == null) {
            return q.unit() == null ? null : UNITS.getOrDefault(q.unit(), q.unit());
        }
        return UNITS.getOrDefault(written, written);
    }

    private static ObjectNode point(String value, String grain) {
        ObjectNode o = ParseRequest.JSON.createObjectNode();
        o.put("value", value);
        o.put("grain", grain);
        o.put("type", "value");
        ObjectNode copy = o.deepCopy();
        o.putArray("values").add(copy);
        return o;
    }

    private static ObjectNode interval(String from, String to, String grain, ZoneId zone) {
        ObjectNode o = ParseRequest.JSON.createObjectNode();
        o.put("type", "interval");
        if (from != null) {
            ObjectNode f = o.putObject("from");
            f.put("value", instant(from, zone));
            f.put("grain", grain);
        }
        if (to != null) {
            ObjectNode t = o.putObject("to");
            t.put("value", instant(to, zone));
            t.put("grain", grain);
        }
        ObjectNode copy = o.deepCopy();
        o.putArray("values").add(copy);
        return o;
    }

    /** "2023-11-21", "2023-11-21T17:30" (in {@code zone}) or "2023-11-22T10:00-05:00" as Duckling writes instants. */
    static String instant(String iso, ZoneId zone) {
        if (iso.length() == 10) {
            return LocalDate.parse(iso).atStartOfDay(zone).format(ISO);
        }
        int t = iso.indexOf('T');
        String clock = iso.substring(t + 1);
        if (clock.contains("+") || clock.contains("-") || clock.endsWith("Z")) {
            return OffsetDateTime.parse(iso).format(ISO);
        }
        return LocalDateTime.parse(iso).atZone(zone).format(ISO);
    }

    private static String grain(Granularity g) {
        return switch (g) {
            case SECOND -> "second";
            case MINUTE -> "minute";
            case HOUR, PART_OF_DAY -> "hour";
            case DAY -> "day";
            case WEEK, WEEKEND -> "week";
            case MONTH -> "month";
            case SEASON, QUARTER, HALF -> "quarter";
            default -> "year";
        };
    }

    /** Hours of a TIMEX3 part of day, as Duckling's English rules bound them; null when unknown. */
    private static String[] partOfDay(String value) {
        int t = value.lastIndexOf('T');
        String pod = t < 0 ? "" : value.substring(t + 1);
        return switch (pod) {
            case "MO" -> new String[]{"04:00", "12:00"};
            case "AF" -> new String[]{"12:00", "19:00"};
            case "EV", "NI" -> new String[]{"18:00", "24:00"};
            case "DT" -> new String[]{"08:00", "19:00"};
            default -> null;
        };
    }

    private static ObjectNode duration(String value) {
        Matcher m = DURATION.matcher(value);
        if (!m.matches() || (m.group(1) == null && m.group(3) == null) || (m.group(1) != null && m.group(3) != null)) {
            return null; // "PXY", several units: not one Duckling duration
        }
        boolean time = m.group(3) != null;
        BigDecimal n = new BigDecimal(time ? m.group(3) : m.group(1));
        String u = time ? m.group(4) : m.group(2);
        String unit;
        long seconds;
        switch (time ? "T" + u : u) {
            case "Y" -> { unit = "year"; seconds = 31_536_000; }
            case "M" -> { unit = "month"; seconds = 2_592_000; }
            case "W" -> { unit = "week"; seconds = 604_800; }
            case "D" -> { unit = "day"; seconds = 86_400; }
            case "TH" -> { unit = "hour"; seconds = 3_600; }
            case "TM" -> { unit = "minute"; seconds = 60; }
            default -> { unit = "second"; seconds = 1; }
        }
        ObjectNode o = ParseRequest.JSON.createObjectNode();
        o.put("value", n);
        o.put("unit", unit);
        o.put(unit, n);
        o.put("type", "value");
        ObjectNode norm = o.putObject("normalized");
        norm.put("value", n.multiply(BigDecimal.valueOf(seconds)).stripTrailingZeros());
        norm.put("unit", "second");
        return o;
    }

    private static Map<String, String> units() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = DucklingValues.class.getResourceAsStream("duckling-units.tsv")) {
            if (in == null) {
                throw new IllegalStateException("duckling-units.tsv missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(f[0], f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
