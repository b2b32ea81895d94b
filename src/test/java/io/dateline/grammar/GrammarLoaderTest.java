package io.dateline.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.resolve.quantity.QuantityDimension;
import io.dateline.resolve.time.TimeDimension;
import io.dateline.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void anUndeclaredFieldFailsAtLoad() {
        assertEquals("t.rules:3: unknown field 'wekday' for kind date",
                broken("rule a\n  match tuesday\n  emit kind=date wekday=2\n").getMessage());
        // every kind a rule can produce must declare the field: here the copied mention's kinds
        assertEquals("t.rules:6: unknown field 'hour' for kind date",
                broken("rule d\n  match tuesday\n  emit kind=date weekday=2\nrule on\n  match on <date@x>\n  emit +$x hour=3\n")
                        .getMessage());
        // a field read from a captured mention, in the emit line and in a pattern's field test
        assertEquals("t.rules:6: unknown field 'wekday' for kind date",
                broken("rule d\n  match tuesday\n  emit kind=date weekday=2\nrule on\n  match on <date@x>\n  emit kind=date weekday=$x.wekday\n")
                        .getMessage());
        assertEquals("t.rules:5: unknown field 'wekday' for kind date",
                broken("rule d\n  match tuesday\n  emit kind=date weekday=2\nrule on\n  match on <date:wekday@x>\n  emit +$x\n")
                        .getMessage());
        // the same rules with the fields spelled right load
        new GrammarLoader().addSource("t.rules", "rule d\n  match tuesday\n  emit kind=date weekday=2\nrule on\n"
                + "  match on <date:weekday@x>\n  emit kind=date weekday=$x.weekday signal=on\n").build();
    }

    @Test
    void anUndeclaredKindFailsAtLoad() {
        GrammarException e = broken("rule a\n  match tuesday\n  emit kind=dat weekday=2\n");
        assertTrue(e.getMessage().startsWith("t.rules:3: unknown kind 'dat' (declared: date, time, duration, set, ref, range, quantity"),
                e.getMessage());
        assertTrue(broken("rule a\n  match x\n  emit kind=_piece\n").getMessage().startsWith("t.rules:3: unknown kind '_piece'"));
    }

    @Test
    void aFramesFileDeclaresNewKindsAndFields() {
        Grammar g = new GrammarLoader()
                .addVocabulary("mine.frames", "kind _piece internal\n  size\nkind date time\n  feast\n")
                .addSource("t.rules", "rule p\n  match x\n  emit kind=_piece size=2\nrule f\n  match eid\n  emit kind=date feast=eid\n")
                .build();
        assertEquals(2, g.rules().size());
        assertTrue(g.vocabulary().fields("date").contains("feast"));
        assertTrue(g.vocabulary().fields("date").contains("weekday"), "adding fields keeps the built-in ones");
        assertEquals("internal", g.vocabulary().dimension("_piece"));
        assertThrows(GrammarException.class, () -> new GrammarLoader().addVocabulary("v.frames", "kind piece internal\n"),
                "an internal kind's name starts with _");
        assertEquals("v.frames:1: kind date is already resolved by dimension time",
                assertThrows(GrammarException.class, () -> new GrammarLoader().addVocabulary("v.frames", "kind date quantity\n"))
                        .getMessage());
        assertEquals("v.frames:2: bad field name 'Feast' (lower-case letters, digits, _)",
                assertThrows(GrammarException.class, () -> new GrammarLoader().addVocabulary("v.frames", "kind date time\n  Feast\n"))
                        .getMessage());
    }

    @Test
    void aUserFolderIsCheckedTheSameWay(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.rules");
        Files.writeString(f, "rule my.day\n  note a comment\n  match eid\n  emit kind=date wekday=3\n");
        GrammarException e = assertThrows(GrammarException.class,
                () -> Dateline.builder().addGrammarDirectory(dir).build());
        assertEquals(f + ":4: unknown field 'wekday' for kind date", e.getMessage());
        Files.writeString(f, "rule my.day\n  match {feasts}\n  emit kind=date weekday=3\n");
        e = assertThrows(GrammarException.class, () -> Dateline.builder().addGrammarDirectory(dir).build());
        assertEquals(f + ":2: unknown lexicon 'feasts' (lexicons are defined before use)", e.getMessage());
        // a .frames file in the folder declares what its rules need, before they load
        Files.writeString(dir.resolve("zz.frames"), "kind _feast internal\n  name\n");
        Files.writeString(f, "rule my.feast\n  match eid\n  emit kind=_feast name=eid\n");
        assertEquals(1, Dateline.builder().addGrammarDirectory(dir).build().grammar().rules().stream()
                .filter(r -> r.id().equals("my.feast")).count());
    }

    @Test
    void aDeclaredKindThatNoDimensionResolvesFailsAtLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("money.frames"), "kind money money\n  amount\n");
        Path f = dir.resolve("money.rules");
        Files.writeString(f, "rule my.money\n  match quid\n  emit kind=money amount=1\n");
        GrammarException e = assertThrows(GrammarException.class, () -> Dateline.builder().addGrammarDirectory(dir).build());
        assertEquals(f + ":1: no dimension resolves kind money (declared as dimension money)", e.getMessage());
    }

    @Test
    void theBuiltInDimensionsResolveEveryDeclaredKind() {
        Grammar g = Dateline.builder().build().grammar();
        TimeDimension time = new TimeDimension(g);
        QuantityDimension quantity = new QuantityDimension(g);
        for (String kind : g.vocabulary().kinds()) {
            String dim = g.vocabulary().dimension(kind);
            assertEquals(dim.equals("time"), time.handles(kind), kind);
            assertEquals(dim.equals("quantity"), quantity.handles(kind), kind);
            assertTrue(Set.of("time", "quantity", FrameVocabulary.INTERNAL).contains(dim), kind + " " + dim);
        }
        for (Rule r : g.rules()) {
            for (Element e : r.elements()) {
                assertTrue(!(e instanceof Element.MentionRef m) || m.categories().stream().allMatch(g.vocabulary().kinds()::contains));
            }
        }
    }
}
