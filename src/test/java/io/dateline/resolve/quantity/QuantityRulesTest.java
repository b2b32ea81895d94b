package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dateline.Dateline;
import io.dateline.check.ExampleFile;
import io.dateline.check.ExampleRunner;
import io.dateline.grammar.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the figures grammar (40-numerals, 50-quantities and the figure blockers at
 * the end of 90-negative) is used by a passing example. The suite-wide check in
 * ExamplesTest covers the time rules as well.
 */
class QuantityRulesTest {

    static final Path ROOT = Path.of(System.getProperty("dateline.root", ".")).toAbsolutePath();

    static final Set<String> FIGURE_BLOCKS = Set.of("block.label_number.noun", "block.maker_model", "block.phone.area",
            "block.phone.international", "block.score.hyphen", "block.score.verb");

    @Test
    void everyFigureRuleIsExercised() {
        ExampleRunner runner = new ExampleRunner(p -> Dateline.builder().policy(p).build());
        List<ExampleRunner.Outcome> outs = new ArrayList<>();
        for (ExampleFile.Example ex : ExampleRunner.load(ROOT.resolve("examples/en"))) {
            outs.add(runner.run(ex));
        }
        Set<String> ids = new TreeSet<>();
        for (Rule r : Dateline.builder().build().grammar().rules()) {
            if (r.file().startsWith("40-") || r.file().startsWith("50-") || FIGURE_BLOCKS.contains(r.id())) {
                ids.add(r.id());
            }
        }
        assertEquals(Set.of(), ExampleRunner.unexercised(ids, outs), "figure rules no passing example uses");
    }
}
