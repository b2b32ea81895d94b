package io.dateline.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * The grammar loader on the built-in rule files with lines deleted, moved, cut and spliced:
 * it either builds a grammar that scans a sentence or throws a one-line GrammarException.
 * Each try loads the whole built-in grammar, so the long run's count is fixed here.
 */
class GrammarLoaderFuzzTest {

    @Property(seed = "20261205", tries = 25)
    void mutatedRuleFiles(@ForAll("file") String name, @ForAll("edits") List<FuzzInputs.LineEdit> edits) {
        Corpus.tolerateOpen(() -> Invariants.grammar(name, FuzzInputs.mutateRules(FuzzInputs.ruleFile(name), edits)));
    }

    @Tag("fuzz")
    @Property(seed = "626262", tries = 1500)
    void mutatedRuleFilesLong(@ForAll("file") String name, @ForAll("edits") List<FuzzInputs.LineEdit> edits) {
        String mutated = FuzzInputs.mutateRules(FuzzInputs.ruleFile(name), edits);
        Corpus.collect("grammar", name, Corpus.escape(mutated), () -> Invariants.grammar(name, mutated));
    }

    @Provide
    Arbitrary<String> file() {
        return Arbitraries.of(FuzzInputs.ruleFiles());
    }

    @Provide
    Arbitrary<List<FuzzInputs.LineEdit>> edits() {
        return FuzzInputs.lineEdits();
    }

    @net.jqwik.api.lifecycle.AfterContainer
    static void summary() {
        Invariants.summary("GrammarLoaderFuzzTest");
    }
}
