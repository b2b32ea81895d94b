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

    @Option(names = "--policy", paramLabel = "POLICY", description = "How day and month names without a year are placed: news (default; leans to the past, reads tense), nearest, future.")
    String policy = "news";

    @Option(names = "--grammar", paramLabel = "DIR", description = "A folder of your own .rules files, loaded after the built-in grammar (repeatable).")
    List<Path> grammars = new ArrayList<>();

    @Option(names = "--only", paramLabel = "KIND", description = "Report only time or quantity mentions.")
    String only;

    Dateline build() {
        Dateline.Builder b = Dateline.builder().policy(Policy.parse(policy));
        grammars.forEach(b::addGrammarDirectory);
        if (only != null) {
            b.only(MentionKind.fromId(only).orElseThrow(() ->
                    new IllegalArgumentException("--only must be time or quantity, not '" + only + "'")));
        }
        return b.build();
    }
}
