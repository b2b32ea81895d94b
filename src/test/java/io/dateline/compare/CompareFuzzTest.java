package io.dateline.compare;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.fuzz.Invariants;
import io.dateline.input.InputFormat;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code dateline compare} on the reports of one JSON Lines input (each line a report, bad
 * lines included, as {@code compare FILE.jsonl} reads them): the comparison is built and
 * written as JSON (which parses), text and HTML without an exception, and the same input gives
 * the same JSON twice. Saved inputs: {@code CompareFuzzTestInputs/compare/}.
 */
class CompareFuzzTest {

    private static final Dateline DATELINE = Invariants.dateline();
    private static final Processor PROCESSOR = new Processor(DATELINE, new AnchorDetector(), AnchorRequest.none());
    private static final Comparer COMPARER = new Comparer(DATELINE);

    @FuzzTest
    void compare(byte[] data) {
        String first = compareOnce(data);
        try {
            io.dateline.output.JsonOutput.mapper().readTree(first);
        } catch (java.io.IOException e) {
            throw new AssertionError("the comparison's JSON does not parse: " + e.getMessage(), e);
        }
        if (!first.equals(compareOnce(data))) {
            throw new AssertionError("the same reports compared twice differently");
        }
    }

    private static String compareOnce(byte[] data) {
        InputReader r = new InputReader().withStdin(new ByteArrayInputStream(data)).withFormat(InputFormat.JSONL);
        List<Comparer.Input> inputs = new ArrayList<>();
        try (Stream<InputItem> s = r.read("-")) {
            s.forEach(item -> inputs.add(new Comparer.Input("-", PROCESSOR.process(item))));
        }
        Comparison c = COMPARER.compare(inputs);
        c.warnings().forEach(Invariants::oneLine);
        CompareText.write(c);
        CompareHtml.write(c);
        return CompareJson.write(c).strip();
    }
}
