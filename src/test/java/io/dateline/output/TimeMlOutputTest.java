package io.dateline.output;

import static io.dateline.output.Fixtures.processed;
import static io.dateline.output.Fixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.DocumentResult;
import io.dateline.Processed;
import io.dateline.value.Anchor;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.eval.GoldTimex;
import io.dateline.eval.TimeMl;
import io.dateline.eval.TimeMlDocument;
import io.dateline.value.TimeMention;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class TimeMlOutputTest {

    /** Markup-like characters, quotes and an emoji (two chars, one code point) before the mentions. */
    static final String TRICKY = "Tom & Jerry <b>said</b> \"it's\" 🎉 on Tuesday. Since last week, prices rose 5% > 3%.";

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new InputSource(new StringReader(xml)));
    }

    static String xml(Processed p) {
        return render(out -> TimeMlOutput.write(p, out));
    }

    static Element only(Document d, String tag) {
        NodeList l = d.getElementsByTagName(tag);
        assertEquals(1, l.getLength(), "one <" + tag + ">");
        return (Element) l.item(0);
    }

    /** The TIMEX3 elements inside TEXT, in document order. */
    static List<Element> timexes(Document d) {
        NodeList l = only(d, "TEXT").getElementsByTagName("TIMEX3");
        List<Element> xs = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            xs.add((Element) l.item(i));
        }
        return xs;
    }

    static List<String> comments(Node n) {
        List<String> xs = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Comment k) {
                xs.add(k.getData().strip());
            }
            xs.addAll(comments(c));
        }
        return xs;
    }

    static void assertTimex(Element e, String tid, String text, String type, String value, String mod) {
        assertEquals(tid, e.getAttribute("tid"));
        assertEquals(text, e.getTextContent());
        assertEquals(type, e.getAttribute("type"));
        assertEquals(value, e.getAttribute("value"));
        if (mod == null) {
            assertFalse(e.hasAttribute("mod"), "no mod on " + text);
        } else {
            assertEquals(mod, e.getAttribute("mod"));
        }
    }

    @Test
    void trickyTextRoundTripsAndMentionsAreTagged() throws Exception {
        String out = xml(processed("news/a&b <1>.txt", TRICKY));
        assertTrue(out.startsWith(TimeMlOutput.XML_DECLARATION + "\n<TimeML "), out);
        assertTrue(out.endsWith("</TimeML>\n"), out);
        Document d = parse(out);

        Element root = d.getDocumentElement();
        assertEquals("TimeML", root.getTagName());
        assertEquals("http://www.w3.org/2001/XMLSchema-instance", root.getAttribute("xmlns:xsi"));
        assertEquals(TimeMlOutput.SCHEMA_LOCATION, root.getAttribute("xsi:noNamespaceSchemaLocation"));
        assertEquals("news/a&b <1>.txt", only(d, "DOCID").getTextContent());

        Element dct = (Element) only(d, "DCT").getElementsByTagName("TIMEX3").item(0);
        assertEquals("t0", dct.getAttribute("tid"));
        assertEquals("DATE", dct.getAttribute("type"));
        assertEquals("2023-11-22", dct.getAttribute("value"));
        assertEquals("false", dct.getAttribute("temporalFunction"));
        assertEquals("CREATION_TIME", dct.getAttribute("functionInDocument"));

        // the text with the tags removed is the article as it was
        Element text = only(d, "TEXT");
        assertEquals(TRICKY, text.getTextContent());

        List<Element> ts = timexes(d);
        assertEquals(2, ts.size());
        assertTimex(ts.get(0), "t1", "Tuesday", "DATE", "2023-11-21", null);
        assertTimex(ts.get(1), "t2", "last week", "DATE", "2023-W46", null);
        // signals stay outside the tags
        assertTrue(ts.get(0).getPreviousSibling().getTextContent().endsWith("🎉 on "));
        assertTrue(ts.get(1).getPreviousSibling().getTextContent().endsWith(". Since "));
        assertTrue(out.contains("Tom &amp; Jerry &lt;b&gt;said&lt;/b&gt;"), out);
    }

    @Test
    void modQuantAndFreqAttributes() throws Exception {
        String t = "Early next year, about three days later, the board meets every week.";
        Document d = parse(xml(processed("mods", t)));
        List<Element> ts = timexes(d);
        assertEquals(3, ts.size());
        assertTimex(ts.get(0), "t1", "Early next year", "DATE", "2024", "START");
        assertTimex(ts.get(1), "t2", "about three days later", "DURATION", "P3D", "APPROX");
        assertTimex(ts.get(2), "t3", "every week", "SET", "P1W", null);
        assertEquals("EVERY", ts.get(2).getAttribute("quant"));
        assertFalse(ts.get(2).hasAttribute("freq"));
        assertEquals(t, only(d, "TEXT").getTextContent());
    }

    @Test
    void anchorWithTimeGivesATimeDct() throws Exception {
        Anchor a = Anchor.ofDateTime(LocalDateTime.of(2024, 10, 22, 13, 32), ZoneOffset.ofHours(-8), "option");
        Document d = parse(xml(processed("t", "The vote closed at 5pm yesterday.", a)));
        Element dct = (Element) only(d, "DCT").getElementsByTagName("TIMEX3").item(0);
        assertEquals("TIME", dct.getAttribute("type"));
        assertEquals("2024-10-22T13:32-08:00", dct.getAttribute("value"));
        assertEquals("2024-10-22T13:32-08:00", dct.getTextContent());
        List<Element> ts = timexes(d);
        assertTimex(ts.get(0), "t1", "5pm yesterday", "TIME", "2024-10-21T17:00", null);
    }

    @Test
    void withoutAnAnchorThereIsNoDctButAComment() throws Exception {
        Document d = parse(xml(processed("none", "The strike began on Nov. 20, 2023 and lasted two weeks.", null)));
        assertEquals(0, d.getElementsByTagName("DCT").getLength());
        List<String> cs = comments(d);
        assertTrue(cs.stream().anyMatch(c -> c.startsWith("dateline: no DCT: no publication date")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.startsWith("dateline: warning: no publication date")), cs.toString());
        List<Element> ts = timexes(d);
        assertTimex(ts.get(0), "t1", "Nov. 20, 2023", "DATE", "2023-11-20", null);
        assertTimex(ts.get(1), "t2", "two weeks", "DURATION", "P2W", null);
    }

    @Test
    void lineEndsTabsAndControlCharactersKeepTheirCodePoints() throws Exception {
        String t = "Filed \u0001late:\r\nthe deal will close on Monday,\tMarch 4.\r\n";
        Document d = parse(xml(processed("crlf", t)));
        // CR survives the parser (written as &#13;); U+0001 cannot be in XML and becomes U+FFFD
        assertEquals(t.replace('\u0001', '\uFFFD'), only(d, "TEXT").getTextContent());
        List<Element> ts = timexes(d);
        assertEquals(1, ts.size());
        assertTimex(ts.get(0), "t1", "Monday,\tMarch 4", "DATE", "2024-03-04", null);
    }

    @Test
    void figuresAreNotTimexes() throws Exception {
        String t = "Sales rose to $3.2 million on Tuesday.";
        Processed p = Fixtures.withMentions(processed("fig", t),
                Fixtures.Figure.at(t, "$3.2 million", "money", 3_200_000.0, "USD", null));
        assertEquals(2, p.result().mentions().size());
        Document d = parse(xml(p));
        List<Element> ts = timexes(d);
        assertEquals(1, ts.size());
        assertTimex(ts.get(0), "t1", "Tuesday", "DATE", "2023-11-21", null);
        assertEquals(t, only(d, "TEXT").getTextContent());
    }

    @Test
    void overlappingOrOutOfRangeExtentsAreSkippedNotBroken() throws Exception {
        String t = "Prices fell on Tuesday and rose since last week.";
        Processed p = processed("overlap", t);
        TimeMention tue = Fixtures.time(p, "on Tuesday");
        // a broken mention whose TIMEX3 extent straddles the end of "Tuesday" and beyond the text
        int s = tue.timexStart() + 3;
        TimeMention straddling = new TimeMention(s, s + 8, "sday and", s, s + 8, "sday and", null,
                tue.value(), List.of("test"), null);
        int n = t.length();
        TimeMention outside = new TimeMention(n - 2, n + 5, "k.", n - 2, n + 5, "k.", null,
                tue.value(), List.of("test"), null);
        String out = xml(Fixtures.withMentions(p, straddling, outside));
        Document d = parse(out);
        assertEquals(t, only(d, "TEXT").getTextContent());
        List<Element> ts = timexes(d);
        assertEquals(2, ts.size());
        assertTimex(ts.get(0), "t1", "Tuesday", "DATE", "2023-11-21", null);
        assertTimex(ts.get(1), "t2", "last week", "DATE", "2023-W46", null);
        List<String> cs = comments(d);
        assertTrue(cs.stream().anyMatch(c -> c.contains("overlaps")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.contains("outside the text")), cs.toString());
    }

    @Test
    void commentsEscapeDoubleDashesReversibly() throws Exception {
        Processed p = Processed.failed(new InputError("a.txt", null, "cannot read --published 'x' (C:\\news\\a.txt) ---"));
        List<String> cs = comments(parse(xml(p)));
        assertEquals(List.of("dateline: error in a.txt: cannot read -\\-published 'x' (C:\\\\news\\\\a.txt) -\\-\\-"), cs);
        String back = cs.get(0).replaceAll("\\\\(.)", "$1");
        assertEquals("dateline: error in a.txt: cannot read --published 'x' (C:\\news\\a.txt) ---", back);
    }

    @Test
    void errorRecordIsACommentInACompleteDocument() throws Exception {
        Processed p = Processed.failed(new InputError("feed.jsonl", 3, "invalid JSON -- unexpected '<' -"));
        String out = xml(p);
        Document d = parse(out);
        assertEquals(List.of("dateline: error in feed.jsonl:3: invalid JSON -\\- unexpected '<' -"), comments(d));
        assertEquals("feed.jsonl:3", only(d, "DOCID").getTextContent());
        assertEquals(0, d.getElementsByTagName("TEXT").getLength());

        Document noLine = parse(xml(Processed.failed(new InputError("gone.txt", null, "no such file: gone.txt"))));
        assertEquals(List.of("dateline: error in gone.txt: no such file: gone.txt"), comments(noLine));
    }

    @Test
    void severalDocumentsAreConcatenatedCompleteDocuments() throws Exception {
        List<Processed> ps = List.of(
                processed("one", TRICKY),
                Processed.failed(new InputError("two.jsonl", 7, "empty line\n<?xml version=\"1.0\"?>")),
                processed("three", "<?xml version=\"1.0\"?>\nWe met 3 days ago."));
        String stream = render(out -> ps.forEach(p -> TimeMlOutput.write(p, out)));
        List<String> docs = new ArrayList<>();
        for (String line : stream.split("\n", -1)) {
            if (line.startsWith("<?xml")) {
                docs.add("");
            }
            if (!docs.isEmpty()) {
                docs.set(docs.size() - 1, docs.get(docs.size() - 1) + line + "\n");
            }
        }
        assertEquals(3, docs.size(), stream);
        assertEquals(TRICKY, only(parse(docs.get(0)), "TEXT").getTextContent());
        assertEquals("two.jsonl:7", only(parse(docs.get(1)), "DOCID").getTextContent());
        Document third = parse(docs.get(2));
        assertEquals("<?xml version=\"1.0\"?>\nWe met 3 days ago.", only(third, "TEXT").getTextContent());
        assertTimex(timexes(third).get(0), "t1", "3 days ago", "DATE", "2023-11-19", null);
    }

    @Test
    void theProjectsOwnTimeMlReadersReadItBack() throws Exception {
        String t = "Tom & Jerry \"met\" 🎉 on Tuesday,\r\nearly next year & since last week.";
        Processed p = processed("own", t);
        String out = xml(p);

        TimeMlDocument doc = TimeMl.parse(out, "own");
        assertEquals("2023-11-22", doc.dct());
        assertEquals(t, doc.text());
        List<TimeMention> times = p.result().mentions().stream()
                .map(TimeMention.class::cast).collect(Collectors.toList());
        assertEquals(times.size(), doc.timexes().size());
        for (int i = 0; i < times.size(); i++) {
            TimeMention m = times.get(i);
            GoldTimex g = doc.timexes().get(i);
            assertEquals(m.timexStart(), g.start());
            assertEquals(m.timexEnd(), g.end());
            assertEquals(m.timexText(), g.text());
            assertEquals(m.value().value(), g.value());
            assertEquals(m.value().mod(), g.mod());
        }

        InputReader reader = new InputReader().withStdin(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
        try (Stream<InputItem> items = reader.read("-")) {
            SourceDocument in = assertInstanceOf(SourceDocument.class, items.findFirst().orElseThrow());
            assertEquals(t, in.text());
            assertEquals("2023-11-22", in.publishedHint());
        }
    }

    @Test
    void libraryCallersCanWriteFromParts() throws Exception {
        String t = "On Tuesday, we met.";
        DocumentResult r = Fixtures.DATELINE.process("lib", t, Fixtures.ANCHOR);
        Document d = parse(render(out -> TimeMlOutput.write("lib-1", t, r, out)));
        assertEquals("lib-1", only(d, "DOCID").getTextContent());
        assertTimex(timexes(d).get(0), "t1", "Tuesday", "DATE", "2023-11-21", null);
        assertEquals(t, only(d, "TEXT").getTextContent());
    }
}
