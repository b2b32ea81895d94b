package io.dateline.cli;

import io.dateline.check.AnchorExamples;
import io.dateline.eval.TimeMlException;
import io.dateline.grammar.GrammarException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where an exception becomes an exit code and a line on standard error: every
 * command lets bad usage and bad input escape as an exception, and this prints
 * {@code dateline [command]: message} on one line, without a stack trace or a Java class name.
 *
 * <ul>
 *   <li>a bad option or value (picocli's {@link ParameterException}): exit 2, with a hint to --help</li>
 *   <li>a broken grammar, a bad option value found while running, an unreadable file:
 *       exit {@link ExitCodes#BAD_INPUT}</li>
 *   <li>anything else is a bug: exit {@link ExitCodes#INTERNAL}, the message and no trace</li>
 * </ul>
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + lowerCaseChoices(oneLine(ex.getMessage()))
                + " (" + cl.getCommandSpec().qualifiedName() + " --help for usage)");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String who = cl.getCommandSpec().qualifiedName();
        int code;
        String message;
        if (ex instanceof GrammarException || ex instanceof AnchorExamples.FormatException
                || ex instanceof TimeMlException || ex instanceof IllegalArgumentException) {
            code = ExitCodes.BAD_INPUT;
            message = ex.getMessage();
        } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
            Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            code = ExitCodes.BAD_INPUT;
            message = "cannot read: " + (io.getMessage() == null ? "an input" : io.getMessage());
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error (please report it): " + (ex.getMessage() == null ? "no message" : ex.getMessage());
        }
        cl.getOut().flush();
        err.println(who + ": " + oneLine(message));
        err.flush();
        return code;
    }

    private static final java.util.regex.Pattern CHOICES =
            java.util.regex.Pattern.compile("expected one of \\[([A-Z_, ]+)\\] \\(case-insensitive\\)");

    /** picocli names enum values as constants ("[JSON, TSV]"); they are typed in lower case. */
    static String lowerCaseChoices(String message) {
        java.util.regex.Matcher m = CHOICES.matcher(message);
        return m.find() ? message.substring(0, m.start()) + "expected one of "
                + m.group(1).toLowerCase(java.util.Locale.ROOT) + message.substring(m.end()) : message;
    }

    /** The first line of a message (a regex error, for one, shows the pattern on more lines). */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
