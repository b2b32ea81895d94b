package io.dateline.check;

import io.dateline.value.Anchor;
import io.dateline.grammar.GrammarException;
import io.dateline.resolve.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses an {@code .examples} file (format in {@code examples/README.md}):
 *
 * <pre>
 * @anchor 2023-11-22        # the publication date for the lines below ("none" for none)
 * @policy news
 * @kind time                # which mentions the lines speak of (time, quantity)
 * @lang de                  # the language the lines are read as (default: the engine's)
 * on Tuesday               => 2023-11-21
 * He spoke [Monday night]. => 2023-11-20TNI type=TIME
 * nearly two weeks         => P2W mod=LESS_THAN
 * !The Tuesday Club                  # no mention of this kind may overlap (the [part] or) the line
 * </pre>
 */
public final class ExampleFile {

    /** One example line. {@code expected} maps JSON field paths to expected text. */
    public record Example(String file, int line, String input, int spanStart, int spanEnd, boolean negative,
                          String kind, Anchor anchor, Policy policy, Map<String, String> expected, String lang) {

        public Example(String file, int line, String input, int spanStart, int spanEnd, boolean negative,
                       String kind, Anchor anchor, Policy policy, Map<String, String> expected) {
            this(file, line, input, spanStart, spanEnd, negative, kind, anchor, policy, expected, null);
        }

        public String location() {
            return file + ":" + line;
        }
    }

    private ExampleFile() {
    }

    public static List<Example> read(Path p, String defaultKind) {
        try {
            return parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8), defaultKind);
        } catch (IOException e) {
            throw new GrammarException(p.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    public static List<Example> parse(String file, String text, String defaultKind) {
        List<Example> out = new ArrayList<>();
        Anchor anchor = null;
        Policy policy = Policy.NEWS;
        String kind = defaultKind;
        String lang = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int ln = i + 1;
            String l = stripComment(lines[i]).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("@")) {
                String[] kv = l.substring(1).split("\\s+", 2);
                String arg = kv.length > 1 ? kv[1].strip() : "";
                switch (kv[0]) {
                    case "anchor" -> anchor = parseAnchor(file, ln, arg);
                    case "policy" -> {
                        try {
                            policy = Policy.parse(arg);
                        } catch (IllegalArgumentException e) {
                            throw new GrammarException(file, ln, e.getMessage());
                        }
                    }
                    case "kind" -> kind = arg;
                    case "lang" -> {
                        lang = io.dateline.Languages.primary(arg);
                        if (lang == null) {
                            throw new GrammarException(file, ln, "@lang needs a language tag such as de, fr or es, not '" + arg + "'");
                        }
                    }
                    default -> throw new GrammarException(file, ln, "unknown directive @" + kv[0]
                            + " (expected @anchor, @policy, @kind, @lang)");
                }
                continue;
            }
            boolean negative = l.startsWith("!");
            String input;
            Map<String, String> expected = new LinkedHashMap<>();
            if (negative) {
                input = l.substring(1).strip();
                if (input.contains("=>")) {
                    throw new GrammarException(file, ln, "a negative example (!) has no '=> value'");
                }
            } else {
                int arrow = l.indexOf("=>");
                if (arrow < 0) {
                    throw new GrammarException(file, ln, "expected 'input => value [field=value ...]' or '!input'");
                }
                input = l.substring(0, arrow).strip();
                String rhs = l.substring(arrow + 2).strip();
                if (rhs.isEmpty()) {
                    throw new GrammarException(file, ln, "nothing after '=>'");
                }
                String[] parts = rhs.split("\\s+(?=[A-Za-z.]+~?=)");
                int k = 0;
                if (!parts[0].matches("[A-Za-z.]+~?=.*")) {
                    expected.put("value", parts[0].strip());
                    k = 1;
                }
                for (; k < parts.length; k++) {
                    String p = parts[k].strip();
                    int eq = p.indexOf('=');
                    if (eq <= 0) {
                        throw new GrammarException(file, ln, "expected field=value, found '" + p + "'");
                    }
                    expected.put(p.substring(0, eq), p.substring(eq + 1));
                }
            }
            if (input.isEmpty()) {
                throw new GrammarException(file, ln, "empty input");
            }
            int open = input.indexOf('[');
            int close = input.indexOf(']');
            int s = 0;
            int e;
            if (open >= 0 || close >= 0) {
                if (open < 0 || close < open || input.indexOf('[', open + 1) >= 0 || input.indexOf(']', close + 1) >= 0) {
                    throw new GrammarException(file, ln, "use one pair of [ ] to mark the expected span");
                }
                String plain = input.substring(0, open) + input.substring(open + 1, close) + input.substring(close + 1);
                s = input.codePointCount(0, open);
                e = s + input.codePointCount(open + 1, close);
                input = plain;
            } else {
                e = input.codePointCount(0, input.length());
            }
            if (kind == null) {
                throw new GrammarException(file, ln, "no @kind given for this file");
            }
            out.add(new Example(file, ln, input, s, e, negative, kind, anchor, policy, Map.copyOf(expected), lang));
        }
        return out;
    }

    private static String stripComment(String l) {
        int k = l.indexOf(" #");
        if (l.startsWith("#")) {
            return "";
        }
        return k >= 0 ? l.substring(0, k) : l;
    }

    static Anchor parseAnchor(String file, int ln, String arg) {
        if (arg.equals("none")) {
            return null;
        }
        try {
            if (arg.length() == 10) {
                return Anchor.ofDate(LocalDate.parse(arg), "option");
            }
            try {
                OffsetDateTime odt = OffsetDateTime.parse(arg);
                return Anchor.ofDateTime(odt.toLocalDateTime(), odt.getOffset(), "option");
            } catch (DateTimeParseException e) {
                return Anchor.ofDateTime(LocalDateTime.parse(arg), null, "option");
            }
        } catch (DateTimeParseException e) {
            throw new GrammarException(file, ln, "@anchor '" + arg + "' is not an ISO date or date-time");
        }
    }
}
