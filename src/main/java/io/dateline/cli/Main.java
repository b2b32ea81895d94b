package io.dateline.cli;

import picocli.CommandLine;

/** {@code java -jar dateline.jar ...} */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with every subcommand (tests set its output writers). */
    static CommandLine commandLine() {
        return new CommandLine(new DatelineCommand())
                .addSubcommand(new CompareCommand())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
