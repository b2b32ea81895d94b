package io.dateline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The language-neutral reading of digit groups, and the seam a locale adds its separators through. */
class DigitGroupsTest {

    static String fold(String s) {
        return TextNormalizer.fold(s);
    }

    static List<String> words(String s) {
        return Tokenizer.tokenize(TextNormalizer.fold(s)).stream().map(Token::text).toList();
    }

    @Test
    void strongSeparatorsJoinOneGroupOrMore() {
        assertEquals("CHF 1,234,567", fold("CHF 1'234'567"));
        assertEquals("CHF 2,500,000", fold("CHF 2\u2019500\u2019000"));
        assertEquals("18,400 fans", fold("18\u00A0400 fans"));
        assertEquals("2,300,000 boxes", fold("2\u202F300\u202F000 boxes"));
        assertEquals("the 1990's", fold("the 1990's"), "four digits before: not a group");
        assertEquals("5'11\" tall", fold("5'11\" tall"), "two digits after: not a group");
    }

    @Test
    void plainSpacesJoinTwoGroupsOrMoreAndNeverAYear() {
        assertEquals("1,234,567 dollars", fold("1 234 567 dollars"));
        assertEquals("in 2019 350 jobs", fold("in 2019 350 jobs"));
        assertEquals("line 4 215 riders", fold("line 4 215 riders"));
        assertEquals("in 2019 350 400 jobs", fold("in 2019 350 400 jobs"));
        assertEquals("1 234'567", fold("1 234'567"), "one number keeps one separator");
        assertEquals("call 555 123 456 7890", fold("call 555 123 456 7890"), "a phone-like run stays apart");
    }

    @Test
    void aLocaleAddsItsOwnSeparatorsOnTop() {
        DigitGroups.Separators dots = DigitGroups.Separators.NEUTRAL.plus(".", "");
        assertEquals("1,234,567", TextNormalizer.fold("1.234.567", dots));
        assertEquals("1.234.567", TextNormalizer.fold("1.234.567"), "the neutral reading leaves dots to the locale");
        assertEquals("CHF 1,234", TextNormalizer.fold("CHF 1'234", dots), "the neutral separators stay");
    }

    @Test
    void zeroWidthInsideANumberIsNothingAndPowersOfTenAreOneWord() {
        assertEquals(List.of("1200", "people"), words("1\u200B200 people"));
        assertEquals(List.of("4500"), words("45\u200B00"));
        assertEquals(List.of("10^80", "atoms"), words("10^80 atoms"));
        assertEquals(List.of("10\u2078\u2070", "atoms"), words("10\u2078\u2070 atoms"));
        assertEquals(List.of("1.2\u00D710^6", "cells"), words("1.2\u00D710^6 cells"));
        assertEquals(List.of("2019", "\u00B9"), words("2019\u00B9"), "a footnote mark after a year stays apart");
    }
}
