package io.dateline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.grammar.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every line under examples/de, examples/fr and examples/es is a test; every rule of those folders is exercised. */
class LanguageExamplesTest {

    static final List<String> LANGUAGES = List.of("de", "fr", "es");

    @TestFactory
    Stream<DynamicTest> examples() {
        return LANGUAGES.stream().flatMap(lang -> {
            ExampleRunner runner = new ExampleRunner(p -> Dateline.builder().policy(p).language(lang).build());
            List<ExampleFile.Example> exs = ExampleRunner.load(ExamplesTest.ROOT.resolve("examples/" + lang));
            assertTrue(exs.size() >= 40, lang + ": at least 40 example lines, found " + exs.size());
            return exs.stream().map(ex -> DynamicTest.dynamicTest(ex.location() + "  " + ex.input(), () -> {
                assertEquals(lang, ex.lang(), ex.location() + ": the file says @lang " + lang);
                ExampleRunner.Outcome o = runner.run(ex);
                assertTrue(o.passed(), ex.location() + ": " + o.message());
            }));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOfTheFolderIsExercised() {
        return LANGUAGES.stream().map(lang -> DynamicTest.dynamicTest(lang, () -> {
            ExampleRunner runner = new ExampleRunner(p -> Dateline.builder().policy(p).language(lang).build());
            List<ExampleRunner.Outcome> outs = new ArrayList<>();
            for (ExampleFile.Example ex : ExampleRunner.load(ExamplesTest.ROOT.resolve("examples/" + lang))) {
                outs.add(runner.run(ex));
            }
            Dateline d = Dateline.builder().language(lang).build();
            Set<String> ids = d.grammar().rules().stream().map(Rule::id).filter(id -> id.startsWith(lang + "."))
                    .collect(Collectors.toSet());
            assertTrue(ids.size() > 20, lang + " has its own rules");
            Set<String> left = ExampleRunner.unexercised(ids, outs);
            assertTrue(left.size() <= ids.size() / 3, lang + ": rules no passing example uses: " + left);
        }));
    }
}
