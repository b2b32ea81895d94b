package io.dateline.output;

import static io.dateline.output.Fixtures.processed;
import static io.dateline.output.Fixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Processed;
import io.dateline.input.InputError;
import org.junit.jupiter.api.Test;

class TextOutputTest {

    static final String ESC = "\u001b[";
    static final String TEXT = "Tom & Jerry 🎉 met on Tuesday.\n\nSince last week, prices rose. "
            + "The meeting ended at 13:32 PM on Friday.";

    @Test
    void markedTextNumbersEveryMention() {
        Processed p = processed("a.txt", TEXT);
        assertEquals("Tom & Jerry 🎉 met [[on Tuesday]]¹.\n\n[[Since last week]]², prices rose. "
                        + "The meeting ended [[at 13:32 PM on Friday]]³.",
                TextOutput.markedText(p.result(), TEXT, false));
    }

    @Test
    void fullViewWithoutColor() {
        Processed p = processed("a.txt", TEXT);
        String out = render(o -> TextOutput.write(p, false, false, o));
        // offsets are code points: the emoji counts once
        String expected = String.join(System.lineSeparator(),
                "== a.txt",
                "anchor: 2023-11-22 (option)",
                "",
                "Tom & Jerry 🎉 met [[on Tuesday]]¹.",
                "",
                "[[Since last week]]², prices rose. The meeting ended [[at 13:32 PM on Friday]]³.",
                "",
                "  ¹     18-28     time      \"on Tuesday\"                     DATE 2023-11-21",
                "  ²     31-46     time      \"Since last week\"                DATE 2023-W46",
                "  ³     79-100    time      \"at 13:32 PM on Friday\"          TIME 2023-11-17T13:32",
                "             warning: 13:32 with PM: read as 13:32",
                "");
        assertEquals(expected.replace(System.lineSeparator(), "\n"), out.replace(System.lineSeparator(), "\n"));
        assertFalse(out.contains(ESC));
    }

    @Test
    void explainAddsRulesAndSteps() {
        Processed p = processed("a.txt", "We met on Tuesday.");
        String out = render(o -> TextOutput.write(p, true, false, o));
        assertTrue(out.contains("rules: signal.on < date.weekday"), out);
        assertTrue(out.contains("step: latest TUESDAY on or before 2023-11-22"), out);
    }

    @Test
    void colorMarksKindsAndWarnings() {
        String t = "Sales rose to $3.2 million. The meeting ended at 13:32 PM on Friday.";
        Processed p = Fixtures.withMentions(processed("c.txt", t),
                Fixtures.Figure.at(t, "$3.2 million", "money", 3_200_000.0, "USD", null));
        String marked = TextOutput.markedText(p.result(), t, true);
        assertEquals("Sales rose to " + ESC + "35m$3.2 million" + ESC + "0m¹. The meeting ended "
                + ESC + "36mat 13:32 PM on Friday" + ESC + "0m" + ESC + "33m²" + ESC + "0m.", marked);

        String out = render(o -> TextOutput.write(p, false, true, o));
        assertTrue(out.startsWith(ESC + "1m== c.txt" + ESC + "0m"), out);
        assertTrue(out.contains(ESC + "33m         warning: 13:32 with PM: read as 13:32" + ESC + "0m"), out);
        assertTrue(out.contains(ESC + "35mquantity  \"$3.2 million\""), out);
        assertTrue(out.contains("money 3200000 USD"), out);
        assertFalse(out.contains("[["), out);
    }

    @Test
    void theOldSignatureStillPrintsTheTableOnly() {
        Processed p = processed("a.txt", "We met on Tuesday.");
        String out = render(o -> TextOutput.write(p.result(), false, o));
        String nl = System.lineSeparator();
        assertEquals("== a.txt" + nl + "anchor: 2023-11-22 (option)" + nl
                + String.format("%6d-%-6d %-9s %-32s ", 7, 17, "time", "\"on Tuesday\"") + "DATE 2023-11-21" + nl, out);
        assertEquals(out, render(o -> TextOutput.write(p.result(), false, false, o)));
    }

    @Test
    void noAnchorAndNoMentions() {
        Processed none = processed("n.txt", "We met on Tuesday.", null);
        String out = render(o -> TextOutput.write(none, false, false, o));
        assertTrue(out.contains("anchor: none"), out);
        assertTrue(out.contains("warning: no publication date"), out);
        assertTrue(out.contains("[[on Tuesday]]¹"), out);
        assertTrue(out.contains("DATE XXXX-WXX-2"), out);

        Processed empty = processed("e.txt", "Nothing to see here.");
        String plain = render(o -> TextOutput.write(empty, false, false, o)).replace(System.lineSeparator(), "\n");
        assertEquals("== e.txt\nanchor: 2023-11-22 (option)\n\nNothing to see here.\n", plain);
    }

    @Test
    void controlCharactersInTheArticleAreNeutralized() {
        String t = "Breaking\u001b[2J news\u0007 on Tuesday.";
        Processed p = processed("ctl.txt", t);
        String out = render(o -> TextOutput.write(p, false, false, o));
        assertFalse(out.contains("\u001b"), out);
        assertFalse(out.contains("\u0007"), out);
        assertTrue(out.contains("Breaking\uFFFD[2J news\uFFFD [[on Tuesday]]¹."), out);
    }

    @Test
    void failedDocuments() {
        Processed f = Processed.failed(new InputError("feed.jsonl", 3, "invalid JSON"));
        String nl = System.lineSeparator();
        assertEquals("== feed.jsonl:3" + nl + "error: invalid JSON" + nl,
                render(o -> TextOutput.write(f, false, false, o)));
        String colored = render(o -> TextOutput.write(f, false, true, o));
        assertEquals(ESC + "1m== feed.jsonl:3" + ESC + "0m" + nl + ESC + "31merror: invalid JSON" + ESC + "0m" + nl,
                colored);
    }

    @Test
    void colorOnlyForATerminalWithoutNoColor() {
        assertTrue(TextOutput.colorWanted(true, null));
        assertTrue(TextOutput.colorWanted(true, ""));
        assertFalse(TextOutput.colorWanted(true, "1"));
        assertFalse(TextOutput.colorWanted(false, null));
        // surefire runs the tests with standard output piped, never on a console
        assertFalse(TextOutput.colorWanted());
    }

    @Test
    void superscripts() {
        assertEquals("¹", TextOutput.superscript(1));
        assertEquals("¹⁰", TextOutput.superscript(10));
        assertEquals("²⁰⁷", TextOutput.superscript(207));
    }
}
