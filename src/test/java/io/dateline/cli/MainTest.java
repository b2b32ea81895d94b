package io.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The main command parsed without the subcommands answers as the full command line does. */
class MainTest {

    @Test
    void subcommandNamesAreTheFullCommandLines() {
        assertEquals(List.copyOf(Main.commandLine().getSubcommands().keySet()), Main.SUBCOMMANDS);
    }

    @Test
    void onlyArgumentsWithoutSubcommandOrHelpTakeTheLeanWay() {
        assertTrue(Main.mainCommandOnly("--quiet", "--published", "2024-01-23", "a.txt"));
        assertFalse(Main.mainCommandOnly("check", "examples"));
        assertFalse(Main.mainCommandOnly("--format", "text", "serve"));
        assertFalse(Main.mainCommandOnly("--help"));
        assertFalse(Main.mainCommandOnly("-qh"));
        assertFalse(Main.mainCommandOnly("-h"));
    }

    @Test
    void leanAndFullGiveTheSameAnswer() {
        String[][] cases = {
            {"--published", "2023-11-22", "--format", "text", "examples/articles/harbor-strike.txt"},
            {"--published", "2023-11-22", "examples/articles/harbor-strike.txt"},
            {"--published", "yesterday-ish", "examples/articles/harbor-strike.txt"},
            {"--no-such-option", "examples/articles/harbor-strike.txt"},
            {"--format", "nonsense", "examples/articles/harbor-strike.txt"},
            {"--version"},
            {},
        };
        for (String[] args : cases) {
            assertEquals(runWith(Main.commandLine(), args), runWith(Main.leanCommandLine(), args), String.join(" ", args));
        }
    }

    private static List<Object> runWith(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        List<Object> r = new ArrayList<>();
        r.add(code);
        r.add(out.toString());
        r.add(err.toString().replaceAll("\\d+\\.\\d+ s\\b", "(seconds)")); // the summary's elapsed time
        return r;
    }
}
