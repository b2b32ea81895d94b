package io.dateline.check;

import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.anchor.AnchorResult;
import io.dateline.input.SourceDocument;
import io.dateline.value.Anchor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Anchor examples: the format documented at the top of {@code examples/anchors/anchors.examples}
 * (dateline text → anchor value, source, warnings), parsed and checked. The test suite and
 * {@code dateline check} both run them.
 */
public final class AnchorExamples {

    private static final Set<String> SOURCES = Set.of("option", "metadata", "dct", "dateline", "byline", "now",
            "url", "html", "text", "-");
    private static final Set<String> KEYS = Set.of("published", "region", "metadata", "dct", "now", "format", "want", "lang");

    /** A malformed line; the message starts with {@code file:line:}. */
    public static final class FormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    /** One example. */
    public record Case(String where, String input, String value, String source, List<String> warnings,
                Map<String, String> options) {

        SourceDocument document() {
            if ("html".equals(options.get("format"))) {
                byte[] bytes = input.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                io.dateline.input.InputReader reader = new io.dateline.input.InputReader()
                        .withFormat(io.dateline.input.InputFormat.HTML)
                        .withStdin(new java.io.ByteArrayInputStream(bytes));
                try (var items = reader.read("-")) {
                    io.dateline.input.InputItem item = items.findFirst().orElseThrow();
                    if (!(item instanceof SourceDocument d)) {
                        throw new FormatException(where + ": the HTML input cannot be read: " + item);
                    }
                    return d;
                }
            }
            SourceDocument doc = SourceDocument.ofText(where, input);
            if (options.containsKey("metadata")) {
                doc = doc.withPublishedHint(options.get("metadata"), "html:meta[article:published_time]");
            }
            if (options.containsKey("dct")) {
                doc = doc.withPublishedHint(options.get("dct"), "timeml:dct");
            }
            if (options.containsKey("lang")) {
                doc = doc.withLang(options.get("lang"), "field");
            }
            return doc;
        }

        AnchorRequest request() {
            Clock clock = null;
            if (options.containsKey("now")) {
                OffsetDateTime now = OffsetDateTime.parse(options.get("now"));
                clock = Clock.fixed(now.toInstant(), now.getOffset());
            }
            AnchorRequest.Want want = options.containsKey("want")
                    ? AnchorRequest.Want.valueOf(options.get("want").toUpperCase(java.util.Locale.ROOT)) : AnchorRequest.Want.PUBLISHED;
            return new AnchorRequest(options.get("published"), options.get("region"), clock, null, want);
        }
    }

    private AnchorExamples() {
    }

    public static List<Case> parse(String fileName, List<String> lines) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            cases.add(parseLine(fileName + ":" + (i + 1), line));
        }
        return cases;
    }

    /**
     * Runs one example; null when it passes, else what differed (starting with its
     * {@code file:line}) and what the detector saw.
     */
    public static String check(Case c, AnchorDetector detector) {
        AnchorResult r = detector.detect(c.document(), c.request());
        String got = r.anchor() == null ? "none" : r.anchor().value();
        String gotSource = r.anchor() == null ? "-" : r.anchor().source();
        String context = "\n  candidates: " + r.candidates() + "\n  warnings: " + r.allWarnings();
        if (!c.value().equals(got)) {
            return c.where() + ": expected " + c.value() + " but got " + got + context;
        }
        if (!c.source().equals(gotSource)) {
            return c.where() + ": expected source " + c.source() + " but got " + gotSource + context;
        }
        List<String> all = r.allWarnings();
        if (c.warnings().isEmpty() && !all.isEmpty()) {
            return c.where() + ": expected no warnings" + context;
        }
        for (String w : c.warnings()) {
            if (all.stream().noneMatch(x -> x.contains(w))) {
                return c.where() + ": no warning contains '" + w + "'" + context;
            }
        }
        return null;
    }

    private static Case parseLine(String where, String line) {
        int arrow = line.indexOf(" => ");
        if (arrow < 0) {
            throw new FormatException(where + ": missing ' => ' between input and expectation");
        }
        if (line.indexOf(" => ", arrow + 1) >= 0) {
            throw new FormatException(where + ": more than one ' => '");
        }
        String input = unescape(where, line.substring(0, arrow).strip());
        if (input.isEmpty()) {
            throw new FormatException(where + ": empty input");
        }
        String[] fields = line.substring(arrow + 4).split(" \\| ", -1);
        if (fields.length < 3 || fields.length > 4) {
            throw new FormatException(where + ": expected 'value | source | warnings [| options]' after ' => ', found "
                    + fields.length + " field(s)");
        }
        String value = fields[0].strip();
        String source = fields[1].strip();
        String warnings = fields[2].strip();
        if (value.isEmpty() || source.isEmpty() || warnings.isEmpty()) {
            throw new FormatException(where + ": value, source and warnings must not be empty (use none / - )");
        }
        if (!SOURCES.contains(source)) {
            throw new FormatException(where + ": unknown source '" + source + "' (expected one of " + SOURCES + ")");
        }
        if (value.equals("none") != source.equals("-")) {
            throw new FormatException(where + ": value none goes with source -, and only with it");
        }
        List<String> expectedWarnings = new ArrayList<>();
        if (!warnings.equals("-")) {
            for (String w : warnings.split(" && ", -1)) {
                if (w.isBlank()) {
                    throw new FormatException(where + ": empty warning substring");
                }
                expectedWarnings.add(w.strip());
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (fields.length == 4) {
            for (String kv : fields[3].split(";", -1)) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new FormatException(where + ": option '" + kv.strip() + "' is not key=value");
                }
                String key = kv.substring(0, eq).strip();
                if (!KEYS.contains(key)) {
                    throw new FormatException(where + ": unknown option '" + key + "' (expected one of " + KEYS + ")");
                }
                if (options.put(key, kv.substring(eq + 1).strip()) != null) {
                    throw new FormatException(where + ": option '" + key + "' given twice");
                }
            }
            if (options.containsKey("now")) {
                try {
                    OffsetDateTime.parse(options.get("now"));
                } catch (DateTimeParseException e) {
                    throw new FormatException(where + ": now= needs an ISO date-time with offset: " + e.getMessage());
                }
            }
        }
        return new Case(where, input, value, source, List.copyOf(expectedWarnings), options);
    }

    private static String unescape(String where, String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i + 1 >= s.length()) {
                throw new FormatException(where + ": input ends with a lone backslash");
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n':
                    sb.append('\n');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case '\\':
                    sb.append('\\');
                    break;
                default:
                    throw new FormatException(where + ": unknown escape \\" + n + " (use \\n, \\t or \\\\)");
            }
        }
        return sb.toString();
    }
}
