package io.dateline.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.text.TextNormalizer;
import io.dateline.text.Token;
import io.dateline.text.Tokenizer;
import io.dateline.text.WorkCounter;
import io.dateline.value.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own grammar folder: its rules are found wherever they match, and cannot hang a scan. */
class UserGrammarTest {

    private static List<Token> tokens(String text) {
        return Tokenizer.tokenize(TextNormalizer.fold(text));
    }

    @Test
    void aRegexOnATokenWithDigitsFiresWhateverFollowsIt(@TempDir Path dir) throws IOException {
        // the built-in block.model ("F-16", "G7") matched "w12" as well and, at equal length, won:
        // the user's rule showed only when a longer built-in mention ("w12 go") carried it
        Files.writeString(dir.resolve("week.rules"), "rule my.week\n  match /w\\d+/\n  emit kind=date rel=next unit=week\n");
        Dateline d = Dateline.builder().addGrammarDirectory(dir).build();
        for (String text : List.of("See w12", "See w12.", "See w12, then", "See w12 (x)", "See w12 go", "See w12 now.")) {
            List<Mention> found = d.process("t", text, null).mentions().stream().filter(m -> m.text().equals("w12")).toList();
            assertEquals(1, found.size(), text);
            assertTrue(found.get(0).rules().contains("my.week"), text + ": " + found.get(0).rules());
        }
        // the built-in grammar alone still keeps model names out
        assertEquals(List.of(), Dateline.builder().build().process("t", "See w12.", null).mentions());
    }

    @Test
    void aTokenOverTheBoundIsNeverGivenToARegex() {
        Grammar g = new GrammarLoader().addSource("t.rules", "rule a\n  match /a+b?/\n  emit kind=date\n").build();
        String fits = "a".repeat(Grammar.MAX_REGEX_TOKEN);
        String over = "a".repeat(Grammar.MAX_REGEX_TOKEN + 1);
        assertEquals(1, g.scan(tokens(fits)).size());
        assertEquals(0, g.scan(tokens(over)).size());
        // the bound is in code points: 256 astral letters are 512 chars and still fit
        Grammar astral = new GrammarLoader().addSource("t.rules", "rule a\n  match /\\x{1D400}+/\n  emit kind=date\n").build();
        assertEquals(1, astral.scan(tokens("\uD835\uDC00".repeat(Grammar.MAX_REGEX_TOKEN))).size());
        assertEquals(0, astral.scan(tokens("\uD835\uDC00".repeat(Grammar.MAX_REGEX_TOKEN + 1))).size());
        Map<WorkCounter.Kind, Long> work = WorkCounter.measure(() -> g.scan(tokens("a".repeat(1_000_000))));
        assertEquals(0L, work.get(WorkCounter.Kind.REGEX_CHARS), "a 1 MB word costs no regex work");
        work = WorkCounter.measure(() -> g.scan(tokens(fits)));
        assertEquals((long) Grammar.MAX_REGEX_TOKEN, work.get(WorkCounter.Kind.REGEX_CHARS));
    }

    @Test
    void aCatastrophicUserRegexIsBounded() {
        // without a bound, 41 characters take this regex about 15 s, and every added 'a' doubles it
        Grammar g = new GrammarLoader().addSource("t.rules", "rule a\n  match /(.*a){10}$/\n  emit kind=date\n").build();
        assertEquals(0, g.scan(tokens("a".repeat(40) + "b")).size(), "spends its reads and does not match");
        assertEquals(0, g.scan(tokens(("a".repeat(40) + "b ").repeat(20))).size());
        assertEquals(1, g.scan(tokens("a".repeat(12))).size(), "an easy token still matches");
    }

    @Test
    void aPatternWithTooManyItemsFailsAtLoad() {
        String hundreds = "x " + "y? ".repeat(300);
        GrammarException e = assertThrows(GrammarException.class,
                () -> new GrammarLoader().addSource("t.rules", "rule a\n  note many\n  match " + hundreds + "\n  emit kind=date\n"));
        assertEquals("t.rules:3: the pattern has 301 items; at most 16 are allowed (split the rule, or build it from smaller rules)",
                e.getMessage());
        e = assertThrows(GrammarException.class,
                () -> new GrammarLoader().addSource("t.rules", "rule a\n  match x" + " y?".repeat(9) + "\n  emit kind=date\n"));
        assertEquals("t.rules:2: the pattern has 9 optional items; at most 8 are allowed (use a lexicon, or build it from smaller rules)",
                e.getMessage());
        // at the bounds a rule loads
        new GrammarLoader().addSource("t.rules", "rule a\n  match x" + " y?".repeat(8) + " z".repeat(7) + "\n  emit kind=date\n").build();
        assertTrue(Grammar.MAX_ITEMS >= 8, "the built-in grammar's longest pattern has 8 items");
    }
}
