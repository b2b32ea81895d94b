package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.compare.CompareHtml;
import io.dateline.compare.CompareJson;
import io.dateline.compare.CompareText;
import io.dateline.compare.Comparer;
import io.dateline.compare.Comparison;
import io.dateline.grammar.GrammarException;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
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

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Reads the documents as reports of one story and prints one result: every time on one timeline, "
                + "the figures grouped by what they count and the event around them (agreeing or not), and the "
                + "reports whose publication date disagrees with the other versions of the story.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Reports: files, folders or '-'; a JSON Lines file with 'published' per record is the usual way.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default), text (for a terminal, 100 columns) or html (one self-contained page with an SVG timeline).")
    String format = "json";

    @Mixin
    EngineOptions engine;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("dateline compare: no FILE given (use '-' for standard input; --help for usage)");
            return ExitCodes.BAD_INPUT;
        }
        if (!List.of("json", "text", "html").contains(format)) {
            err.println("dateline compare: --format must be json, text or html, not '" + format + "'");
            return ExitCodes.BAD_INPUT;
        }
        Dateline dateline;
        InputReader reader;
        try {
            dateline = engine.build();
            reader = input.reader(err, "dateline compare");
        } catch (GrammarException | IllegalArgumentException e) {
            err.println("dateline compare: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        int[] code = {ExitCodes.OK};
        AnchorDetector detector = new AnchorDetector();
        AnchorRequest request = input.request(detector, err, code);
        Processor processor = new Processor(dateline, detector, request);
        List<Comparer.Input> inputs = new ArrayList<>();
        for (String f : files) {
            Iterator<InputItem> it = reader.iterator(f);
            while (it.hasNext()) {
                Comparer.Input in = new Comparer.Input(f, processor.process(it.next()));
                if (in.processed().failed()) {
                    err.println("dateline compare: " + in.processed().error());
                    code[0] = ExitCodes.BAD_INPUT;
                }
                inputs.add(in);
            }
        }
        Comparison c = new Comparer(dateline).compare(inputs); // a bug here: Main's ErrorHandler, one line
        switch (format) {
            case "json" -> out.println(CompareJson.write(c));
            case "text" -> out.print(CompareText.write(c));
            default -> out.print(CompareHtml.write(c));
        }
        out.flush();
        return code[0];
    }
}
