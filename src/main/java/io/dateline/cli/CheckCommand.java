package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.anchor.AnchorDetector;
import io.dateline.check.AnchorExamples;
import io.dateline.check.ExampleFile;
import io.dateline.check.ExampleRunner;
import io.dateline.grammar.Rule;
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

    /** Runs the publication-date examples found under {@code dir} (folders named anchors). */
    private static List<String> runAnchorExamples(Path dir, int[] count) {
        List<Path> files = ExampleRunner.files(dir, true);
        List<String> failures = new ArrayList<>();
        AnchorDetector detector = new AnchorDetector();
        for (Path f : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(f + ": cannot read: " + e.getMessage(), e);
            }
            for (AnchorExamples.Case c : AnchorExamples.parse(f.toString(), lines)) {
                count[0]++;
                String failure = AnchorExamples.check(c, detector);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        return failures;
    }

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
        List<String> anchorFailures = new ArrayList<>();
        int[] anchorCount = {0};
        ExampleRunner runner = new ExampleRunner(p -> {
            engine.policy = p;
            return engine.build();
        });
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                err.println("dateline check: " + d + ": no such folder");
                return ExitCodes.BAD_INPUT;
            }
            int before = outcomes.size() + anchorCount[0];
            for (ExampleFile.Example ex : ExampleRunner.load(d)) {
                outcomes.add(runner.run(ex));
            }
            anchorFailures.addAll(runAnchorExamples(d, anchorCount));
            if (outcomes.size() + anchorCount[0] == before) {
                err.println("dateline check: " + d + ": no examples in this folder (example files end in .examples)");
                return ExitCodes.BAD_INPUT;
            }
        }
        long failed = outcomes.stream().filter(o -> !o.passed()).count() + anchorFailures.size();
        for (ExampleRunner.Outcome o : outcomes) {
            if (!o.passed()) {
                out.println("FAIL " + o.example().location() + ": " + o.message());
            }
        }
        anchorFailures.forEach(f -> out.println("FAIL " + f));
        if (coverage && !engine.grammars.isEmpty()) {
            Dateline user = Dateline.builder().policy(engine.policy).build();
            Set<String> builtIn = user.grammar().rules().stream().map(Rule::id).collect(Collectors.toSet());
            Set<String> mine = engine.build().grammar().rules().stream().map(Rule::id)
                    .filter(id -> !builtIn.contains(id)).collect(Collectors.toSet());
            Set<String> left = ExampleRunner.unexercised(mine, outcomes);
            left.forEach(id -> out.println("UNUSED rule " + id));
        }
        int total = outcomes.size() + anchorCount[0];
        out.println(total + " examples, " + (total - failed) + " passed, " + failed + " failed");
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURES;
    }
}
