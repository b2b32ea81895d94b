package io.dateline.fuzz;

import io.dateline.check.ExampleFile;
import io.dateline.check.ExampleRunner;
import io.dateline.testing.TestPaths;
import io.dateline.value.Anchor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile, news-like input for the fuzzing properties: random pieces of news
 * text (digits, punctuation, months, units, currency signs, astral and combining characters,
 * bidirectional marks, NUL, lone surrogates), the example sentences of {@code examples/en}
 * mutated, random bytes, HTML and JSON Lines built from those, and the built-in rule files
 * mutated line by line.
 */
final class FuzzInputs {

    /** Pieces that news text is made of, and pieces that should never trouble a reader. */
    static final List<String> PIECES = List.of(
            "0", "1", "7", "12", "13", "24", "31", "99", "100", "1,000", "3,000", "10,000", "2.5", "0.75",
            "1988", "2023", "2024", "9999", "0001", "1e9", "1E+400", "123456789012345678901234567890",
            "January", "Feb.", "March", "Sept", "December", "Jan", "may", "Monday", "Tuesday", "Sun.",
            "today", "yesterday", "tomorrow", "now", "ago", "last", "next", "this", "each", "every",
            "year", "years", "week", "weekend", "month", "quarter", "Q3", "day", "night", "morning",
            "13:32", "5:07pm", "PM", "a.m.", "noon", "midnight", "ET", "GMT", "UTC", "+05:30", "BST", "IST",
            "at least", "about", "nearly", "more than", "up to", "between", "and", "to", "from", "until",
            "since", "on", "in", "by", "the", "a", "an", "one", "two", "ten", "hundred", "thousand",
            "million", "bn", "trillion", "half", "dozen", "percent", "per cent", "%", "percentage points",
            "pp", "km", "kilometers", "miles", "mi", "kg", "pounds", "lb", "°C", "°F", "m²", "mph", "km/h",
            "$", "US$", "€", "£", "¥", "₹", "₩", "USD", "EUR", "dollars", "euros", "yen", "cents",
            ".", ",", ";", ":", "-", "–", "—", " — ", "/", "(", ")", "[", "]", "\"", "'", "’", "…", "?", "!",
            "\n", "\r\n", "\t", "  ", "\u00a0", "\u202f", "\u2009", "\u3000",
            "\u200f", "\u200e", "\u202e", "\u2066", "\u2069", "\u061c", "\ufeff", "\u200b", "\u200d",
            "\u0301", "e\u0301", "\u0308", "\u20dd", "\ud83d\ude00", "\ud835\udfd9", "\ud801\udc00", "\ud83c\uddfa\ud83c\uddf8",
            "\u0000", "\u0007", "\u001b", "\ufffd", "\uffff", "\ud800", "\udc00", "\udbff",
            "\u0663\u0660", "\uff11\uff12", "\u0967", "\u2155", "\u00bd", "\u2160", "١٢:٣٠",
            "BC", "AD", "'90s", "1990s", "FY2024", "H1", "2023-11-22", "11/22/2023", "22.11.2023", "2024-01-23T17:07-05:00",
            "<b>", "</p>", "&amp;", "&#x1F600;", "{", "}", "\\", "\\u0000");

    private static final List<String> SEEDS = loadSeeds();
    private static final List<String> RULE_FILES = List.of("10-lexicon.rules", "20-time-base.rules",
            "30-time-compose.rules", "40-numerals.rules", "50-quantities.rules", "90-negative.rules");

    private FuzzInputs() {
    }

    /** The example sentences of examples/en, without their [ ] marks. */
    static List<String> seeds() {
        return SEEDS;
    }

