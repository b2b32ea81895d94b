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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What must hold for every input, whatever it is. Each check throws {@link AssertionError}
 * naming the broken invariant; the properties and the corpus test share them.
 *
 * <ul>
 *   <li>{@code Dateline.process}: no exception; {@code 0 <= start < end <= length} in code
 *       points; {@code text} equals the code-point slice; the same JSON on a second call and
 *       on another thread (within {@link #LIMIT_SECONDS}); the JSON parses; no Java exception
 *       text in a warning.</li>
 *   <li>the input reader: no exception; errors are one line; every document is processed
 *       without an internal error, and its JSON, TSV and TimeML are written.</li>
 *   <li>the grammar loader: a {@link GrammarException} or a grammar that scans a sentence.</li>
 * </ul>
 */
final class Invariants {

    /** Any single small input taking longer than this on the other thread is a hang. */
    static final long LIMIT_SECONDS = 20;

    static final AtomicLong CHECKED = new AtomicLong();

    private static final Pattern JAVA_EXCEPTION = Pattern.compile(
            "\\b(?:java|javax|com|org)\\.[a-z]+\\.[A-Za-z.]*|\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b");

    private static final Dateline DATELINE = Dateline.builder().build();
    private static final Processor PROCESSOR = new Processor(DATELINE, new AnchorDetector(),
            AnchorRequest.none());
    private static final ExecutorService OTHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-other-thread");
        t.setDaemon(true);
        return t;
    });

    private Invariants() {
    }

    private static final long STARTED = System.nanoTime();

    private static void counted() {
        long n = CHECKED.incrementAndGet();
        if (n % 50_000 == 0) {
            System.out.printf(java.util.Locale.ROOT, "fuzz: %d inputs checked, %.0f s, %d new failures, known open met %s%n",
                    n, (System.nanoTime() - STARTED) / 1e9, Corpus.NEW_FAILURES.get(), Corpus.MET);
        }
    }

    /** One line on standard output: inputs checked so far and the known open bugs met. */
    static void summary(String what) {
        System.out.println("fuzz " + what + ": " + CHECKED.get() + " inputs checked in this JVM so far"
                + String.format(java.util.Locale.ROOT, " (%.0f s)", (System.nanoTime() - STARTED) / 1e9)
                + (Corpus.MET.isEmpty() ? "" : "; known open bugs met (by branch): " + Corpus.MET));
        if (Corpus.NEW_FAILURES.get() > 0) {
            throw new AssertionError(Corpus.NEW_FAILURES.get() + " inputs broke an invariant; the first of each kind is in "
                    + Corpus.FOUND + " (add them to the corpus)");
        }
    }

    static Dateline dateline() {
        return DATELINE;
    }

    // ---------------------------------------------------------------- the library

    static void process(String text, Anchor anchor) {
        counted();
        DocumentResult first = DATELINE.process("fuzz", text, anchor);
        spans(text, first.mentions());
        warnings(first);
        parses(JsonOutput.line(first, true));
        DocumentResult again = DATELINE.process("fuzz", text, anchor);
        if (!first.equals(again)) {
            throw new AssertionError("a second call gave another result:\n" + first + "\n" + again);
        }
        DocumentResult elsewhere = onOtherThread(() -> DATELINE.process("fuzz", text, anchor));
        if (!first.equals(elsewhere)) {
            throw new AssertionError("another thread gave another result:\n" + first + "\n" + elsewhere);
        }
        parses(JsonOutput.line(first, false));
    }

    static void spans(String text, List<Mention> mentions) {
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

    static void parses(String json) {
        try {
            JsonOutput.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("output JSON does not parse: " + e.getMessage() + "\n" + json, e);
        }
        if (json.indexOf('\n') >= 0) {
            throw new AssertionError("a JSON line holds a raw line break: " + json);
        }
    }

    private static <T> T onOtherThread(java.util.concurrent.Callable<T> job) {
        Future<T> f = OTHER.submit(job);
        try {
            return f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no result within " + LIMIT_SECONDS + " s");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new AssertionError(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    // ---------------------------------------------------------------- the input reader

    static void reader(byte[] bytes, InputFormat format) {
        counted();
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

    static void oneLine(String message) {
        if (message.isBlank() || message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new AssertionError("not a one-line message: '" + message + "'");
        }
        if (JAVA_EXCEPTION.matcher(message).find()) {
            throw new AssertionError("Java exception text reaches the user: " + message);
        }
    }

    // ---------------------------------------------------------------- the grammar loader

    /** Loads the built-in files in order with {@code mutated} in place of {@code name}. */
    static void grammar(String name, String mutated) {
        counted();
        GrammarLoader loader = new GrammarLoader();
        Grammar g;
        try {
            for (String f : FuzzInputs.ruleFiles()) {
                loader.addSource(f, f.equals(name) ? mutated : FuzzInputs.ruleFile(f));
            }
            g = loader.build();
        } catch (GrammarException e) {
            oneLine(e.getMessage());
            return;
        }
        var tokens = Tokenizer.tokenize("On Tuesday, 3 days after Jan. 5, 2024, at least $40 million and 12 km were lost.");
        Grammar.select(g.scan(tokens), tokens);
    }
}
