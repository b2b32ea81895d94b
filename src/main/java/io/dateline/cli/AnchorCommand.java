package io.dateline.cli;

import io.dateline.Processed;
import io.dateline.value.Anchor;
import io.dateline.anchor.AnchorCandidate;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.anchor.AnchorResult;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
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

@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = "Prints each document's publication date: its value, where it was found, its text span, the candidates considered and the warnings.")
final class AnchorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Articles, folders or '-'.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Choices.AnchorFormats.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default text).")
    Choices.AnchorFormat format = Choices.AnchorFormat.TEXT;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("dateline anchor: no FILE given (use '-' for standard input; dateline anchor --help for usage)");
            return ExitCodes.BAD_INPUT;
        }
        int[] code = {ExitCodes.OK};
        InputReader reader = input.reader(err, "dateline anchor");
        AnchorDetector detector = new AnchorDetector();
        AnchorRequest request = input.request(detector, err, code);
        for (String f : files) {
            Iterator<InputItem> it = reader.iterator(f);
            while (it.hasNext()) {
                InputItem item = it.next();
                if (item instanceof InputError e) {
                    err.println("dateline anchor: " + e);
                    code[0] = ExitCodes.BAD_INPUT;
                    if (format == Choices.AnchorFormat.JSON) {
                        out.println(DatelineCommand.DocumentJson.line(Processed.failed(e), false));
                    }
                    continue;
                }
                SourceDocument doc = (SourceDocument) item;
                AnchorResult r = detector.detect(doc, request);
                if (format == Choices.AnchorFormat.JSON) {
                    var o = io.dateline.output.JsonOutput.mapper().createObjectNode();
                    o.put("source", doc.id());
                    if (r.anchor() == null) {
                        o.putNull("anchor");
                    } else {
                        o.set("anchor", io.dateline.output.JsonOutput.anchor(r.anchor()));
                    }
                    var ws = o.putArray("warnings");
                    doc.warnings().forEach(ws::add);
                    r.warnings().forEach(ws::add);
                    var cs = o.putArray("candidates");
                    for (AnchorCandidate c : r.candidates()) {
                        cs.add(c.toString());
                    }
                    out.println(io.dateline.output.JsonOutput.toLine(o));
                } else {
                    Anchor a = r.anchor();
                    out.println(doc.id() + "\t" + (a == null ? "none" : a.value() + "\t" + a.source()
                            + (a.text() == null ? "" : "\t\"" + a.text() + "\"")
                            // a span only for text read from the document itself (not from HTML metadata)
                            + (a.text() == null || a.start() == null ? "" : " [" + a.start() + "," + a.end() + ")")));
                    for (AnchorCandidate c : r.candidates()) {
                        if (!c.chosen()) {
                            out.println("  also: " + c);
                        }
                    }
                    doc.warnings().forEach(w -> out.println("  warning: " + w));
                    r.allWarnings().forEach(w -> out.println("  warning: " + w));
                }
            }
        }
        out.flush();
        return code[0];
    }
}
