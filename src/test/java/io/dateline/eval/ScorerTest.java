package io.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final double EPS = 1e-12;

    static final String BOARD = """
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-15" functionInDocument="CREATION_TIME">02/15/2001</TIMEX3></DCT>
            <TEXT>The board <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2001-02-12">Monday</TIMEX3> \
            and again <TIMEX3 tid="t2" type="DATE" value="2001-02-14">two days later</TIMEX3>; talks lasted \
            <TIMEX3 tid="t3" type="DURATION" value="P3W">three weeks</TIMEX3>, ending in \
            <TIMEX3 tid="t4" type="DATE" value="2001-03" mod="START">early March 2001</TIMEX3>, and resume each spring.</TEXT>
            </TimeML>
            """;

    static final TimeMlDocument DOC = TimeMl.parse(BOARD, "board");

    /** A system TIMEX3 over the first occurrence of {@code phrase} (ASCII text: chars = code points). */
    static SystemTimex sys(TimeMlDocument doc, String phrase, String type, String value, String mod) {
        int start = doc.text().indexOf(phrase);
        assertTrue(start >= 0, phrase);
        return new SystemTimex(start, start + phrase.length(), type, value, mod);
    }

    static final List<SystemTimex> OUTPUT = List.of(
            sys(DOC, "Monday", "DATE", "2001-02-12", null),           // exact, all right
            sys(DOC, "two days", "DURATION", "P2D", null),            // partial, type and value wrong
            sys(DOC, "March 2001", "DATE", " 2001-03 ", null),         // partial, value right once trimmed, mod wrong
            sys(DOC, "each spring", "SET", "XXXX-SP", null));          // spurious; "three weeks" is missed

    @Test
    void theDocumentIsAsWritten() {
        assertEquals("The board met on Monday and again two days later; talks lasted three weeks, "
                + "ending in early March 2001, and resume each spring.", DOC.text());
        assertEquals(List.of(17, 34, 63, 86),
                DOC.timexes().stream().map(GoldTimex::start).toList());
    }

    @Test
    void corpusScores() {
        List<String> seen = new ArrayList<>();
        EvalReport r = Scorer.score(List.of(DOC), (text, dct) -> {
            seen.add(dct + "|" + text);
            return OUTPUT;
        });
        assertEquals(List.of("2001-02-15|" + DOC.text()), seen);

        assertEquals(new Counts(4, 4, 1, 3, 2, 2, 2), r.counts());
        assertEquals(1, r.documents());
        assertEquals(0.25, r.strict().precision(), EPS);
        assertEquals(0.25, r.strict().recall(), EPS);
        assertEquals(0.25, r.strict().f1(), EPS);
        assertEquals(0.75, r.relaxed().precision(), EPS);
        assertEquals(0.75, r.relaxed().recall(), EPS);
        assertEquals(0.75, r.relaxed().f1(), EPS);
        assertEquals(2.0 / 3, r.typeAccuracy(), EPS);
        assertEquals(2.0 / 3, r.valueAccuracy(), EPS);
        assertEquals(2.0 / 3, r.modAccuracy(), EPS);
        assertEquals(0.5, r.valueF1(), EPS);
        assertEquals(0.5, r.typeF1(), EPS);
    }

    @Test
    void precisionTwoThirds() {
        // Drop the wrong "two days": 3 system, 4 gold, 2 overlap, 1 exact.
        List<SystemTimex> three = List.of(OUTPUT.get(0), OUTPUT.get(2), OUTPUT.get(3));
        EvalReport r = Scorer.score(List.of(DOC), (text, dct) -> three);
        assertEquals(2.0 / 3, r.relaxed().precision(), EPS);
        assertEquals(0.5, r.relaxed().recall(), EPS);
        assertEquals(4.0 / 7, r.relaxed().f1(), EPS);
        assertEquals(1.0 / 3, r.strict().precision(), EPS);
        assertEquals(0.25, r.strict().recall(), EPS);
        assertEquals(2.0 / 7, r.strict().f1(), EPS);
        assertEquals(1.0, r.valueAccuracy(), EPS);
        assertEquals(4.0 / 7, r.valueF1(), EPS);
        assertEquals(0.5, r.modAccuracy(), EPS, "mod is reported but does not touch value accuracy");
    }

    @Test
    void errorsInTextOrderWithContext() {
        DocumentScore s = Scorer.scoreDocument(DOC, OUTPUT);
        List<EvalError> e = s.errors();
        assertEquals(List.of(EvalError.Kind.SPAN, EvalError.Kind.TYPE, EvalError.Kind.VALUE,
                EvalError.Kind.MISSED, EvalError.Kind.SPAN, EvalError.Kind.MOD, EvalError.Kind.SPURIOUS),
                e.stream().map(EvalError::kind).toList());

        EvalError value = e.get(2);
        assertEquals("board", value.docId());
        assertEquals("two days later", value.gold().text());
        assertEquals("2001-02-14", value.gold().value());
        assertEquals("P2D", value.system().value());
        assertEquals("two days", value.systemText());
        assertEquals("...board met on Monday and again [two days later]; talks lasted three weeks, en...",
                value.context());

        EvalError missed = e.get(3);
        assertEquals("three weeks", missed.gold().text());
        assertNull(missed.system());
        assertNull(missed.systemText());
        assertEquals("... two days later; talks lasted [three weeks], ending in early March 2001, ...",
                missed.context());

        EvalError spurious = e.get(6);
        assertNull(spurious.gold());
        assertEquals("each spring", spurious.systemText());
        assertEquals("... early March 2001, and resume [each spring].", spurious.context());

        assertEquals("board                VALUE    gold \"two days later\" DATE 2001-02-14"
                        + " sys \"two days\" DURATION P2D  | " + value.context(), value.toLine());
        assertEquals("board                MOD      gold \"early March 2001\" DATE 2001-03 mod=START"
                + " sys \"March 2001\" DATE  2001-03   | " + e.get(5).context(), e.get(5).toLine());
    }

    @Test
    void matchesArePairedOneToOne() {
        DocumentScore s = Scorer.scoreDocument(DOC, OUTPUT);
        assertEquals(3, s.matches().size());
        DocumentScore.Match first = s.matches().get(0);
        assertTrue(first.exact() && first.typeCorrect() && first.valueCorrect() && first.modCorrect());
        DocumentScore.Match last = s.matches().get(2);
        assertFalse(last.exact());
        assertTrue(last.valueCorrect());
        assertFalse(last.modCorrect());
    }

    private static TimeMlDocument doc(String id, String textWithTimex) {
        return TimeMl.parse("<TimeML><DCT><TIMEX3 value=\"2001-03-07\" functionInDocument=\"CREATION_TIME\">"
                + "x</TIMEX3></DCT><TEXT>" + textWithTimex + "</TEXT></TimeML>", id);
    }

    @Test
    void largerOverlapWinsWhenTwoSystemTimexesShareAGold() {
        TimeMlDocument d = doc("split", "Signed <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-05\">March 5, 2001</TIMEX3>.");
        SystemTimex month = sys(d, "March", "DATE", "2001-03", null);
        SystemTimex day = sys(d, "5, 2001", "DATE", "2001-03-05", null);
        DocumentScore s = Scorer.scoreDocument(d, List.of(month, day));
        assertEquals(new Counts(1, 2, 0, 1, 1, 1, 1), s.counts());
        assertEquals(day, s.matches().get(0).system());
        assertEquals(List.of(EvalError.Kind.SPAN, EvalError.Kind.SPURIOUS),
                s.errors().stream().map(EvalError::kind).toList());
        assertEquals(month, s.errors().get(1).system());
    }

    @Test
    void valuesCompareByMeaningAndTheSpelledCountIsKept() {
        TimeMlDocument d = doc("week", "Talks <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-W7\">this week</TIMEX3> ran "
                + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1E\">a decade</TIMEX3> after "
                + "<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P1D\">a day</TIMEX3> of rain.");
        DocumentScore s = Scorer.scoreDocument(d, List.of(sys(d, "this week", "DATE", "2001-W07", null),
                sys(d, "a decade", "DURATION", "P10Y", null), sys(d, "a day", "DURATION", "PT24H", null)));
        assertEquals(new Counts(3, 3, 3, 3, 3, 2, 3, 0), s.counts());
        assertEquals(List.of(EvalError.Kind.VALUE), s.errors().stream().map(EvalError::kind).toList());
        assertEquals("a day", s.errors().get(0).gold().text());
    }

    @Test
    void oneSystemTimexOverTwoGoldsMatchesOnlyOne() {
        TimeMlDocument d = doc("or", "Open <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-05\">Monday</TIMEX3> or "
                + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2001-03-06\">Tuesday</TIMEX3> only.");
        DocumentScore s = Scorer.scoreDocument(d, List.of(sys(d, "Monday or Tuesday", "DATE", "2001-03-06", null)));
        assertEquals(new Counts(2, 1, 0, 1, 1, 1, 1), s.counts());
        assertEquals("Tuesday", s.matches().get(0).gold().text(), "7 overlapping code points beat 6");
        assertEquals(EvalError.Kind.MISSED, s.errors().get(0).kind());
        assertEquals("Monday", s.errors().get(0).gold().text());
        assertEquals("Open [Monday] or Tuesday only.", s.errors().get(0).context());
    }

    @Test
    void exactPairWinsTiesAndDuplicatesAreSpurious() {
        TimeMlDocument d = doc("dup", "Due <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-09\">Friday</TIMEX3>.");
        SystemTimex wide = sys(d, "Due Friday", "DATE", "2001-03-09", null);
        SystemTimex exact = sys(d, "Friday", "DATE", "2001-03-09", null);
        DocumentScore s = Scorer.scoreDocument(d, List.of(wide, exact, exact));
        assertEquals(new Counts(1, 3, 1, 1, 1, 1, 1), s.counts());
        assertEquals(exact, s.matches().get(0).system());
        assertEquals(2, s.errors().size());
        assertTrue(s.errors().stream().allMatch(e -> e.kind() == EvalError.Kind.SPURIOUS));
    }

    @Test
    void systemOffsetsAreCodePoints() {
        // "\uD83D\uDCC5" (calendar emoji) is one code point, two chars.
        TimeMlDocument d = doc("emoji", "\uD83D\uDCC5 Meet <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-09\">Friday"
                + "</TIMEX3> at noon.");
        SystemTimex friday = new SystemTimex(7, 13, "DATE", "2001-03-09", null);
        SystemTimex noon = new SystemTimex(17, 21, "TIME", "2001-03-09T12:00", null);
        DocumentScore s = Scorer.scoreDocument(d, List.of(friday, noon));
        assertEquals(new Counts(1, 2, 1, 1, 1, 1, 1), s.counts());
        assertEquals("noon", s.errors().get(0).systemText());
        assertEquals("\uD83D\uDCC5 Meet Friday at [noon].", s.errors().get(0).context());
    }

    @Test
    void nothingToScoreGivesZeros() {
        TimeMlDocument d = doc("empty", "No dates here.");
        EvalReport r = Scorer.score(List.of(d), (text, dct) -> List.of());
        assertEquals(Counts.ZERO, r.counts());
        assertEquals(0.0, r.relaxed().f1());
        assertEquals(0.0, r.valueAccuracy());
        assertEquals(0.0, r.valueF1());
    }

    @Test
    void badSystemOutputIsRejected() {
        TimeMlDocument d = doc("bad", "Short.");
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
                () -> Scorer.scoreDocument(d, List.of(new SystemTimex(3, 9, "DATE", "X", null))));
        assertTrue(past.getMessage().contains("bad"), past.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Scorer.scoreDocument(d, List.of(new SystemTimex(2, 2, "DATE", "X", null))));
        IllegalStateException nul = assertThrows(IllegalStateException.class,
                () -> Scorer.score(List.of(d), (text, dct) -> null));
        assertTrue(nul.getMessage().contains("bad"));
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Scorer.score(List.of(d), (text, dct) -> {
                    throw new UnsupportedOperationException("boom");
                }));
        assertTrue(thrown.getMessage().startsWith("annotator failed on bad"), thrown.getMessage());
    }

    @Test
    void textTableUsesRootLocale() {
        // Surefire runs with a Turkish locale, where %.2f would print a decimal comma.
        EvalReport r = Scorer.score(List.of(DOC), (text, dct) -> OUTPUT);
        String t = r.toText(false);
        assertTrue(t.startsWith("TIMEX3 evaluation: 1 documents, 4 gold, 4 system\n"
                .replace("\n", System.lineSeparator())), t);
        assertTrue(t.contains("strict           1    25.00    25.00    25.00"), t);
        assertTrue(t.contains("relaxed          3    75.00    75.00    75.00"), t);
        assertTrue(t.contains("type             2    66.67    50.00"), t);
        assertTrue(t.contains("value            2    66.67    50.00"), t);
        assertTrue(t.contains("mod              2    66.67        -"), t);
        assertFalse(t.contains("errors:"));

        String withErrors = r.toText(true);
        assertTrue(withErrors.contains("errors: MISSED 1 SPURIOUS 1 SPAN 2 TYPE 1 VALUE 1 MOD 1"), withErrors);
        assertTrue(withErrors.contains(r.errors().get(3).toLine()));
    }

    @Test
    void jsonCarriesScoresAndErrors() throws Exception {
        EvalReport r = Scorer.score(List.of(DOC), (text, dct) -> OUTPUT);
        JsonNode j = new ObjectMapper().readTree(r.toJson());
        assertEquals(1, j.get("documents").asInt());
        assertEquals(4, j.get("counts").get("gold").asInt());
        assertEquals(3, j.get("counts").get("relaxedMatched").asInt());
        assertEquals(0.25, j.get("strict").get("f1").asDouble(), EPS);
        assertEquals(0.75, j.get("relaxed").get("precision").asDouble(), EPS);
        assertEquals(0.5, j.get("valueF1").asDouble(), EPS);
        assertEquals(2, j.get("errorCounts").get("SPAN").asInt());
        assertEquals(7, j.get("errors").size());
        JsonNode missed = j.get("errors").get(3);
        assertEquals("MISSED", missed.get("kind").asText());
        assertEquals("three weeks", missed.get("gold").get("text").asText());
        assertEquals(63, missed.get("gold").get("start").asInt());
        assertTrue(missed.get("system").isNull());
        assertFalse(new ObjectMapper().readTree(r.toJson(false)).has("errors"));
        assertFalse(j.has("groups"));
    }

    @Test
    void groupsAddUp() {
        TimeMlDocument other = doc("other", "Closed <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-06\">Tuesday</TIMEX3>.");
        TimexAnnotator annotator = (text, dct) -> text.equals(DOC.text()) ? OUTPUT
                : List.of(sys(other, "Tuesday", "DATE", "2001-03-06", null));
        EvalReport r = Scorer.score(new TreeMap<>(Map.of("A", List.of(DOC), "B", List.of(other))), annotator);
        assertEquals(2, r.documents());
        assertEquals(new Counts(5, 5, 2, 4, 3, 3, 3), r.counts());
        assertEquals(0.8, r.relaxed().f1(), EPS);
        assertEquals(new Counts(1, 1, 1, 1, 1, 1, 1), r.groups().get("B").counts());
        assertEquals(7, r.errors().size());
        assertTrue(r.toText(false).contains("group"));
    }
}
