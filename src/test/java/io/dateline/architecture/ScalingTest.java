package io.dateline.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.text.WorkCounter;
import io.dateline.value.Anchor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The work Dateline does grows linearly with its input on the inputs that make a naive
 * recognizer quadratic. Work is counted ({@link WorkCounter}: positions visited, rules tried,
 * characters given to regexes, tense-cue and look-back steps ...), not timed, so a busy machine
 * cannot make this pass or fail: for inputs of size n and 4n, every kind of work must grow at
 * most 4.5 times.
 */
class ScalingTest {

    private static final double MAX_RATIO = 4.5;
    private static final Dateline DATELINE = Dateline.builder().build();
    private static final Anchor ANCHOR = Anchor.ofDate(LocalDate.of(2023, 11, 22), "test");

    /** A pathological input: its name, a function from a size to the text, and the size n. */
    static Stream<Arguments> inputs() {
        return Stream.of(
                input("a repeated trigger word", k -> "Tuesday ".repeat(k), 500),
                input("a repeated time with a wrong PM", k -> "13:32 PM ".repeat(k), 500),
                input("a repeated qualifier", k -> "at least ".repeat(k), 1000),
                input("digits and commas, spaced", k -> "1, 250, ".repeat(k), 1000),
                input("digits and commas, one token", k -> "1,250,".repeat(k) + "9", 1000),
                input("digits between slashes and dashes, spaced", k -> "12/31 - 1/2 - ".repeat(k), 1000),
                input("digits between slashes and dashes, one token", k -> "12/31-1/2-".repeat(k) + "9", 1000),
                input("one 1 MB word", k -> "x".repeat(k), 256 * 1024),
                input("one 1 MB number", k -> "7".repeat(k), 256 * 1024),
                input("a repeated percentage", k -> "5 percent ".repeat(k), 1000),
                input("a repeated measurement pair", k -> "30 kilometers (20 miles) ".repeat(k), 250),
                input("a long sentence of dates and figures", k -> "On Tuesday, 3 people paid $5 at 13:32 PM and ".repeat(k), 200));
    }

    private static Arguments input(String name, IntFunction<String> text, int n) {
        return Arguments.of(name, text, n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void workGrowsLinearly(String name, IntFunction<String> text, int n) {
        String small = text.apply(n);
        String large = text.apply(4 * n);
        Map<WorkCounter.Kind, Long> a = WorkCounter.measure(() -> DATELINE.process("n", small, ANCHOR));
        Map<WorkCounter.Kind, Long> b = WorkCounter.measure(() -> DATELINE.process("4n", large, ANCHOR));
        assertTrue(a.get(WorkCounter.Kind.TOKEN) > 0, name + ": the scan was counted");
        List<String> superlinear = new ArrayList<>();
        for (WorkCounter.Kind k : WorkCounter.Kind.values()) {
            long x = a.get(k);
            long y = b.get(k);
            if (y > MAX_RATIO * x) {
                superlinear.add(k + ": " + x + " at n, " + y + " at 4n");
            }
        }
        assertTrue(superlinear.isEmpty(), name + ": work grows faster than linearly: " + superlinear);
    }
}
