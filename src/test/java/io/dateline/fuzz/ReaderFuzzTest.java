package io.dateline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dateline.input.InputFormat;

/**
 * The input reader on raw bytes, as a file or standard input reaches it: each document read is
 * then processed and written as JSON, TSV and TimeML ({@link Invariants#reader}). {@code sniff}
 * leaves the format and the charset to the reader's sniffing (BOMs, declared charsets, UTF-16,
 * windows-1252), the others force one format. Saved inputs: {@code ReaderFuzzTestInputs/METHOD/}.
 */
class ReaderFuzzTest {

    @FuzzTest
    void html(byte[] data) {
        Invariants.reader(data, InputFormat.HTML);
    }

    @FuzzTest
    void jsonLines(byte[] data) {
        Invariants.reader(data, InputFormat.JSONL);
    }

    @FuzzTest
    void timeMl(byte[] data) {
        Invariants.reader(data, InputFormat.TIMEML);
    }

    @FuzzTest
    void sniff(byte[] data) {
        Invariants.reader(data, null);
    }
}
