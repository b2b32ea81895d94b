package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dateline.Dateline;
import org.junit.jupiter.api.Test;

class SingularTest {

    private final Singular s = new Singular(Dateline.builder().build().grammar().lexicon("noun.singular"));

    @Test
    void regularAndIrregular() {
        assertEquals("attack", s.of("attacks"));
        assertEquals("injury", s.of("injuries"));
        assertEquals("time", s.of("times"));
        assertEquals("personnel", s.of("personnel"));
        assertEquals("person", s.of("people"));
        assertEquals("militant", s.of("militants"));
        assertEquals("box", s.of("boxes"));
        assertEquals("church", s.of("churches"));
        assertEquals("class", s.of("classes"));
        assertEquals("bus", s.of("buses"));
        assertEquals("crisis", s.of("crises"));
        assertEquals("serviceman", s.of("servicemen"));
        assertEquals("year-old", s.of("year-olds"));
        assertEquals("American", s.of("Americans"));
        assertEquals("series", s.of("series"));
        assertEquals("status", s.of("status"));
    }
}
