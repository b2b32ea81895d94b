package io.dateline.cli;

import io.dateline.eval.DatelineAnnotator;
import io.dateline.eval.EvalReport;
import io.dateline.eval.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Dateline on TimeML gold (.tml files): strict and relaxed span P/R/F1, type and value accuracy, value F1.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of .tml files (searched recursively).")
    Path gold;

    @Option(names = "--errors", description = "List every miss: missed, spurious, span, type, value, mod.")
    boolean errors;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--calibration", description = "Also check the confidences of readings: per tenth of confidence, the share of right values against the mean confidence stated.")
    boolean calibration;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(gold)) {
            err.println("dateline eval: " + gold + ": no such folder");
            return ExitCodes.BAD_INPUT;
        }
        engine.only = Choices.Kind.TIME;
        io.dateline.Dateline d = engine.build();
        EvalReport r = Evaluation.run(gold, new DatelineAnnotator(d));
        out.println(json ? r.toJson(errors) : r.toText(errors));
        if (calibration) {
            out.print(io.dateline.eval.Calibration.report(
                    io.dateline.eval.Calibration.run(Evaluation.load(gold), d)));
            out.flush();
        }
        return ExitCodes.OK;
    }
}
