package io.dateline.cli;

import io.dateline.input.InputFormat;
import io.dateline.resolve.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed sets of values the options take, as enums, and their names as picocli lists them
 * in {@code --help} ({@code ${COMPLETION-CANDIDATES}}): lower case, the way they are typed.
 * Values are read case-insensitively ({@link Main#commandLine}).
 */
final class Choices {

    private Choices() {
    }

    /** {@code --format} of the main command. */
    enum OutputFormat {
        JSON, TSV, TIMEML, TEXT;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code --format} of {@code anchor}: there is no tsv or timeml view of an anchor alone. */
    enum AnchorFormat {
        TEXT, JSON
    }

    /** {@code --only}. */
    enum Kind {
        TIME, QUANTITY;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Lower-case names of an enum's constants, for {@code completionCandidates}. */
    private static List<String> ids(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static final class OutputFormats extends ArrayList<String> {
        OutputFormats() {
            super(ids(OutputFormat.values()));
        }
    }

    static final class AnchorFormats extends ArrayList<String> {
        AnchorFormats() {
            super(ids(AnchorFormat.values()));
        }
    }

    static final class Kinds extends ArrayList<String> {
        Kinds() {
            super(ids(Kind.values()));
        }
    }

    static final class Policies extends ArrayList<String> {
        Policies() {
            super(ids(Policy.values()));
        }
    }

    static final class InputFormats extends ArrayList<String> {
        InputFormats() {
            super(ids(InputFormat.values()));
        }
    }
}
