package io.dateline.cli;

import io.dateline.eval.ConceptEvaluation;
import io.dateline.eval.NewsQuant;
import io.dateline.eval.QuantityEvaluation;
import io.dateline.grammar.GrammarException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-quantities", mixinStandardHelpOptions = true,
        description = "Scores Dateline's figures on NewsQuant-style gold (a JSON array of {text, quantities}): value F1 and value+change F1, matched one to one; concept F1 (partial, complete) over the value-matched pairs.")
final class EvalQuantitiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold JSON file, e.g. ../shared/corpora/newsquant-dev/newsquant-dev.json.")
    Path gold;

    @Option(names = "--errors", description = "List every miss: missed, spurious, wrong change.")
    boolean errors;

    @Option(names = "--concept-errors", description = "List every value-matched figure whose concept is not the gold's.")
    boolean conceptErrors;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println("dateline eval-quantities: " + gold + ": no such file");
            return ExitCodes.BAD_INPUT;
        }
        try {
            List<NewsQuant.Item> items = NewsQuant.read(gold);
            io.dateline.Dateline dl = engine.build();
            QuantityEvaluation.Report r = QuantityEvaluation.run(items, dl);
            ConceptEvaluation.Report c = ConceptEvaluation.run(items, ConceptEvaluation.goldConcepts(gold), dl);
            out.println(json ? ConceptEvaluation.merge(r.toJson(errors), c, conceptErrors)
                    : r.toText(errors) + System.lineSeparator() + c.toText(conceptErrors));
            return ExitCodes.OK;
        } catch (GrammarException | IllegalArgumentException e) {
            err.println("dateline eval-quantities: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("dateline eval-quantities: " + gold + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
            return ExitCodes.BAD_INPUT;
        }
    }
}
