package io.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.text.WorkCounter;
import io.dateline.value.Anchor;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tense cue of every mention is searched in a bounded window: on one sentence of n and 4n
 * repeated "Tuesday " (no punctuation, so one clause), the cue work grows at most linearly.
 * Work is counted, not timed, so a busy machine cannot fool it.
 */
class TenseCueScalingTest {

    private static final Dateline DATELINE = Dateline.builder().build();
    private static final Anchor ANCHOR = Anchor.ofDate(LocalDate.of(2024, 1, 23), "option");

    private static Map<WorkCounter.Kind, Long> work(String unit, int n) {
        String text = unit.repeat(n);
        DocumentResult[] r = new DocumentResult[1];
        Map<WorkCounter.Kind, Long> w = WorkCounter.measure(() -> r[0] = DATELINE.process("t", text, ANCHOR));
        assertTrue(r[0].mentions().size() >= n / 2, "the repetitions are mentions");
        return w;
    }

    private static void assertLinear(String unit) {
        int n = 500;
        Map<WorkCounter.Kind, Long> small = work(unit, n);
        Map<WorkCounter.Kind, Long> big = work(unit, 4 * n);
        for (WorkCounter.Kind k : new WorkCounter.Kind[]{WorkCounter.Kind.CUE_LOOKUP, WorkCounter.Kind.LOOKBACK}) {
            long a = small.get(k);
            long b = big.get(k);
            assertTrue(a > 0, k + " is counted");
            assertTrue(b <= 4.5 * a, k + " grows linearly: " + a + " for n, " + b + " for 4n");
        }
        // a window of at most 13 tokens each side, looked at twice
        assertTrue(big.get(WorkCounter.Kind.CUE_LOOKUP) <= 4L * n * 2 * 2 * TenseCues.WINDOW);
    }

    @Test
    void repeatedWeekdaysCostLinearCueWork() {
        assertLinear("Tuesday ");
    }

    @Test
    void theValueStillFollowsTheNearestCue() {
        DocumentResult r = DATELINE.process("t", "Tuesday ".repeat(40) + "they will meet Friday", ANCHOR);
        var last = r.mentions().get(r.mentions().size() - 1);
        assertEquals("Friday", ((io.dateline.value.TimeMention) last).timexText());
        assertEquals("2024-01-26", ((io.dateline.value.TimeMention) last).value().value());
    }
}
