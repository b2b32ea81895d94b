package io.dateline.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarLoaderTest {

    static GrammarException broken(String text) {
        return assertThrows(GrammarException.class, () -> new GrammarLoader().addSource("t.rules", text).build());
    }

    @Test
    void errorsNameFileAndLine() {
        assertEquals("t.rules:3: unknown lexicon 'nope' (lexicons are defined before use)",
                broken("# c\nrule a\n  match {nope}\n  emit kind=date\n").getMessage());
        assertTrue(broken("rule a\n  match x\n").getMessage().startsWith("t.rules:1: rule a has no 'emit' line"));
        assertTrue(broken("rule a\n  match x\n  emit kind=date\nrule a\n  match y\n  emit kind=date\n").getMessage()
                .startsWith("t.rules:4: rule id 'a' is used twice"));
        assertTrue(broken("rule a\n  match <date>\n  emit kind=date\n").getMessage().startsWith("t.rules:2: no earlier rule produces"));
        assertTrue(broken("rule a\n  match /(?<x>[a/\n  emit kind=date\n").getMessage().startsWith("t.rules:2: bad regex"));
        assertTrue(broken("rule a\n  match x\n  emit kind=date v=$y\n").getMessage().startsWith("t.rules:3: '$y' is not captured"));
        assertTrue(broken("lexicon l\n  1: a | a\n").getMessage().startsWith("t.rules:2: form 'a' is already"));
        assertTrue(broken("  stray\n").getMessage().startsWith("t.rules:1: indented line"));
        assertTrue(broken("rule a\n  match x?\n  emit kind=date\n").getMessage().contains("neither optional nor negated"));
    }

    @Test
    void regexPrefilters() {
        assertEquals("-quarter", GrammarLoader.requiredLiteral("(?<q>first|second)-quarter"));
        assertNull(GrammarLoader.requiredLiteral("\\d{1,2}"), "quantifier bounds are not text");
        assertNull(GrammarLoader.requiredLiteral("[A-Za-z]{1,5}-?\\d+"), "an optional hyphen is not required");
        assertNull(GrammarLoader.requiredLiteral("a|b"));
        assertTrue(GrammarLoader.requiresDigit("[A-Za-z]{1,5}-?\\d+[A-Za-z]*"));
        assertFalse(GrammarLoader.requiresDigit("(\\d+|one)-week"));
        assertTrue(GrammarLoader.digitFirst("(?<h>\\d{1,2}):(?<m>\\d\\d)"));
        assertFalse(GrammarLoader.digitFirst("(?<a>\\d+|one)-day"));
        assertTrue(GrammarLoader.digitFirst("(?<v>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?<!^20\\d\\d)"));
        assertFalse(GrammarLoader.digitFirst("(?<v>\\d+)?x"));
        assertTrue(GrammarLoader.digitFirst("(?<year>1[6-9]\\d\\d|20\\d\\d)"));
        assertFalse(GrammarLoader.digitFirst("1?x"));
    }

    @Test
    void regexLetterPrefilter() {
        assertTrue(RegexLetters.required("(?<v>\\d+(?:\\.\\d+)?)(?<u>km|m|cm|km\\/h)"));
        assertTrue(RegexLetters.required("(?<v>\\d+)(?:st|nd|rd|th)"));
        assertTrue(RegexLetters.required("[A-Za-z]{1,5}-?\\d+"));
        assertTrue(RegexLetters.required("q(?<quarter>[1-4])"));
        assertFalse(RegexLetters.required("(?<day>\\d{1,2})(?:st|nd|rd|th)?"), "an optional suffix");
        assertFalse(RegexLetters.required("(?<v>\\d+)|one"), "one alternative without a letter");
        assertFalse(RegexLetters.required("[a-z]{0,3}\\d"), "zero repetitions");
        assertFalse(RegexLetters.required("\\d+(?=km)"), "a look-ahead consumes nothing");
        assertFalse(RegexLetters.required("[^0-9]+"), "negated classes are not read");
        assertFalse(RegexLetters.required("\\w+"));
        assertFalse(RegexLetters.required("(?i)x"), "inline flags are not read");
        assertFalse(RegexLetters.required("[a-z\\d]"));
        // agrees with the regex on the grammar's own patterns
        for (String re : List.of("(?<v>\\d+(?:\\.\\d+)?)(?<s>k|b|bn)", "(?<hour>\\d{1,2})(?<ampm>am|pm)", "\\d{1,2}-\\d{1,2}")) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(re, java.util.regex.Pattern.CASE_INSENSITIVE);
            for (String tok : List.of("13", "2,500", "1.5", "10-12", "5km", "7pm", "3BN")) {
                if (RegexLetters.required(re) && p.matcher(tok).matches()) {
                    assertTrue(tok.chars().anyMatch(Character::isLetter), re + " matched " + tok);
                }
            }
        }
    }

    @Test
    void rulesStackInStagesAndLongestWins() {
        Grammar g = new GrammarLoader().addSource("t.rules", """
                lexicon wd
                  2: tuesday
                rule d
                  match {wd}
                  emit kind=date weekday=$wd
                rule on
                  match on [ <date@x> ]
                  emit +$x signal=on
                """).build();
        var toks = Tokenizer.tokenize("met on Tuesday");
        List<Match> chosen = Grammar.select(g.scan(toks), toks);
        assertEquals(1, chosen.size());
        Match m = chosen.get(0);
        assertEquals("on", m.rule().id());
        assertEquals(1, m.start());
        assertEquals(2, m.coreStart(), "the extent leaves 'on' out");
        assertEquals("2", m.frame().get("weekday"));
        assertEquals("on", m.frame().get("signal"));
        assertEquals(List.of("on", "d"), m.ruleTrail());
    }

    @Test
    void scanIsLinearOnHostileInput() {
        // thousands of trigger words in a row must not make the scan blow up: count chart entries
        Grammar g = new GrammarLoader().addSource("t.rules", """
                rule a
                  match x x? x? x? x? x? x? x?
                  emit kind=date
                """).build();
        var toks = Tokenizer.tokenize("x ".repeat(5000));
        assertEquals(5000, g.scan(toks).size(), "one (longest) match per start position");
    }
}
