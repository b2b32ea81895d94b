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
        assertEquals("-quarter", RegexShape.requiredLiteral("(?<q>first|second)-quarter"));
        assertNull(RegexShape.requiredLiteral("\\d{1,2}"), "quantifier bounds are not text");
        assertNull(RegexShape.requiredLiteral("[A-Za-z]{1,5}-?\\d+"), "an optional hyphen is not required");
        assertNull(RegexShape.requiredLiteral("a|b"));
        assertTrue(RegexShape.requiresDigit("[A-Za-z]{1,5}-?\\d+[A-Za-z]*"));
        assertFalse(RegexShape.requiresDigit("(\\d+|one)-week"));
        assertTrue(RegexShape.digitFirst("(?<h>\\d{1,2}):(?<m>\\d\\d)"));
        assertFalse(RegexShape.digitFirst("(?<a>\\d+|one)-day"));
        assertTrue(RegexShape.digitFirst("(?<v>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?<!^20\\d\\d)"));
        assertFalse(RegexShape.digitFirst("(?<v>\\d+)?x"));
        assertTrue(RegexShape.digitFirst("(?<year>1[6-9]\\d\\d|20\\d\\d)"));
        assertFalse(RegexShape.digitFirst("1?x"));
    }

    /** Whether a token holds a character of every set {@link RegexNeeds} finds for the regex. */
    private static boolean passes(String re, String token) {
        return RegexNeeds.of(re).stream().allMatch(s -> s.anyIn(token));
    }

    @Test
    void regexNeedsPrefilter() {
        String glued = "(?<v>\\d+(?:\\.\\d+)?)(?<u>km|m|cm|km\\/h)";
        assertFalse(passes(glued, "13"));
        assertFalse(passes(glued, "2,500"));
        assertTrue(passes(glued, "5km"));
        assertTrue(passes(glued, "5CM"), "letters in either case");
        assertFalse(passes("(?<v>\\d+)(?:st|nd|rd|th)", "13"));
        assertTrue(passes("(?<v>\\d+)(?:st|nd|rd|th)", "3rd"));
        String compound = "[a-z]+-[a-z]+(?:-[a-z]+)*|[a-z]{1,5}-?\\d+[a-z]*";
        assertFalse(passes(compound, "people"), "neither a hyphen nor a digit");
        assertTrue(passes(compound, "F-16"));
        assertTrue(passes(compound, "Iran-backed"));
        assertTrue(passes("(?<day>\\d{1,2})(?:st|nd|rd|th)?", "13"), "an optional suffix needs nothing");
        assertFalse(passes("(?<v>\\d+)|one", "x"));
        assertTrue(passes("(?<v>\\d+)|one", "one"));
        assertFalse(passes("[a-z]{0,3}\\d", "abc"));
        assertTrue(passes("\\d+(?=km)", "13"), "a look-ahead consumes nothing");
        assertTrue(passes("[^0-9]+", "13"), "negated classes are not read");
        assertTrue(passes("(?-i)[A-Z][a-z]+", "13"), "inline flags are not read");
        // never says no to a token the regex matches
        List<String> res = List.of(glued, compound, "(?<hour>\\d{1,2})(?<ampm>am|pm)", "\\d{1,2}-\\d{1,2}",
                "(?<q>first|second)-quarter", "q(?<quarter>[1-4])", "[a-z][a-z']*(?:-[a-z']+)*", "\\d[\\d,.]*");
        List<String> tokens = List.of("13", "2,500", "1.5", "10-12", "5km", "7pm", "3BN", "F-16", "Q3", "people",
                "second-quarter", "don't", "km/h", "x");
        for (String re : res) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(re, java.util.regex.Pattern.CASE_INSENSITIVE);
            for (String tok : tokens) {
                if (p.matcher(tok).matches()) {
                    assertTrue(passes(re, tok), re + " matches " + tok);
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
    void caseSensitiveWordsTriggerByTheirLowerCase() {
        // "Zorg" is in no lexicon: the scan must still know the word that triggers the rule
        Grammar g = new GrammarLoader().addSource("t.rules", """
                rule a
                  match "Zorg" /\\d+/
                  emit kind=date
                """).build();
        assertEquals(1, g.scan(Tokenizer.tokenize("met Zorg 12")).size());
        assertEquals(0, g.scan(Tokenizer.tokenize("met zorg 12")).size());
        assertEquals(0, g.scan(Tokenizer.tokenize("met Zorg twelve")).size(), "the next token is checked");
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
