package io.dateline.resolve.quantity;

import io.dateline.value.QuantityMention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Mention;
import io.dateline.value.TimeMention;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the figures against the English specs of Microsoft Recognizers-Text (Number and
 * NumberWithUnit): {@code {Input, NotSupported?, Results: [{Text, TypeName, Resolution, Start,
 * End}]}} with End inclusive. Meanings are compared, not spellings: a result is found when one
 * of our figures overlaps its span and has its value (and interval, unit); our figures of the
 * same sort that overlap no result count against the case. See {@link #SKIPS} for the cases
 * that are left out and why.
 *
 * <p>Run from the test suite ({@code RecognizersSpecTest}) or on its own:
 * {@code java ... io.dateline.resolve.quantity.RecognizersSpecs ../shared/corpora/recognizers-specs}.
 */
public final class RecognizersSpecs {

    /** A case that does not measure what Dateline is for, with the reason. */
    record Skip(String reason, Predicate<Case> test) {
    }

    /** One spec case. */
    record Case(String file, int index, String input, String notSupported, List<Result> results) {
        boolean anyText(Pattern p) {
            return results.stream().anyMatch(r -> p.matcher(r.text()).find());
        }
    }

    /** One expected result; end exclusive here. */
    record Result(String text, String type, int start, int end, JsonNode resolution) {
        String value() {
            JsonNode v = resolution.path("value");
            return v.isMissingNode() || v.isNull() ? null : v.asText();
        }

        String unit() {
            return resolution.path("unit").asText(null);
        }
    }

    /** Scores of one file. */
    public record Score(String file, int total, int notSupported, Map<String, Integer> skipped, int applicable,
                        int passed, int nsApplicable, int nsPassed, List<String> failures) {
        public double rate() {
            return applicable == 0 ? 1.0 : (double) passed / applicable;
        }
    }

    // ---------------------------------------------------------------- what is left out, and why

    /** Denominators news never spells out: sixths, ninths, twentieths, hundredths, twenty-firsts ... */
    private static final Pattern RARE_DENOMINATOR = Pattern.compile(
            "(?i)\\b(sixths?|sevenths?|ninths?|elevenths?|twelfths?|[a-z]+teenths?|[a-z]+ieths?|hundredths?|thousandths?|millionths?|billionths?|trillionths?)\\b"
                    + "|\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)[ -](firsts?|seconds?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?)\\b");
    private static final Pattern COMMON_DENOMINATOR = Pattern.compile(
            "(?i)([a-z-]+) +([a-z-]+)[ -](thirds?|quarters?|fourths?|fifths?|eighths?|tenths?)\\b|^([a-z-]+)[ -](thirds?|quarters?|fourths?|fifths?|eighths?|tenths?)\\b");
    private static final Set<String> SIMPLE_NUMERATORS = Set.of("a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?i)(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|[a-z]+-[a-z]+|hundred|thousand|million|billion|trillion)");

    /**
     * A fraction news would not spell: a rare denominator, or a numerator that is not one small
     * word ("twenty-three fifths", "one million two thousand two hundred three fifths"). "Three
     * quarters", "a fifth" and "one hundred and three quarters" stay in.
     */
    private static boolean unusualFraction(String text) {
        if (RARE_DENOMINATOR.matcher(text).find()) {
            return true;
        }
        Matcher m = COMMON_DENOMINATOR.matcher(text);
        while (m.find()) {
            String before = m.group(1);
            String numerator = m.group(2) != null ? m.group(2) : m.group(4);
            if (!SIMPLE_NUMERATORS.contains(numerator.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (before != null && NUMBER_WORD.matcher(before).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacentByComma(Case c) {
        List<Result> rs = c.results();
        for (int i = 0; i + 1 < rs.size(); i++) {
            int a = rs.get(i).end();
            int b = rs.get(i + 1).start();
            if (a <= b && c.input().substring(a, b).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Skip criteria, in order; the first that applies names the reason. */
    static final List<Skip> SKIPS = List.of(
            new Skip("scientific or power notation (1e10, 1.1^23, 1.3x10^6): not written in news text",
                    c -> c.input().matches("(?s).*(\\d[eE][+-]?\\d|\\^|\\dx10).*")),
            new Skip("a minus sign spaced from its number ('- 1 4/5', '- 10 k'): a dash in running text",
                    c -> c.results().stream().anyMatch(r -> r.text().matches("(?s)- .*") && r.value() != null && r.value().startsWith("-"))),
            new Skip("a lone scale letter (10G, 1,674.5 G, 1,674,200.5 M): gigas and spaced Ms are not news numbers",
                    c -> c.anyText(Pattern.compile("\\d\\s*[gG]$|\\d\\s+[mM]$"))),
            new Skip("numbers joined by commas without spaces (22,24,26,31): a list, not a number, in news text",
                    c -> adjacentByComma(c)),
            new Skip("a spaced hyphen inside a fraction ('one - fourth'): not written in news text",
                    c -> c.anyText(Pattern.compile("(?i)\\w - [a-z]*(fourths?|eighths?|fifths?|thirds?)\\b"))),
            new Skip("currency signs outside the news lexicon (元, ₡, ₾, ₭, ரூ)",
                    c -> c.input().matches("(?s).*(元|₡|₾|₭|ரூ).*")),
            new Skip("decimals spoken with 'point' (two hundred point zero three): not written in news text",
                    c -> c.anyText(Pattern.compile("(?i)\\bpoint\\b"))),
            new Skip("arithmetic read aloud (nought, naught, plus, equals)",
                    c -> c.input().matches("(?is).*\\b(nought|naught|equals|plus)\\b.*")),
            new Skip("fractions as 'x over y', 'x out of y', 'x in y': not a figure in news text",
                    c -> c.anyText(Pattern.compile("(?i)\\w (over|out of|in) \\w"))),
            new Skip("fractions news would not spell: rare denominators (ninths, twenty-firsts, trillionths) or a compound numerator (twenty-three fifths)",
                    c -> c.results().stream().anyMatch(r -> unusualFraction(r.text()))),
            new Skip("digits grouped by spaces (1 234 567), decimal commas (1,3) or Indian grouping mistaken for lists: European notation, not English news",
                    c -> c.anyText(Pattern.compile("\\d[ \\u202f]\\d{3}\\b|\\d,\\d{1,2}(?!\\d)|\\d\\.\\d{3},\\d"))),
            new Skip("dotted numbers (192.168.1.2) and codes (SCP-173): names, not figures (Dateline blocks model names)",
                    c -> c.input().matches("(?s).*\\d+\\.\\d+\\.\\d+\\.\\d+.*") || c.input().matches("(?is).*\\b[a-z]+-?\\d+[a-z]*\\b.*") && c.results().stream().anyMatch(r -> inCode(c.input(), r))),
            new Skip("comparison symbols (<, >, =, ~): notation of queries, not of news",
                    c -> c.input().matches("(?s).*[<>=~].*")),
            new Skip("'equal to N', 'N or greater than', 'larger than x and less or equal than y': query phrasing, not news",
                    c -> c.input().matches("(?is).*\\b(equal|equals|equaling|or greater|or equal)\\b.*")),
            new Skip("'percent of N' (the percent sign read before its number): query phrasing, not news",
                    c -> c.input().matches("(?is).*\\bper ?cents? of\\b.*") && c.results().stream().anyMatch(r -> r.text().toLowerCase(Locale.ROOT).startsWith("per"))),
            new Skip("relative ordinals (last, next, previous, penultimate): positions in a list, not figures",
                    c -> c.results().stream().anyMatch(r -> r.type().equals("ordinal.relative"))),
            new Skip("a price spoken in dollars and cents (thirteen dollars and forty-five cents, one dollar and two)",
                    c -> c.input().matches("(?is).*\\bdollars? (and )?\\w+( \\w+)?( cents)?\\b.*") && c.results().stream().anyMatch(r -> r.text().matches("(?is).*dollars? .+"))),
            new Skip("currencies no longer in use or outside the news lexicon (markka, peseta, guilder, franc, colón, lari, kip, sen, bitcoin)",
                    c -> c.results().stream().anyMatch(r -> r.type().equals("currency") && r.value() != null && currency(r.unit()) == null)),
            new Skip("units outside news reporting (bits, bytes, picometres, decimetres, micrograms, radians, turns, angles, drams, cups, spoons)",
                    c -> c.results().stream().anyMatch(r -> r.type().equals("dimension") && r.value() != null && unitKey(r.unit()) == null)));

    private static boolean inCode(String input, Result r) {
        int s = r.start();
        return s > 0 && (Character.isLetter(input.charAt(s - 1)) || input.charAt(s - 1) == '-');
    }

    // ---------------------------------------------------------------- their units and currencies

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("Kilometer", "km"), Map.entry("Meter", "m"), Map.entry("Centimeter", "cm"),
            Map.entry("Millimeter", "mm"), Map.entry("Mile", "mi"), Map.entry("Foot", "ft"), Map.entry("Yard", "yd"),
            Map.entry("Inch", "in"), Map.entry("Nautical mile", "nmi"), Map.entry("Kilogram", "kg"),
            Map.entry("Gram", "g"), Map.entry("Milligram", "mg"), Map.entry("Metric ton", "t"), Map.entry("Ton", "ton"),
            Map.entry("Pound", "lb"), Map.entry("Ounce", "oz"), Map.entry("Square kilometer", "km2"),
            Map.entry("Square meter", "m2"), Map.entry("Square mile", "mi2"), Map.entry("Square foot", "ft2"),
            Map.entry("Hectare", "ha"), Map.entry("Acre", "acre"), Map.entry("Liter", "l"),
            Map.entry("Milliliter", "ml"), Map.entry("Gallon", "gal"), Map.entry("Barrel", "bbl"),
            Map.entry("Cubic meter", "m3"), Map.entry("Cubic foot", "ft3"), Map.entry("Kilometer per hour", "kmh"),
            Map.entry("Mile per hour", "mph"), Map.entry("Knot", "kn"), Map.entry("Meter per second", "mps"));

    static String unitKey(String theirs) {
        return theirs == null ? null : UNITS.get(theirs);
    }

    /** Their currency unit name to an ISO code and a factor to the main unit. */
    private static final Map<String, Object[]> CURRENCIES = Map.ofEntries(
            Map.entry("Dollar", new Object[] {"USD", BigDecimal.ONE}),
            Map.entry("United States dollar", new Object[] {"USD", BigDecimal.ONE}),
            Map.entry("Canadian dollar", new Object[] {"CAD", BigDecimal.ONE}),
            Map.entry("Australian dollar", new Object[] {"AUD", BigDecimal.ONE}),
            Map.entry("Hong Kong dollar", new Object[] {"HKD", BigDecimal.ONE}),
            Map.entry("Pound", new Object[] {"GBP", BigDecimal.ONE}),
            Map.entry("British pound", new Object[] {"GBP", BigDecimal.ONE}),
            Map.entry("Euro", new Object[] {"EUR", BigDecimal.ONE}),
            Map.entry("Japanese yen", new Object[] {"JPY", BigDecimal.ONE}),
            Map.entry("Chinese yuan", new Object[] {"CNY", BigDecimal.ONE}),
            Map.entry("Swiss franc", new Object[] {"CHF", BigDecimal.ONE}),
            Map.entry("Rupee", new Object[] {"INR", BigDecimal.ONE}),
            Map.entry("Mexican peso", new Object[] {"MXN", BigDecimal.ONE}),
            Map.entry("Cent", new Object[] {"USD", new BigDecimal("0.01")}),
            Map.entry("Pence", new Object[] {"GBP", new BigDecimal("0.01")}),
            Map.entry("Penny", new Object[] {"GBP", new BigDecimal("0.01")}));

    static Object[] currency(String theirs) {
        return theirs == null ? null : CURRENCIES.get(theirs);
    }

    // ---------------------------------------------------------------- running

    private final Dateline dateline = Dateline.builder().build();
    private final ObjectMapper mapper = new ObjectMapper();

    /** The files measured: every spec of Number and NumberWithUnit in English. */
    public static List<Path> files(Path specs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("Number/English", "NumberWithUnit/English")) {
            Path d = specs.resolve(dir);
            if (Files.isDirectory(d)) {
                try (var s = Files.list(d)) {
                    s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    public Score score(Path file) throws IOException {
        String raw = Files.readString(file).replace("\uFEFF", "");
        JsonNode arr = mapper.readTree(raw);
        String name = file.getParent().getParent().getFileName() + "/" + file.getFileName();
        int total = 0;
        int ns = 0;
        int applicable = 0;
        int passed = 0;
        int nsApplicable = 0;
        int nsPassed = 0;
        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int idx = 0;
        for (JsonNode c : arr) {
            total++;
            Case k = read(name, idx++, c);
            String reason = null;
            for (Skip s : SKIPS) {
                if (s.test().test(k)) {
                    reason = s.reason();
                    break;
                }
            }
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
                continue;
            }
            String why = check(k);
            if (k.notSupported() != null) {
                ns++;
                if (!k.notSupported().contains("dotnet")) {
                    nsApplicable++;
                    if (why == null) {
                        nsPassed++;
                    } else {
                        failures.add("(NotSupported) #" + k.index() + " " + k.input() + "  -> " + why);
                    }
                }
                continue;
            }
            applicable++;
            if (why == null) {
                passed++;
            } else {
                failures.add("#" + k.index() + " " + k.input() + "  -> " + why);
            }
        }
        return new Score(name, total, ns, skipped, applicable, passed, nsApplicable, nsPassed, failures);
    }

    private static Case read(String file, int index, JsonNode c) {
        List<Result> rs = new ArrayList<>();
        for (JsonNode r : c.path("Results")) {
            rs.add(new Result(r.path("Text").asText(), r.path("TypeName").asText(), r.path("Start").asInt(),
                    r.path("End").asInt() + 1, r.path("Resolution")));
        }
        String ns = c.hasNonNull("NotSupported") ? c.get("NotSupported").asText() : null;
        return new Case(file, index, c.path("Input").asText(), ns, rs);
    }

    /** Null when the case passes, else what went wrong. */
    String check(Case k) {
        DocumentResult r = dateline.process("spec", k.input(), null);
        List<QuantityMention> qs = new ArrayList<>();
        List<TimeMention> ts = new ArrayList<>();
        for (Mention m : r.mentions()) {
            if (m instanceof QuantityMention q) {
                qs.add(q);
            } else if (m instanceof TimeMention t) {
                ts.add(t);
            }
        }
        String f = k.file();
        String sort = f.contains("Percent") ? "percent" : f.contains("Ordinal") ? "ordinal" : f.contains("Range") ? "range"
                : f.contains("Dimension") ? "dimension" : f.contains("Currency") ? "money" : f.contains("Temperature")
                ? "temperature" : f.contains("Age") ? "age" : "number";
        List<QuantityMention> ours = qs.stream().filter(q -> relevant(sort, q)).toList();
        List<Result> expected = k.results().stream().filter(x -> x.value() != null && !x.value().equals("null")).toList();
        for (Result x : expected) {
            boolean found = false;
            if (sort.equals("age")) {
                found = qs.stream().anyMatch(q -> overlaps(q.start(), q.end(), x) && ageMatches(q, x));
            } else {
                for (QuantityMention q : qs) {
                    if (overlaps(q.start(), q.end(), x) && matches(sort, q, x)) {
                        found = true;
                        break;
                    }
                }
                if (!found && sort.equals("number")) {
                    // a number a time expression took ("in 3 years") is the time grammar's
                    found = ts.stream().anyMatch(t -> overlaps(t.start(), t.end(), x)
                            && t.text().toLowerCase(Locale.ROOT).contains(x.text().toLowerCase(Locale.ROOT)));
                }
            }
            if (!found) {
                return "missed '" + x.text() + "' = " + x.value() + (x.unit() != null ? " " + x.unit() : "") + "; found "
                        + describe(qs, ts);
            }
        }
        {
            for (QuantityMention q : ours) {
                boolean covered = expected.stream().anyMatch(x -> overlaps(q.start(), q.end(), x))
                        || k.results().stream().anyMatch(x -> overlaps(q.start(), q.end(), x));
                if (!covered) {
                    return "extra '" + q.text() + "' = " + q.value() + " " + q.unit();
                }
            }
        }
        return null;
    }

    private static String describe(List<QuantityMention> qs, List<TimeMention> ts) {
        List<String> out = new ArrayList<>();
        qs.forEach(q -> out.add("'" + q.text() + "' " + q.dimension() + " " + q.value() + " " + q.unit() + " ["
                + q.min() + "," + q.max() + "]"));
        ts.forEach(t -> out.add("time '" + t.text() + "' " + t.value().value()));
        return out.toString();
    }

    private static boolean relevant(String sort, QuantityMention q) {
        return switch (sort) {
            case "number" -> q.dimension().equals("count");
            case "percent" -> q.dimension().equals("percent");
            case "ordinal" -> q.dimension().equals("ordinal");
            case "range" -> !q.dimension().equals("ordinal") && (q.min() == null || q.max() == null
                    || q.min().compareTo(q.max()) != 0);
            case "dimension" -> Set.of("length", "mass", "area", "volume", "speed").contains(q.dimension());
            case "money" -> q.dimension().equals("money");
            case "temperature" -> q.dimension().equals("temperature");
            case "age" -> q.dimension().equals("age");
            default -> false;
        };
    }

    private static boolean matches(String sort, QuantityMention q, Result x) {
        String v = x.value();
        switch (sort) {
            case "number" -> {
                if (q.dimension().equals("ordinal")) {
                    return false;
                }
                BigDecimal want = new BigDecimal(v);
                QuantityMention.Original o = q.original();
                return close(o.value(), want) || close(o.min(), want) || close(o.max(), want);
            }
            case "percent" -> {
                return q.dimension().equals("percent") && close(q.value(), new BigDecimal(v.replace("%", "")));
            }
            case "ordinal" -> {
                return q.dimension().equals("ordinal") && close(q.value(), new BigDecimal(v));
            }
            case "range" -> {
                return rangeMatches(q, x);
            }
            case "dimension" -> {
                UnitCatalog.Entry e = UnitCatalog.get(unitKey(x.unit()));
                if (e == null) {
                    return false;
                }
                BigDecimal want = UnitCatalog.toCanonical(e, new BigDecimal(v));
                if (x.unit().equals("Ton") && !close(anyBound(q), want)) {
                    // their "Ton" is any ton: a tonne ("lakh tonnes") or a short ton ("three-ton")
                    want = UnitCatalog.toCanonical(UnitCatalog.get("t"), new BigDecimal(v));
                }
                return q.dimension().equals(e.dimension()) && (close(q.value(), want) || close(q.min(), want) || close(q.max(), want));
            }
            case "money" -> {
                Object[] c = currency(x.unit());
                if (c == null || !q.dimension().equals("money")) {
                    return false;
                }
                BigDecimal want = new BigDecimal(v).multiply((BigDecimal) c[1]);
                return c[0].equals(q.unit()) && (close(q.value(), want) || close(q.min(), want) || close(q.max(), want));
            }
            case "temperature" -> {
                if (!q.dimension().equals("temperature")) {
                    return false;
                }
                String u = x.unit();
                BigDecimal want = new BigDecimal(v);
                if (u.equals("F")) {
                    want = UnitCatalog.toCanonical(UnitCatalog.get("F"), want);
                } else if (u.equals("Degree")) {
                    return "°".equals(q.unit()) && close(q.value(), want);
                }
                return "°C".equals(q.unit()) && close(q.value(), want);
            }
            default -> {
                return false;
            }
        }
    }

    private static final Pattern INTERVAL = Pattern.compile("([\\[(])([^,]*),([^\\])]*)([\\])])");

    /**
     * "(20,35]", "[30,)", "(,170)". Their ranges written "between X and Y", "X to Y", "X-Y"
     * leave the upper end open ([20,30)); Dateline reads them closed. That convention is not
     * counted as a difference; every other bound and flag is.
     */
    private static boolean rangeMatches(QuantityMention q, Result x) {
        Matcher m = INTERVAL.matcher(x.value());
        if (!m.matches()) {
            return false;
        }
        BigDecimal lo = m.group(2).isEmpty() ? null : new BigDecimal(m.group(2));
        BigDecimal hi = m.group(3).isEmpty() ? null : new BigDecimal(m.group(3));
        boolean loInc = m.group(1).equals("[");
        boolean hiInc = m.group(4).equals("]");
        QuantityMention.Original o = q.original();
        if (lo == null ? o.min() != null : !close(o.min(), lo) || q.minInclusive() != loInc) {
            return false;
        }
        if (hi == null) {
            return o.max() == null;
        }
        boolean twoSided = lo != null && loInc && !hiInc;
        return close(o.max(), hi) && (q.maxInclusive() == hiInc || twoSided);
    }

    /** An age in their unit (Year, Month, Week, Day; "Age" is years) as written. */
    private static boolean ageMatches(QuantityMention q, Result x) {
        String unit = x.unit() == null ? "" : x.unit().toLowerCase(Locale.ROOT);
        String want = unit.equals("age") ? "year" : unit;
        return q.dimension().equals("age") && want.equals(q.original().unit())
                && close(q.original().value(), new BigDecimal(x.value()));
    }

    private static BigDecimal anyBound(QuantityMention q) {
        return q.value();
    }

    private static boolean close(BigDecimal got, BigDecimal want) {
        if (got == null || want == null) {
            return false;
        }
        if (want.signum() == 0) {
            return got.signum() == 0;
        }
        BigDecimal rel = got.subtract(want).abs().divide(want.abs(), MathContext.DECIMAL64);
        return rel.compareTo(new BigDecimal("0.00001")) <= 0;
    }

    private static boolean overlaps(int s, int e, Result x) {
        return s < x.end() && x.start() < e;
    }

    /** Prints the scores of every file under the folder given (default ../shared/corpora/recognizers-specs). */
    public static void main(String[] args) throws IOException {
        Path specs = Path.of(args.length > 0 ? args[0] : "../shared/corpora/recognizers-specs");
        RecognizersSpecs r = new RecognizersSpecs();
        for (Path f : files(specs)) {
            Score s = r.score(f);
            System.out.println(format(s));
            s.failures().forEach(x -> System.out.println("    FAIL " + x));
        }
    }

    static String format(Score s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-42s %3d cases, %3d skipped, %3d NotSupported, %3d applicable, %3d passed = %5.1f%%",
                s.file(), s.total(), s.skipped().values().stream().mapToInt(Integer::intValue).sum(), s.notSupported(),
                s.applicable(), s.passed(), 100 * s.rate()));
        if (s.nsApplicable() > 0) {
            b.append(String.format(Locale.ROOT, "  (NotSupported by a port but not by .NET: %d/%d)", s.nsPassed(), s.nsApplicable()));
        }
        s.skipped().forEach((k, v) -> b.append("\n      skip ").append(v).append(": ").append(k));
        return b.toString();
    }
}
