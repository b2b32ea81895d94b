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

    @Option(names = "--lang", paramLabel = "TAG",
            description = "Read every document as this language (BCP 47: de, fr-CA, es-419). Without it: a document's own lang field or <html lang>, else detected from its text, else English.")
    String lang;

    @Option(names = "--no-detect-lang", description = "Do not detect a document's language from its text (English unless --lang or the input says otherwise).")
    boolean noDetect;

    /** Whether a document's language is detected from its text: only when neither --lang nor --no-detect-lang is given. */
    boolean detectLanguage() {
        return lang == null && !noDetect;
    }

    Dateline build() {
        if (lang != null && io.dateline.Languages.primary(lang) == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--lang: not a BCP 47 language tag: '" + lang + "' (for example de, fr-CA, es)");
        }
        Dateline.Builder b = Dateline.builder().policy(policy).language(lang);
        grammars.forEach(b::addGrammarDirectory);
        if (only != null) {
            b.only(MentionKind.valueOf(only.name()));
        }
        return b.build();
    }
}
