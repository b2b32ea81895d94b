package io.dateline.fuzz;

import io.dateline.value.Anchor;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code Dateline.process} on random and mutated news-like text. The untagged properties are the
 * short fixed-seed pass of {@code mvn verify}; those tagged {@code fuzz} are the long run of
 * {@code mvn -Pfuzz verify} (their tries come from {@code jqwik.tries.default}; README,
 * "Reliability and fuzzing").
 */
class ProcessFuzzTest {

    @Property(seed = "20261201", tries = 400)
    void newsLikeText(@ForAll("text") String text, @ForAll("anchor") Anchor anchor) {
        Corpus.tolerateOpen(() -> Invariants.process(text, anchor));
    }

    @Property(seed = "9", tries = 25)
    void longRepeatedPieces(@ForAll("text") String text, @ForAll("anchor") Anchor anchor,
                            @ForAll @IntRange(min = 2, max = 40) int times) {
        Corpus.tolerateOpen(() -> Invariants.process(text.repeat(times), anchor));
    }

    @Tag("fuzz")
    @Property(seed = "424242")
    void newsLikeTextLong(@ForAll("text") String text, @ForAll("anchor") Anchor anchor) {
        Corpus.collect("process", anchor == null ? "none" : anchor.date().toString(), Corpus.escape(text),
                () -> Invariants.process(text, anchor));
    }

    @Tag("fuzz")
    @Property(seed = "434343")
    void mutatedExamplesLong(@ForAll("mutated") String text, @ForAll("anchor") Anchor anchor) {
        Corpus.collect("process", anchor == null ? "none" : anchor.date().toString(), Corpus.escape(text),
                () -> Invariants.process(text, anchor));
    }

    @Provide
    Arbitrary<String> text() {
        return FuzzInputs.newsText();
    }

    @Provide
    Arbitrary<String> mutated() {
        return FuzzInputs.mutatedSeed();
    }

    @Provide
    Arbitrary<Anchor> anchor() {
        return FuzzInputs.anchors();
    }

    @net.jqwik.api.lifecycle.AfterContainer
    static void summary() {
        Invariants.summary("ProcessFuzzTest");
    }
}
