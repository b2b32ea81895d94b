package io.dateline.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page furniture is not read; the story is, with every offset kept. */
class StoryLinesTest {

    private static final Dateline D = Dateline.builder().build();

    @Test
    void advertNavigationAndPromptsYieldNoMentionsAndAWarningEach() {
        String text = "Spring sale! Save up to 70% today only\n"
                + "Flood waters closed 12 roads in Marlow on Monday, the county said.\n"
                + "Related stories\n"
                + "Leave a comment\n"
                + "Share this article on 3 networks";
        DocumentResult r = D.process("page", text, null);
        assertEquals(List.of("12 roads", "on Monday"), r.mentions().stream().map(m -> m.text()).toList());
        assertEquals(4, r.warnings().stream().filter(w -> w.contains("no part of the story")).count(), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("line 1 is no part of the story (advert)")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("line 5 is no part of the story (share)")), r.warnings().toString());
        // offsets are those of the document as written
        assertEquals("12 roads", text.substring(text.indexOf("12 roads"), text.indexOf("12 roads") + 8));
    }

    @Test
    void aStoryLineWithACueWordFurtherInIsKept() {
        String text = "Officials said on Tuesday that 40 families may subscribe to the new water plan.\nMore text.";
        DocumentResult r = D.process("story", text, null);
        assertTrue(r.mentions().stream().anyMatch(m -> m.text().equals("40 families")), r.mentions().toString());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("no part of the story")), r.warnings().toString());
    }

    @Test
    void aOneLineTextIsNeverMasked() {
        StoryLines.Masked m = StoryLines.mask("Save up to 60% on 3 items", words -> "advert");
        assertEquals("Save up to 60% on 3 items", m.text());
        assertEquals(List.of(), m.warnings());
    }
}
