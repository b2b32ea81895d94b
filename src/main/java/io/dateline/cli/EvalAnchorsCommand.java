package io.dateline.cli;

import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.eval.AnchorEvaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval-anchors", mixinStandardHelpOptions = true,
        description = "Scores publication dates against a gold file (corpora/htmldate-dev/gold.json): right, wrong day or none; precision, recall and accuracy per set.")
final class EvalAnchorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold.json: {\"pages/0001.html\": {\"date\": \"2018-02-15\", \"set\": \"default\"}, ...}")
    Path gold;

    @Option(names = "--errors", description = "Also list every page not right, with its candidates.")
    boolean errors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println("dateline eval-anchors: " + gold + ": no such file");
            return ExitCodes.BAD_INPUT;
        }
        try {
            List<AnchorEvaluation.Page> pages = AnchorEvaluation.run(gold, new AnchorDetector(), AnchorRequest.none());
            out.print(AnchorEvaluation.report(pages, errors));
            out.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("dateline eval-anchors: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