    private static List<String> loadSeeds() {
        List<String> out = new ArrayList<>();
        for (ExampleFile.Example ex : ExampleRunner.load(TestPaths.examples("en"))) {
            out.add(ex.input());
        }
        try (Stream<Path> s = Files.list(TestPaths.examples("articles"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("examples/articles: " + e.getMessage(), e);
        }
        if (out.size() < 100) {
            throw new IllegalStateException("expected the example sentences, found " + out.size());
        }
        return List.copyOf(out);
    }

    /** Random news-like text: pieces, joined by a space or nothing. */
    static Arbitrary<String> piecesText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES),
                Arbitraries.of(PIECES),
                Arbitraries.of(PIECES),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(40));
        Arbitrary<String> glue = Arbitraries.of(" ", " ", " ", "", "-", ", ");
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(40), glue.list().ofSize(40))
                .as((ps, gs) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ps.size(); i++) {
                        b.append(ps.get(i));
                        if (i + 1 < ps.size()) {
                            b.append(gs.get(i));
                        }
                    }
                    return b.toString();
                });
    }

    /** An example sentence with a few random edits. */
    static Arbitrary<String> mutatedSeed() {
        return Combinators.combine(Arbitraries.of(SEEDS), edits(6)).as(FuzzInputs::apply);
    }

    /** Either kind of text, with the anchors a resolver may meet. */
    static Arbitrary<String> newsText() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, piecesText()),
                net.jqwik.api.Tuple.of(4, mutatedSeed()),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(80)));
    }

    static Arbitrary<Anchor> anchors() {
        return Arbitraries.of(
                Anchor.ofDate(LocalDate.of(2024, 1, 23), "option"),
                Anchor.ofDate(LocalDate.of(2023, 11, 22), "option"),
                Anchor.ofDateTime(LocalDateTime.of(2023, 12, 31, 23, 30), ZoneOffset.ofHours(-5), "option"),
                Anchor.ofDate(LocalDate.of(2024, 2, 29), "option"),
                Anchor.ofDate(LocalDate.of(1, 1, 1), "option"),
                Anchor.ofDate(LocalDate.of(9999, 12, 31), "option")).injectNull(0.2);
    }

    /** One edit: what to do, where (a fraction of the length), and what to insert. */
    record Edit(int op, double at, double span, String piece) {
    }

    static Arbitrary<List<Edit>> edits(int max) {
        Arbitrary<Edit> e = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMinLength(1).ofMaxLength(3)))
                .as(Edit::new);
        return e.list().ofMinSize(1).ofMaxSize(max);
    }

    /** Applies edits on chars (so a surrogate pair may be cut in two, on purpose). */
    static String apply(String s, List<Edit> edits) {
        StringBuilder b = new StringBuilder(s);
        for (Edit e : edits) {
            int at = (int) (e.at() * b.length());
            int len = Math.min(b.length() - at, (int) (e.span() * 12));
            switch (e.op()) {
                case 0, 1 -> b.insert(at, e.piece());
                case 2 -> b.delete(at, at + len);
                case 3 -> b.replace(at, at + len, e.piece());
                case 4 -> {
                    String part = b.substring(at, at + len);
                    b.insert(at, part.repeat(1 + (int) (e.span() * 5)));
                }
                case 5 -> {
                    if (at < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                    }
                }
                default -> b.insert(at, ' ');
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- bytes for the reader

    /** Random bytes, UTF-8 news text with bytes flipped, and text with a BOM or CRs. */
    static Arbitrary<byte[]> textBytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Combinators.combine(newsText(), byteEdits()).as((t, e) -> mutateBytes(t.getBytes(StandardCharsets.UTF_8), e)),
                newsText().map(t -> ("\ufeff" + t.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8)));
    }

    static Arbitrary<byte[]> htmlBytes() {
        Arbitrary<String> tag = Arbitraries.of("p", "div", "article", "span", "script", "style", "time",
                "header", "h1", "li", "table", "td", "br", "!--", "meta", "title", "noscript", "main");
        Arbitrary<String> meta = Arbitraries.of("",
                "<meta charset=\"windows-1252\">", "<meta charset=\"utf-8\">", "<meta charset=\"x-nope\">",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
                "<meta property=\"article:published_time\" content=\"2024-01-23T17:07:00-05:00\">",
                "<meta name=\"date\" content=\"yesterday\">", "<meta name=\"pubdate\" content=\"99999999999\">",
                "<script type=\"application/ld+json\">{\"datePublished\": [1, {\"x\": null}]}</script>",
                "<time datetime=\"2023-11-22\">", "<link rel=\"canonical\" href=\"http://x/\">");
        return Combinators.combine(meta, meta, tag.list().ofMaxSize(12), newsText(), newsText(),
                        Arbitraries.integers().between(0, 60), byteEdits())
                .as((m1, m2, tags, t1, t2, depth, edits) -> {
                    StringBuilder b = new StringBuilder("<html><head>").append(m1).append(m2).append("</head><body>");
                    b.append("<div>".repeat(depth));
                    for (String t : tags) {
                        b.append('<').append(t).append('>').append(t1, 0, Math.min(t1.length(), 20));
                    }
                    b.append(t2);
                    for (int i = tags.size() - 1; i >= 0; i -= 2) {
                        b.append("</").append(tags.get(i)).append('>');
                    }
                    b.append("</div>".repeat(depth / 2)).append("</body></html>");
                    return edits.isEmpty() ? b.toString().getBytes(StandardCharsets.UTF_8)
                            : mutateBytes(b.toString().getBytes(StandardCharsets.UTF_8), edits.subList(0, 1));
                });
    }

    static Arbitrary<byte[]> jsonLinesBytes() {
        Arbitrary<String> value = Arbitraries.oneOf(
                newsText().map(FuzzInputs::jsonString),
                Arbitraries.of("42", "-0.5e300", "null", "true", "[]", "{}", "[\"2024-01-23\"]",
                        "{\"date\": \"2024-01-23\"}", "\"\"", "\"   \"", "\"2024-01-23\"", "\"yesterday\"",
                        "\"3 days ago\"", "\"now\"", "\"" + "9".repeat(300) + "\"", "\"\\ud800\"", "\"\\u0000\""));
        Arbitrary<String> key = Arbitraries.of("text", "text", "published", "id", "url", "title", "text ");
        Arbitrary<String> record = Combinators.combine(key.list().ofMaxSize(5), value.list().ofSize(5))
                .as((ks, vs) -> {
                    StringBuilder b = new StringBuilder("{");
                    for (int i = 0; i < ks.size(); i++) {
                        b.append(i == 0 ? "" : ",").append('"').append(ks.get(i)).append("\":").append(vs.get(i));
                    }
                    return b.append('}').toString();
                });
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, record),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "   ", "[1,2]", "\"text\"", "{", "{\"text\":\"a\"} x", "\r")));
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), byteEdits())
                .as((ls, edits) -> {
                    byte[] b = String.join("\n", ls).getBytes(StandardCharsets.UTF_8);
                    return edits.size() > 2 ? mutateBytes(b, edits.subList(0, 1)) : b;
                });
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A byte edit: position (fraction) and byte. */
    record ByteEdit(double at, byte value, boolean insert) {
    }

    static Arbitrary<List<ByteEdit>> byteEdits() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1),
                        Arbitraries.of((byte) 0, (byte) 0xff, (byte) 0xc3, (byte) 0x80, (byte) 0xed, (byte) 0xa0,
                                (byte) 0xe2, (byte) '\n', (byte) '"', (byte) '<', (byte) 0x7f),
                        Arbitraries.of(true, false))
                .as(ByteEdit::new).list().ofMaxSize(4);
    }

    static byte[] mutateBytes(byte[] in, List<ByteEdit> edits) {
        byte[] b = in;
        for (ByteEdit e : edits) {
            int at = (int) (e.at() * b.length);
            if (e.insert() || b.length == 0) {
                byte[] n = new byte[b.length + 1];
                System.arraycopy(b, 0, n, 0, at);
                n[at] = e.value();
                System.arraycopy(b, at, n, at + 1, b.length - at);
                b = n;
            } else {
                b = b.clone();
                b[Math.min(at, b.length - 1)] = e.value();
            }
        }
        return b;
    }

    // ---------------------------------------------------------------- rule files

    static List<String> ruleFiles() {
        return RULE_FILES;
    }

    private static final java.util.Map<String, String> RULE_TEXT = new java.util.concurrent.ConcurrentHashMap<>();

    static String ruleFile(String name) {
        return RULE_TEXT.computeIfAbsent(name, FuzzInputs::readRuleFile);
    }

    private static String readRuleFile(String name) {
        try {
            return Files.readString(TestPaths.root().resolve("grammars/en").resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    /** A line edit on a rule file: delete, duplicate, move, cut, splice a piece, reindent. */
    record LineEdit(int op, double at, double other, String piece) {
    }

    static Arbitrary<List<LineEdit>> lineEdits() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.of(
                "rule", "match", "emit", "kind=date", "wekday=3", "kind=nope", "{nolex}", "{tnum@v}", "$v", "$",
                "/(?<v>\\d+)/", "/(/", "/(.*a){10}$/", "(", ")?", "|", "[", "]", "@", "=", "lexicon", "note",
                "stage", "  ", "\t", "#", "-", "1+", "?", "*", "/", "{", "}", "emit kind=_amt amount=$nope"));
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), piece).as(LineEdit::new).list().ofMinSize(1).ofMaxSize(4);
    }

    static String mutateRules(String text, List<LineEdit> edits) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (LineEdit e : edits) {
            if (lines.isEmpty()) {
                lines.add(e.piece());
                continue;
            }
            int i = Math.min(lines.size() - 1, (int) (e.at() * lines.size()));
            int j = Math.min(lines.size() - 1, (int) (e.other() * lines.size()));
            String l = lines.get(i);
            int col = (int) (e.other() * l.length());
            switch (e.op()) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(j, l);
                case 2 -> lines.set(i, l.substring(0, col) + e.piece() + l.substring(col));
                case 3 -> lines.set(i, l.substring(0, col));
                case 4 -> lines.set(i, l.isEmpty() ? l : l.strip());
                case 5 -> lines.set(i, "  " + l);
                case 6 -> {
                    lines.set(i, lines.get(j));
                    lines.set(j, l);
                }
                default -> lines.set(i, l.replaceFirst("\\S+",
                        java.util.regex.Matcher.quoteReplacement(e.piece().isBlank() ? "x" : e.piece())));
            }
        }
        return String.join("\n", lines);
    }
}
