package io.dateline.cli;

import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code java -jar dateline.jar ...} */
public final class Main {

    /**
     * The names of the subcommands, in the order {@code --help} lists them. A run whose
     * arguments name none of them (and ask for no help) is the main command: it is parsed by a
     * command line without the subcommands, whose models picocli would otherwise build by
     * reflection at every start (a third of a short run). {@code MainTest} checks this list
     * against {@link #commandLine()}.
     */
    static final List<String> SUBCOMMANDS = List.of("check", "eval", "eval-quantities", "bench", "anchor",
            "eval-anchors", "serve", "compare");

    /** A short-option cluster holding h ("-h", "-qh"): help, which lists the subcommands. */
    private static final Pattern HELP_CLUSTER = Pattern.compile("-[^-]*h.*");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return (mainCommandOnly(args) ? leanCommandLine() : commandLine()).execute(args);
    }

    /** The command line as {@code main} runs it: enum values in any case, errors on one line. */
    public static CommandLine commandLine() {
        CommandLine cl = base()
                .addSubcommand(new CheckCommand())
                .addSubcommand(new EvalCommand())
                .addSubcommand(new EvalQuantitiesCommand())
                .addSubcommand(new BenchCommand())
                .addSubcommand(new AnchorCommand())
                .addSubcommand(new EvalAnchorsCommand())
                .addSubcommand(new ServeCommand())
                .addSubcommand(new CompareCommand());
        return settings(cl).setParameterExceptionHandler(new ErrorHandler());
    }

    /**
     * The main command alone, for arguments that name no subcommand. Any usage error is handed
     * to the full command line, which parses the arguments again and answers exactly as it
     * always has (its messages may name subcommands).
     */
    static CommandLine leanCommandLine() {
        return settings(base()).setParameterExceptionHandler((ex, args) -> {
            CommandLine lean = ex.getCommandLine();
            return commandLine().setOut(lean.getOut()).setErr(lean.getErr()).execute(args);
        });
    }

    /** Whether the arguments can only mean the main command: no subcommand name, no help asked. */
    static boolean mainCommandOnly(String... args) {
        for (String a : args) {
            if (SUBCOMMANDS.contains(a) || a.equals("--help") || a.equals("help") || HELP_CLUSTER.matcher(a).matches()) {
                return false;
            }
        }
        return true;
    }

    private static CommandLine base() {
        return new CommandLine(new DatelineCommand());
    }

    private static CommandLine settings(CommandLine cl) {
        return cl.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(new ErrorHandler());
    }
}
