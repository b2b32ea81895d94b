package io.dateline.fuzz;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.Processed;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.grammar.Grammar;
import io.dateline.grammar.GrammarException;
import io.dateline.grammar.GrammarLoader;
import io.dateline.input.InputError;
import io.dateline.input.InputFormat;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.output.JsonOutput;
import io.dateline.output.TimeMlOutput;
import io.dateline.output.TsvOutput;
import io.dateline.text.Tokenizer;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What must hold for every input, whatever it is. Each check throws {@link AssertionError}
 * naming the broken invariant; the fuzz targets share them.
 *
 * <ul>
 *   <li>{@code Dateline.process}: no exception; {@code 0 <= start < end <= length} in code
 *       points; {@code text} equals the code-point slice; the same JSON on a second call; the JSON parses; no Java exception
 *       text in a warning.</li>
 *   <li>the input reader: no exception; errors are one line; every document is processed
 *       without an internal error, and its JSON, TSV and TimeML are written.</li>
 *   <li>the grammar loader: a {@link GrammarException} or a grammar that scans a sentence.</li>
 * </ul>
 */
public final class Invariants {

    private static final Pattern JAVA_EXCEPTION = Pattern.compile(
            "\\b(?:java|javax|com|org)\\.[a-z]+\\.[A-Za-z.]*|\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b");

    private static final Dateline DATELINE = Dateline.builder().build();
    private static final Processor PROCESSOR = new Processor(DATELINE, new AnchorDetector(),
            AnchorRequest.none());

    private Invariants() {
    }

    public static Dateline dateline() {
        return DATELINE;
    }

    // ---------------------------------------------------------------- the library

    static void process(String text, Anchor anchor) {
        DocumentResult first = DATELINE.process("fuzz", text, anchor);
        spans(text, first.mentions());
        warnings(first);
        parses(JsonOutput.line(first, true));
        DocumentResult again = DATELINE.process("fuzz", text, anchor);
        if (!first.equals(again)) {
            throw new AssertionError("a second call gave another result:\n" + first + "\n" + again);
        }
        parses(JsonOutput.line(first, false));
    }

    public static void spans(String text, List<Mention> mentions) {
        int length = text.codePointCount(0, text.length());
        for (Mention m : mentions) {
            if (!(0 <= m.start() && m.start() < m.end() && m.end() <= length)) {
                throw new AssertionError("span [" + m.start() + "," + m.end() + ") outside 0.." + length + ": " + m);
            }
            String slice = text.substring(text.offsetByCodePoints(0, m.start()), text.offsetByCodePoints(0, m.end()));
            if (!slice.equals(m.text())) {
                throw new AssertionError("text '" + m.text() + "' is not the slice '" + slice + "' at ["
                        + m.start() + "," + m.end() + ")");
            }
        }
    }

    private static void warnings(DocumentResult r) {
        List<String> all = new ArrayList<>(r.warnings());
        r.mentions().forEach(m -> all.addAll(m.warnings()));
        for (String w : all) {
            if (JAVA_EXCEPTION.matcher(w).find()) {
                throw new AssertionError("Java exception text in a warning: " + w);
            }
        }
    }

    public static void parses(String json) {
        try {
            JsonOutput.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("output JSON does not parse: " + e.getMessage() + "\n" + json, e);
        }
        if (json.indexOf('\n') >= 0) {
            throw new AssertionError("a JSON line holds a raw line break: " + json);
        }
    }

    // ---------------------------------------------------------------- the input reader

    static void reader(byte[] bytes, InputFormat format) {
        InputReader r = new InputReader().withStdin(new ByteArrayInputStream(bytes)).withFormat(format);
        List<InputItem> items;
        try (Stream<InputItem> s = r.read("-")) {
            items = s.toList();
        }
        if (items.isEmpty()) {
            throw new AssertionError("no item at all for " + bytes.length + " bytes");
        }
        for (InputItem item : items) {
            if (item instanceof InputError e) {
                oneLine(e.toString());
            } else {
                SourceDocument d = (SourceDocument) item;
                // only an HTML page may come without article text (its metadata may still date it),
                // and then a warning says so
                if (d.text().isBlank() && !(d.format() == InputFormat.HTML
                        && d.warnings().stream().anyMatch(w -> w.startsWith("no article text")))) {
                    throw new AssertionError("a document with blank text and no warning: " + d.id());
                }
                d.warnings().forEach(Invariants::oneLine);
            }
            Processed p = PROCESSOR.process(item);
            if (p.failed()) {
                if (p.error().message().startsWith("internal error")) {
                    throw new AssertionError(p.error().toString());
                }
                continue;
            }
            spans(p.document().text(), p.result().mentions());
            warnings(p.result());
            parses(JsonOutput.line(p.result(), true));
            StringWriter tsv = new StringWriter();
            try (PrintWriter w = new PrintWriter(tsv)) {
                TsvOutput.write(p, w);
                TimeMlOutput.write(p, w);
            }
        }
    }

    /**
     * {@link #oneLine(String)} for a message that may quote {@code input}: words of the input that
     * look like Java's exception names ("JaException" typed by a user) are the user's, not Java's.
     */
    public static void oneLine(String message, String input) {
        if (message.isBlank() || message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new AssertionError("not a one-line message: '" + message + "'");
        }
        java.util.regex.Matcher m = JAVA_EXCEPTION.matcher(message);
        while (m.find()) {
            if (!input.contains(m.group())) {
                throw new AssertionError("Java exception text reaches the user: " + message);
            }
        }
    }

    public static void oneLine(String message) {
        if (message.isBlank() || message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new AssertionError("not a one-line message: '" + message + "'");
        }
        if (JAVA_EXCEPTION.matcher(message).find()) {
            throw new AssertionError("Java exception text reaches the user: " + message);
        }
    }

    // ---------------------------------------------------------------- the grammar loader

    /** The lexicon file a user's rules may name, read once. */
    private static final String LEXICON = resource("grammars/en/10-lexicon.rules");

    static String resource(String path) {
        try (var in = Invariants.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * A user's {@code .rules} file loaded after the built-in lexicons: either a one-line
     * {@link GrammarException} naming the file, or a grammar that scans a sentence and the
     * file's own text without an exception.
     */
    static void grammar(String userRules) {
        GrammarLoader loader = new GrammarLoader();
        Grammar g;
        try {
            loader.addSource("10-lexicon.rules", LEXICON);
            loader.addSource("user.rules", userRules);
            g = loader.build();
        } catch (GrammarException e) {
            oneLine(e.getMessage());
            if (!e.getMessage().startsWith("user.rules:")) {
                throw new AssertionError("the error does not name the user's file: " + e.getMessage());
            }
            return;
        }
        for (String s : List.of("On Tuesday, 3 days after Jan. 5, 2024, at least $40 million and 12 km were lost.",
                userRules)) {
            var tokens = Tokenizer.tokenize(s);
            Grammar.select(g.scan(tokens), tokens);
        }
    }
}
