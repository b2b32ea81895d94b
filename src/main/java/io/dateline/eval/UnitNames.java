package io.dateline.eval;

import io.dateline.value.QuantityMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Unit names for scoring value + unit the way CQE scores NewsQuant: Dateline's unit as written
 * ({@code original.unit}), else its canonical unit, is mapped to NewsQuant's
 * {@code normalized_unit} name by the table {@code newsquant_units.tsv} (unit, tab, name); a
 * count's name is its counted noun ("-" when nothing is counted, {@code count} for "times"); a
 * per-unit is "X per Y". Gold and system names are compared after {@link #normalize}.
 */
public final class UnitNames {

    private static final String TABLE = "newsquant_units.tsv";
    private static final Map<String, String> NAMES = load();
    private static final java.util.Set<String> NAMED = NAMES.values().stream().map(UnitNames::normalize)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private UnitNames() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = UnitNames.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + ": missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 2 || c[0].isEmpty() || c[1].isBlank()) {
                    throw new IllegalStateException(TABLE + ":" + n + ": expected 'unit<TAB>name'");
                }
                m.putIfAbsent(c[0], c[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /** Whether a normalized name is one of the table's names (a unit of measure, money or percent). */
    static boolean knows(String normalized) {
        return NAMED.contains(normalized);
    }

    /** The NewsQuant name of one of Dateline's unit symbols or codes, or null when the table has none. */
    public static String lookup(String unit) {
        return unit == null ? null : NAMES.get(unit);
    }

    /** A figure's unit name: as written through the table, else canonical through it, else as written. */
    public static String of(QuantityMention q) {
        String base;
        if (q.dimension().equals("count")) {
            base = q.counted() == null ? "-" : q.counted().equals("time") ? "count" : q.counted();
        } else if (q.dimension().equals("age")) {
            base = "year of age";
        } else {
            base = of(q.original().unit(), q.unit());
        }
        return withPer(base, q.per());
    }

    /** "X per Y", Y through the same table ("dollar per barrel"); X alone without a per-unit. */
    static String withPer(String base, QuantityMention.Per per) {
        if (per == null) {
            return base;
        }
        String y = of(per.unit(), null);
        return base + " per " + y;
    }

    /** The name of a unit written {@code written} whose canonical symbol is {@code canonical}. */
    public static String of(String written, String canonical) {
        String w = lookup(written);
        if (w != null) {
            return w;
        }
        String c = lookup(canonical);
        if (c != null) {
            return c;
        }
        if (written != null) {
            return written;
        }
        return canonical == null ? "-" : canonical;
    }

    /** The name of a duration's unit from the last letter of its TIMEX3 value ("P3M" month, "PT3M" minute). */
    public static String ofDuration(String timex) {
        if (timex == null || timex.length() < 2) {
            return "-";
        }
        boolean time = timex.startsWith("PT");
        return switch (timex.charAt(timex.length() - 1)) {
            case 'Y' -> "year";
            case 'M' -> time ? "minute" : "month";
            case 'W' -> "week";
            case 'D' -> "day";
            case 'H' -> "hour";
            case 'S' -> "second";
            default -> "-";
        };
    }

    /**
     * The comparison form of a unit name: lower-cased, each word made singular (a final "ies" to
     * "y", a final "es" after s, x, z, ch, sh dropped, else a final "s" not after "s", "u" or "i";
     * people, feet, men, women, children by name).
     */
    public static String normalize(String name) {
        if (name == null || name.isBlank()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : name.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(singular(w));
        }
        return sb.toString();
    }

    static String singular(String w) {
        switch (w) {
            case "people": return "person";
            case "feet": return "foot";
            case "men": return "man";
            case "women": return "woman";
            case "children": return "child";
            case "times": case "time": return "count";
            default: break;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.matches(".*(?:s|x|z|ch|sh)es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 2 && w.endsWith("s") && !w.matches(".*(?:ss|us|is)")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
