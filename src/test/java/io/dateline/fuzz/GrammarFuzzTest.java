package io.dateline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The grammar loader on a user's {@code .rules} file (generalized UTF-8), loaded after the
 * built-in lexicons: a one-line error naming {@code user.rules:LINE}, or a grammar that scans
 * text ({@link Invariants#grammar}). Saved inputs: {@code GrammarFuzzTestInputs/userRules/}.
 */
class GrammarFuzzTest {

    @FuzzTest
    void userRules(byte[] data) {
        Invariants.grammar(FuzzBytes.text(data));
    }
}
