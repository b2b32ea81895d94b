package io.dateline.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dateline.input.InputFormat;
import io.dateline.value.Anchor;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/** Every input of the fuzzing corpus, each as its own test named by its corpus line. */
class FuzzCorpusTest {

    @TestFactory
    Stream<DynamicTest> everyInputThatEverFailed() {
        List<Corpus.Entry> entries = Corpus.entries();
        assertFalse(entries.isEmpty(), "the corpus is empty");
        return entries.stream().map(e -> DynamicTest.dynamicTest("corpus.txt:" + e.line() + " " + e.kind()
                + " " + e.note(), () -> run(e)));
    }

    private static void run(Corpus.Entry e) {
        Runnable check = switch (e.kind()) {
            case "process" -> () -> Invariants.process(Corpus.unescape(e.input()),
                    e.param().equals("none") ? null : Anchor.ofDate(LocalDate.parse(e.param()), "option"));
            case "reader" -> () -> Invariants.reader(Corpus.bytes(e.input()),
                    e.param().equals("sniff") ? null : InputFormat.fromId(e.param()).orElseThrow());
            case "grammar" -> () -> Invariants.grammar(e.param(), Corpus.unescape(e.input()));
            default -> throw new IllegalStateException("corpus.txt:" + e.line() + ": unknown kind " + e.kind());
        };
        if (e.status().equals("fixed")) {
            check.run();
            return;
        }
        if (!e.status().startsWith("open:")) {
            throw new IllegalStateException("corpus.txt:" + e.line() + ": status must be fixed or open:BRANCH");
        }
        try {
            check.run();
        } catch (AssertionError | RuntimeException failure) {
            String branch = Corpus.knownOpen(failure);
            if (branch == null) {
                throw failure;
            }
            throw new TestAbortedException("still open on branch " + branch + ": " + failure.getMessage());
        }
    }

    @Test
    void escapesRoundTrip() {
        String s = "a\tb\\c\n\u0000\ud800\u00e9";
        assertEquals(s, Corpus.unescape(Corpus.escape(s)));
        byte[] b = {(byte) 0xff, 'x', 0, '\\', (byte) 0xc3, (byte) 0xa9};
        assertEquals(java.util.Arrays.toString(b), java.util.Arrays.toString(Corpus.bytes(Corpus.escape(b))));
    }
}
