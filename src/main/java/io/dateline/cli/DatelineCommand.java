package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.Processed;
import io.dateline.Processor;
import io.dateline.batch.BatchRunner;
import io.dateline.batch.Progress;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.batch.RecordJson;
import io.dateline.output.TextOutput;
import io.dateline.output.TimeMlOutput;
import io.dateline.output.TsvOutput;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Finds every time expression and figure in news articles and resolves them against the publication date.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document processed", "1:some examples failed (check)",
                "2:bad usage or input (a missing or unreadable file, a malformed document, an unreadable --published, a broken grammar); the other documents are still processed",
                "3:an internal error (a bug in Dateline; please report it)"})
public final class DatelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Articles, folders (read recursively) or '-' for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Choices.OutputFormats.class,
            description = "One of: ${COMPLETION-CANDIDATES}. json: JSON Lines (default); tsv: one row per mention; timeml: TimeML 1.2.1, one XML document per input; text: for people (color on a terminal).")
    Choices.OutputFormat format = Choices.OutputFormat.JSON;

    @Option(names = "--color", negatable = true, description = "Color the text view (default: only when standard output is a terminal and NO_COLOR is not set).")
    Boolean color;

    @Option(names = "--explain", description = "Also show the rules and resolution steps behind every value.")
    boolean explain;

    @Option(names = "--with-text", description = "JSON: add \"text\", the document text the offsets refer to (for HTML, JSON Lines and TimeML the extracted text).")
    boolean withText;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Worker threads (default: the number of cores). Output keeps the input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fail-fast", description = "Stop at the first document that cannot be read (default: report it and go on).")
    boolean failFast;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line on standard error.")
    boolean quiet;

    @Mixin
    EngineOptions engine;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("dateline: no FILE given (use '-' for standard input; --help for usage)");
            return ExitCodes.BAD_INPUT;
        }
        if (threads < 1) {
            err.println("dateline: --threads must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        // every usage error (--published, --glob, a grammar) before the first byte of output
        int[] code = {ExitCodes.OK};
        AnchorDetector detector = new AnchorDetector();
        AnchorRequest request = input.request(detector, err, code);
        InputReader reader = input.reader(err, "dateline");
        Dateline dateline = engine.build();
        if (format == Choices.OutputFormat.TSV) {
            TsvOutput.header(out);
        }
        Processor processor = new Processor(dateline, detector, request, engine.detectLanguage());
        long[] unanchored = {0};
        BatchRunner.Summary s;
        try (Progress progress = quiet ? Progress.silent() : Progress.forStandardError(true)) {
            BatchRunner runner = new BatchRunner(processor, threads, failFast);
            if (format == Choices.OutputFormat.JSON || format == Choices.OutputFormat.TSV) {
                runner = runner.streamingLongDocuments(); // a long document's mentions are written as found
            }
            s = runner.run(chain(reader, files), p -> {
                write(p, out, err, code);
                if (!p.failed() && p.result().anchor() == null) {
                    unanchored[0]++;
                }
                progress.step(p.mentionCount());
            });
        }
        out.flush(); // the results end before the summary starts, on a shared terminal too
        if (!quiet) {
            err.printf(java.util.Locale.ROOT, "dateline: %d documents, %d mentions, %d errors, %d without a publication date, %.2f s%s%n",
                    s.documents(), s.mentions(), s.errors(), unanchored[0], s.nanos() / 1e9, s.stoppedEarly() ? " (stopped at the first error: --fail-fast)" : "");
            err.flush();
        }
        return code[0];
    }

    /** The items of every FILE argument, one after the other, read lazily. */
    static Iterator<InputItem> chain(InputReader reader, List<String> args) {
        return new Iterator<>() {
            private int next;
            private Iterator<InputItem> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < args.size()) {
                    current = reader.iterator(args.get(next++));
                }
                return current.hasNext();
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private void write(Processed p, PrintWriter out, PrintWriter err, int[] code) {
        if (p.failed()) {
            err.println("dateline: " + p.error());
            code[0] = ExitCodes.BAD_INPUT;
        }
        switch (format) {
            case JSON -> {
                try {
                    RecordJson.write(p, explain, withText, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e); // a PrintWriter does not throw
                }
                out.println();
            }
            case TSV -> {
                if (p.streamed()) {
                    TsvOutput.writeStreamed(p, out);
                } else {
                    TsvOutput.write(p, out);
                }
            }
            case TIMEML -> TimeMlOutput.write(p, out);
            case TEXT -> TextOutput.write(p, explain, color != null ? color : TextOutput.colorWanted(), out);
        }
        out.flush();
    }

    /** The JSON record of a processed item: {@link RecordJson}, shared with the service. */
    static final class DocumentJson {
        private DocumentJson() {
        }

        static String line(Processed p, boolean explain) {
            return RecordJson.line(p, explain, false);
        }
    }
}
