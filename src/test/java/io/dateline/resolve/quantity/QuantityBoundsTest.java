package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.output.JsonOutput;
import io.dateline.text.WorkCounter;
import io.dateline.value.QuantityMention;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The work per figure is bounded: long digit runs and long sentences cost linear work. */
class QuantityBoundsTest {

    private static final Dateline D = Dateline.builder().only(io.dateline.value.MentionKind.QUANTITY).build();

    @Test
    void aRunOfDigitsLongerThanTheBoundIsNoFigure() {
        String digits = "7".repeat(80_000);
        DocumentResult r = D.process("t", "They paid " + digits + " dollars.", null);
        assertEquals(0, r.mentions().size(), "a number is read from at most 30 digits");
        String line = JsonOutput.line(r, false);
        assertTrue(line.contains("\"mentions\":[]"), line);
        // at the bound, it is still a figure, exactly
        String thirty = "1" + "0".repeat(29);
        DocumentResult ok = D.process("t", "They paid " + thirty + " dollars.", null);
        assertEquals(1, ok.mentions().size());
        assertEquals(thirty, ((QuantityMention) ok.mentions().get(0)).value().toPlainString());
    }

    private static long lookbacks(int n) {
        String text = "The arm turned 90 degrees and ".repeat(n);
        Map<WorkCounter.Kind, Long> c = WorkCounter.measure(() -> D.process("t", text, null));
        return c.get(WorkCounter.Kind.LOOKBACK);
    }

    @Test
    void theTemperatureCueSearchIsBoundedInOneLongSentence() {
        long small = lookbacks(200);
        long large = lookbacks(800);
        assertTrue(small > 0, "the cue search is counted");
        assertTrue(large <= 4.5 * small, "4x the input, " + large + " vs " + small + " look-backs");
    }
}
