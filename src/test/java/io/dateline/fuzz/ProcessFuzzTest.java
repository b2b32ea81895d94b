package io.dateline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dateline.value.Anchor;
import java.time.LocalDate;

/**
 * The whole job on text through the public API, {@code Dateline.process}. Input: a first line
 * with the anchor date ({@code 2024-01-23}; anything else: no anchor), then the text (generalized
 * UTF-8, see {@link FuzzBytes}). Saved inputs: {@code ProcessFuzzTestInputs/process/}.
 */
class ProcessFuzzTest {

    @FuzzTest
    void process(byte[] data) {
        byte[][] parts = FuzzBytes.firstLine(data);
        LocalDate date = FuzzBytes.date(FuzzBytes.ascii(parts[0]));
        Anchor anchor = date == null ? null : Anchor.ofDate(date, "option");
        Invariants.process(FuzzBytes.text(parts[1]), anchor);
    }
}
