package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.document.Anchor;
import io.dateline.grammar.GrammarException;
import io.dateline.output.JsonOutput;
import io.dateline.output.TextOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
        subcommands = {CheckCommand.class, EvalCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document processed", "1:some examples failed (check)",
                "2:bad usage or input (missing file, unreadable anchor, broken grammar); other documents are still processed"})
public final class DatelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Articles to read ('-' for standard input).")
    List<String> files = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE", description = "The publication date: ISO date or date-time (2023-11-22, 2024-01-23T17:07-05:00), or 'now' to use the system clock.")
    String published;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (JSON Lines, default) or text.")
    String format = "json";

    @Option(names = "--explain", description = "Also show the rules and resolution steps behind every value.")
    boolean explain;

    @Mixin
    EngineOptions engine;

    /** The clock behind --published now; replaceable in tests. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("dateline: no FILE given (use '-' for standard input; --help for usage)");
            return ExitCodes.BAD_INPUT;
        }
        if (!format.equals("json") && !format.equals("text")) {
            err.println("dateline: --format must be json or text, not '" + format + "'");
            return ExitCodes.BAD_INPUT;
        }
        Anchor anchor = null;
        int code = ExitCodes.OK;
        if (published != null) {
            try {
                anchor = AnchorOption.parse(published, clock);
            } catch (IllegalArgumentException e) {
                err.println("dateline: " + e.getMessage());
                code = ExitCodes.BAD_INPUT;
            }
        }
        Dateline dateline;
        try {
            dateline = engine.build();
        } catch (GrammarException | IllegalArgumentException e) {
            err.println("dateline: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        for (String f : files) {
            String text;
            try {
                text = read(f);
            } catch (NoSuchFileException e) {
                err.println("dateline: " + f + ": no such file");
                code = ExitCodes.BAD_INPUT;
                continue;
            } catch (CharacterCodingException e) {
                err.println("dateline: " + f + ": not valid UTF-8");
                code = ExitCodes.BAD_INPUT;
                continue;
            } catch (IOException e) {
                err.println("dateline: " + f + ": cannot read: " + e.getMessage());
                code = ExitCodes.BAD_INPUT;
                continue;
            }
            DocumentResult r = dateline.process(f, text, anchor);
            if (format.equals("json")) {
                out.println(JsonOutput.line(r, explain));
            } else {
                TextOutput.write(r, explain, out);
            }
            out.flush();
        }
        return code;
    }

    private static String read(String f) throws IOException {
        byte[] bytes = f.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(f));
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
