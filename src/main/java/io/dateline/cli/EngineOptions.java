package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.resolve.Policy;
import io.dateline.value.MentionKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that configure the engine, shared by the commands. */
public final class EngineOptions {

    @Option(names = "--policy", paramLabel = "POLICY", completionCandidates = Choices.Policies.class,
            description = "How day and month names without a year are placed, one of: ${COMPLETION-CANDIDATES}. news (default): leans to the past, reads tense; nearest; future.")
    Policy policy = Policy.NEWS;

    @Option(names = "--grammar", paramLabel = "DIR", description = "A folder of your own .rules files, loaded after the built-in grammar (repeatable).")
    List<Path> grammars = new ArrayList<>();

    @Option(names = "--only", paramLabel = "KIND", completionCandidates = Choices.Kinds.class,
            description = "Report only the mentions of one kind: ${COMPLETION-CANDIDATES}.")
    Choices.Kind only;

    Dateline build() {
        Dateline.Builder b = Dateline.builder().policy(policy);
        grammars.forEach(b::addGrammarDirectory);
        if (only != null) {
            b.only(MentionKind.valueOf(only.name()));
        }
        return b.build();
    }
}
