package io.dateline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.output.JsonOutput;
import io.dateline.resolve.quantity.Numerals;
import io.dateline.value.MentionKind;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Number reading (generalized UTF-8): the whole input as one numeral ({@link Numerals#parse},
 * "two dozen", "1.2 million", "3/4"), then as text read for figures only (digit groups,
 * scale words, signs, fractions in context). A numeral reads the same twice and its tidy form
 * is a plain decimal of bounded length; the figures obey the invariants of
 * {@link Invariants#process}. Saved inputs: {@code NumberFuzzTestInputs/numbers/}.
 */
class NumberFuzzTest {

    private static final Dateline FIGURES = Dateline.builder().only(MentionKind.QUANTITY).build();

    @FuzzTest
    void numbers(byte[] data) {
        String text = FuzzBytes.text(data);
        Optional<BigDecimal> v = Numerals.parse(Invariants.dateline().grammar(), text);
        if (!v.equals(Numerals.parse(Invariants.dateline().grammar(), text))) {
            throw new AssertionError("the same numeral read twice differently: " + v);
        }
        if (v.isPresent()) {
            String plain = Numerals.tidyExact(v.get()).toPlainString();
            if (plain.length() > 4 * text.length() + 64) {
                throw new AssertionError("a numeral of " + text.length() + " characters has a value of "
                        + plain.length() + " digits");
            }
        }
        DocumentResult r = FIGURES.process("fuzz", text, null);
        Invariants.spans(text, r.mentions());
        String json = JsonOutput.line(r, true);
        Invariants.parses(json);
        if (!json.equals(JsonOutput.line(FIGURES.process("fuzz", text, null), true))) {
            throw new AssertionError("the same text gave other figures on a second call");
        }
    }
}
