package io.dateline.fuzz;

import io.dateline.input.InputFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * The input reader on random bytes read as text, HTML and JSON Lines (and sniffed). Untagged:
 * the short pass; tagged {@code fuzz}: the long run, with fixed counts (a JSON Lines try
 * processes several documents; the library's properties take {@code -Dfuzz.tries}).
 */
class InputReaderFuzzTest {

    @Property(seed = "20261202", tries = 200)
    void bytesAsText(@ForAll("text") byte[] bytes, @ForAll("formats") InputFormat format) {
        Corpus.tolerateOpen(() -> Invariants.reader(bytes, format));
    }

    @Property(seed = "20261203", tries = 100)
    void html(@ForAll("html") byte[] bytes) {
        Corpus.tolerateOpen(() -> Invariants.reader(bytes, InputFormat.HTML));
    }

    @Property(seed = "20261204", tries = 150)
    void jsonLines(@ForAll("jsonl") byte[] bytes, @ForAll("jsonlFormat") InputFormat format) {
        Corpus.tolerateOpen(() -> Invariants.reader(bytes, format));
    }

    @Tag("fuzz")
    @Property(seed = "525252", tries = 30_000)
    void bytesAsTextLong(@ForAll("text") byte[] bytes, @ForAll("formats") InputFormat format) {
        Corpus.collect("reader", format == null ? "sniff" : format.id(), Corpus.escape(bytes),
                () -> Invariants.reader(bytes, format));
    }

    @Tag("fuzz")
    @Property(seed = "535353", tries = 20_000)
    void htmlLong(@ForAll("html") byte[] bytes) {
        Corpus.collect("reader", "html", Corpus.escape(bytes), () -> Invariants.reader(bytes, InputFormat.HTML));
    }

    @Tag("fuzz")
    @Property(seed = "545454", tries = 10_000)
    void jsonLinesLong(@ForAll("jsonl") byte[] bytes, @ForAll("jsonlFormat") InputFormat format) {
        Corpus.collect("reader", format == null ? "sniff" : format.id(), Corpus.escape(bytes),
                () -> Invariants.reader(bytes, format));
    }

    @Provide
    Arbitrary<byte[]> text() {
        return FuzzInputs.textBytes();
    }

    @Provide
    Arbitrary<byte[]> html() {
        return FuzzInputs.htmlBytes();
    }

    @Provide
    Arbitrary<byte[]> jsonl() {
        return FuzzInputs.jsonLinesBytes();
    }

    @Provide
    Arbitrary<InputFormat> formats() {
        return Arbitraries.of(InputFormat.values()).injectNull(0.3);
    }

    @Provide
    Arbitrary<InputFormat> jsonlFormat() {
        return Arbitraries.of(InputFormat.JSONL).injectNull(0.3);
    }

    @net.jqwik.api.lifecycle.AfterContainer
    static void summary() {
        Invariants.summary("InputReaderFuzzTest");
    }
}
