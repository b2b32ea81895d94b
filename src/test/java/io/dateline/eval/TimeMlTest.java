package io.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlTest {

    /** A hand-written document in the shape of the TimeBank/AQUAINT files. */
    static final String HARBOUR = """
            <?xml version="1.0" ?>
            <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <DOCID>HARBOUR01</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2004-06-15" temporalFunction="false" functionInDocument="CREATION_TIME">June 15, 2004</TIMEX3></DCT>
            <TITLE>Ferry &amp; harbour news <TIMEX3 tid="t90" type="DATE" value="2004-06-15">today</TIMEX3></TITLE>
            <TEXT>
            The ferry <EVENT eid="e1" class="OCCURRENCE">sailed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2004-06-14" temporalFunction="true" anchorTimeID="t0">Monday</TIMEX3> &amp; <EVENT eid="e2" class="OCCURRENCE">docked</EVENT> <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="PT3H" mod="APPROX">about three hours</TIMEX3>.
            Prices &lt;rose&gt; by &quot;10%&quot;<TIMEX3 tid="t3" type="DATE" value="2004-06" functionInDocument="NONE"></TIMEX3><TIMEX3 tid="t4" type="DATE" value="FUTURE_REF"/> <TIMEX3 tid="t5" type="SET" value="P1W" quant="EVERY">every week</TIMEX3>.
            </TEXT>
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            </TimeML>
            """;

    @Test
    void stripsTagsDecodesEntitiesAndSkipsOtherParts() {
        TimeMlDocument d = TimeMl.parse(HARBOUR, "harbour");
        assertEquals("harbour", d.id());
        assertEquals("2004-06-15", d.dct());
        assertEquals("\nThe ferry sailed Monday & docked after about three hours.\n"
                + "Prices <rose> by \"10%\" every week.\n", d.text());
    }

    @Test
    void goldOffsetsAndAttributes() {
        TimeMlDocument d = TimeMl.parse(HARBOUR, "harbour");
        List<GoldTimex> t = d.timexes();
        assertEquals(3, t.size(), "the two empty TIMEX3s (t3, t4) are skipped");

        assertEquals(new GoldTimex("t1", 18, 24, "Monday", "DATE", "2004-06-14", null), t.get(0));
        assertEquals(new GoldTimex("t2", 40, 57, "about three hours", "DURATION", "PT3H", "APPROX"), t.get(1));
        assertEquals(new GoldTimex("t5", 82, 92, "every week", "SET", "P1W", null), t.get(2));
        for (GoldTimex g : t) {
            assertEquals(g.text(), d.slice(g.start(), g.end()));
        }
    }

    @Test
    void offsetsCountCodePointsNotChars() {
        // U+1D11E (musical G clef) is one code point but two UTF-16 chars.
        String xml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2010-01-02\""
                + " functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>"
                + "<TEXT>\uD834\uDD1E&#x1D11E; <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2010-01-01\">"
                + "New Year\u2019s Day</TIMEX3></TEXT></TimeML>";
        TimeMlDocument d = TimeMl.parse(xml, "clef");
        GoldTimex g = d.timexes().get(0);
        assertEquals(3, g.start(), "two clefs (4 chars) and a space precede it");
        assertEquals(17, g.end());
        assertEquals("New Year\u2019s Day", g.text());
        assertEquals(17, d.length());
        assertEquals(g.text(), d.slice(3, 17));
    }

    @Test
    void crLfIsNormalizedAndCdataKept() {
        String xml = "<TimeML>\r\n<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1999-12-31T23:59\""
                + " functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>\r\n<TEXT>\r\nLine one.\r\n"
                + "<![CDATA[a<b]]> at <TIMEX3 tid=\"t1\" type=\"TIME\" value=\"1999-12-31T24:00\">midnight</TIMEX3>\r\n</TEXT></TimeML>";
        TimeMlDocument d = TimeMl.parse(xml, "crlf");
        assertEquals("1999-12-31T23:59", d.dct());
        assertEquals("\nLine one.\na<b at midnight\n", d.text());
        assertEquals(18, d.timexes().get(0).start());
    }

    @Test
    void dctFallsBackToCreationTimeOutsideDct() {
        String xml = "<TimeML><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-09-10\""
                + " functionInDocument=\"CREATION_TIME\">Sept. 10</TIMEX3><TEXT>Nothing dated.</TEXT></TimeML>";
        TimeMlDocument d = TimeMl.parse(xml, "nodctelement");
        assertEquals("2001-09-10", d.dct());
        assertTrue(d.timexes().isEmpty());
    }

    @Test
    void malformedDocumentNamesSourceAndLine() {
        String xml = "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" value=\"2000-01-01\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>\n"
                + "<TEXT>\nIt rained <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1999\">last year</EVENT>.\n</TEXT></TimeML>";
        TimeMlException e = assertThrows(TimeMlException.class, () -> TimeMl.parse(xml, "broken.tml"));
        assertEquals("broken.tml", e.source());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("broken.tml:4: not well-formed XML"), e.getMessage());
    }

    @Test
    void undefinedEntityIsMalformed() {
        String xml = "<TimeML><DCT><TIMEX3 value=\"2000-01-01\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>"
                + "<TEXT>caf&eacute;</TEXT></TimeML>";
        TimeMlException e = assertThrows(TimeMlException.class, () -> TimeMl.parse(xml, "entity"));
        assertEquals(1, e.line());
    }

    @Test
    void missingTextOrDctIsAnError() {
        TimeMlException noText = assertThrows(TimeMlException.class, () -> TimeMl.parse(
                "<TimeML><DCT><TIMEX3 value=\"2000-01-01\">x</TIMEX3></DCT></TimeML>", "notext"));
        assertTrue(noText.getMessage().contains("no <TEXT>"), noText.getMessage());
        TimeMlException noDct = assertThrows(TimeMlException.class,
                () -> TimeMl.parse("<TimeML><TEXT>Hello.</TEXT></TimeML>", "nodct"));
        assertTrue(noDct.getMessage().startsWith("nodct: no document creation time"), noDct.getMessage());
        assertEquals(-1, noDct.line());
    }

    @Test
    void parseFileUsesFileNameAsIdAndNamesFileOnError(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("NYT20040615.0001.tml");
        Files.writeString(good, HARBOUR, StandardCharsets.UTF_8);
        TimeMlDocument d = TimeMl.parse(good);
        assertEquals("NYT20040615.0001", d.id());
        assertEquals(3, d.timexes().size());

        Path bad = dir.resolve("bad.tml");
        Files.writeString(bad, "<TimeML>\n<TEXT>\n<TIMEX3>open\n</TimeML>\n", StandardCharsets.UTF_8);
        TimeMlException e = assertThrows(TimeMlException.class, () -> TimeMl.parse(bad));
        assertEquals(bad.toString(), e.source());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(bad + ":4: "), e.getMessage());
    }

    @Test
    void documentIsImmutable() {
        TimeMlDocument d = TimeMl.parse(HARBOUR, "harbour");
        assertThrows(UnsupportedOperationException.class, () -> d.timexes().clear());
        assertNull(d.timexes().get(0).mod());
    }
}
