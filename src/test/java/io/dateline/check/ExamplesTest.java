package io.dateline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.grammar.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every line of every file under examples/en is a test named file:line. */
class ExamplesTest {

    static final Path ROOT = Path.of(System.getProperty("dateline.root", ".")).toAbsolutePath();
    static final Path EXAMPLES = ROOT.resolve("examples/en");
    static final ExampleRunner RUNNER = new ExampleRunner(p -> Dateline.builder().policy(p).build());

    @TestFactory
    Stream<DynamicTest> examples() {
        return ExampleRunner.load(EXAMPLES).stream().map(ex -> DynamicTest.dynamicTest(
                ex.location() + "  " + ex.input(), () -> {
                    ExampleRunner.Outcome o = RUNNER.run(ex);
                    assertTrue(o.passed(), ex.location() + ": " + o.message());
                }));
    }

    @Test
    void everyRuleIsExercisedByAnExample() {
        List<ExampleRunner.Outcome> outs = new ArrayList<>();
        for (ExampleFile.Example ex : ExampleRunner.load(EXAMPLES)) {
            outs.add(RUNNER.run(ex));
        }
        Dateline d = Dateline.builder().build();
        Set<String> ids = d.grammar().rules().stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> left = ExampleRunner.unexercised(ids, outs);
        assertEquals(Set.of(), left, "rules no passing example uses: "
                + left.stream().map(id -> d.grammar().rules().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> id + " (" + r.location() + ")").orElse(id)).toList());
    }

    @Test
    void indexListsEveryRuleFile() throws Exception {
        Path dir = ROOT.resolve("grammars/en");
        Set<String> listed = Files.readAllLines(dir.resolve("INDEX")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> onDisk;
        try (Stream<Path> s = Files.list(dir)) {
            onDisk = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rules"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, listed, "grammars/en/INDEX must list every .rules file");
    }
}
