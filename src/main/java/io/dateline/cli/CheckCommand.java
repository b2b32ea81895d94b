package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.examples.ExampleFile;
import io.dateline.examples.ExampleRunner;
import io.dateline.grammar.GrammarException;
import io.dateline.grammar.Rule;
import io.dateline.time.Policy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs example folders (*.examples) against the grammar and reports each failure as file:line.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Example folders (default: examples/en).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--coverage", description = "Also list the rules of your --grammar folders that no passing example uses.")
    boolean coverage;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dirs.isEmpty()) {
            dirs.add(Path.of("examples/en"));
        }
        List<ExampleRunner.Outcome> outcomes = new ArrayList<>();
        try {
            ExampleRunner runner = new ExampleRunner(p -> {
                engine.policy = p.id();
                return engine.build();
            });
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) {
                    err.println("dateline check: " + d + ": no such folder");
                    return ExitCodes.BAD_INPUT;
                }
                for (ExampleFile.Example ex : ExampleRunner.load(d)) {
                    outcomes.add(runner.run(ex));
                }
            }
        } catch (GrammarException | IllegalArgumentException e) {
            err.println("dateline check: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        for (ExampleRunner.Outcome o : outcomes) {
            if (!o.passed()) {
                out.println("FAIL " + o.example().location() + ": " + o.message());
            }
        }
        if (coverage && !engine.grammars.isEmpty()) {
            Dateline user = Dateline.builder().policy(Policy.parse(engine.policy)).build();
            Set<String> builtIn = user.grammar().rules().stream().map(Rule::id).collect(Collectors.toSet());
            Set<String> mine = engine.build().grammar().rules().stream().map(Rule::id)
                    .filter(id -> !builtIn.contains(id)).collect(Collectors.toSet());
            Set<String> left = ExampleRunner.unexercised(mine, outcomes);
            left.forEach(id -> out.println("UNUSED rule " + id));
        }
        out.println(outcomes.size() + " examples, " + (outcomes.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURES;
    }
}
