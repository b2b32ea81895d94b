package io.dateline.eval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML ({@code .tml}) documents with the JDK's StAX parser.
 *
 * <ul>
 *   <li>The DCT is the {@code value} of the first TIMEX3 inside {@code <DCT>}; failing that, of
 *       the first TIMEX3 with {@code functionInDocument="CREATION_TIME"}.</li>
 *   <li>The text is the character content of {@code <TEXT>}: EVENT, SIGNAL, TIMEX3 and any other
 *       tags are dropped, entities and character references decoded, CDATA kept. Line ends are
 *       normalized to {@code \n} by the XML parser (23 corpus files use CR LF).</li>
 *   <li>Every TIMEX3 inside {@code <TEXT>} whose content is empty or only white space (as used
 *       for implicit times) is skipped; the others become {@link GoldTimex}es with code-point
 *       offsets into the text. Content of TIMEX3 outside {@code <TEXT>} (titles, the DCT) is
 *       not part of the text.</li>
 * </ul>
 *
 * <p>Input must be well-formed XML; DTDs and external entities are not processed. A document
 * that fails gives a {@link TimeMlException} naming the source and, when known, the line.
 */
public final class TimeMl {

    private TimeMl() {
    }

    /** Parses a file; the document id is the file name without {@code .tml}. */
    public static TimeMlDocument parse(Path file) {
        String name = file.getFileName().toString();
        String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            return read(r, id, file.toString());
        } catch (XMLStreamException e) {
            throw malformed(file.toString(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses TimeML given as a string; {@code id} names the document and its errors. */
    public static TimeMlDocument parse(String xml, String id) {
        try {
            XMLStreamReader r = factory().createXMLStreamReader(new StringReader(xml));
            return read(r, id, id);
        } catch (XMLStreamException e) {
            throw malformed(id, e);
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's own parser, whatever else is on the classpath (Hadoop's Woodstox, under Spark)
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** A TIMEX3 start tag inside TEXT whose end tag has not been seen yet. */
    private record Open(String tid, String type, String value, String mod, int charStart) {
    }

    private static TimeMlDocument read(XMLStreamReader r, String id, String source)
            throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        Deque<Open> open = new ArrayDeque<>();
        List<Open> closed = new ArrayList<>();
        List<Integer> closedEnds = new ArrayList<>();
        boolean inText = false;
        boolean sawText = false;
        int dctDepth = 0;
        String dctInDct = null;
        String dctCreation = null;
        try {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        if (name.equals("TEXT")) {
                            if (sawText) {
                                throw fail(source, r.getLocation(), "more than one <TEXT> element");
                            }
                            inText = true;
                            sawText = true;
                        } else if (name.equals("DCT")) {
                            dctDepth++;
                        } else if (name.equals("TIMEX3")) {
                            String value = attr(r, "value");
                            if (dctDepth > 0 && dctInDct == null) {
                                dctInDct = value;
                            }
                            if ("CREATION_TIME".equals(attr(r, "functionInDocument")) && dctCreation == null) {
                                dctCreation = value;
                            }
                            if (inText) {
                                open.push(new Open(attr(r, "tid"), orEmpty(attr(r, "type")),
                                        orEmpty(value), attr(r, "mod"), text.length()));
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = r.getLocalName();
                        if (name.equals("TEXT")) {
                            inText = false;
                        } else if (name.equals("DCT")) {
                            dctDepth--;
                        } else if (name.equals("TIMEX3") && inText) {
                            // Well-formedness guarantees this pops the matching start tag.
                            closed.add(open.pop());
                            closedEnds.add(text.length());
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                            XMLStreamConstants.SPACE -> {
                        if (inText) {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    default -> {
                        // comments, processing instructions, document start/end: nothing to keep
                    }
                }
            }
        } finally {
            r.close();
        }
        if (!sawText) {
            throw new TimeMlException(source, -1, "no <TEXT> element", null);
        }
        String dct = dctInDct != null ? dctInDct : dctCreation;
        if (dct == null || dct.isBlank()) {
            throw new TimeMlException(source, -1,
                    "no document creation time (TIMEX3 in <DCT> or functionInDocument=\"CREATION_TIME\")", null);
        }
        String s = text.toString();
        List<GoldTimex> timexes = new ArrayList<>();
        for (int i = 0; i < closed.size(); i++) {
            Open o = closed.get(i);
            int charEnd = closedEnds.get(i);
            String covered = s.substring(o.charStart(), charEnd);
            if (covered.isBlank()) {
                continue; // empty TIMEX3: an implicit time, not scorable
            }
            int start = s.codePointCount(0, o.charStart());
            int end = start + s.codePointCount(o.charStart(), charEnd);
            timexes.add(new GoldTimex(o.tid(), start, end, covered, o.type(), o.value(), o.mod()));
        }
        // Nested TIMEX3s close inner-first; report in order of appearance.
        timexes.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return new TimeMlDocument(id, dct.trim(), s, timexes);
    }

    private static String attr(XMLStreamReader r, String name) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(name)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static TimeMlException fail(String source, Location at, String message) {
        return new TimeMlException(source, at == null ? -1 : at.getLineNumber(), message, null);
    }

    private static TimeMlException malformed(String source, XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the line is reported apart.
        int m = message == null ? -1 : message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        return new TimeMlException(source, at == null ? -1 : at.getLineNumber(),
                "not well-formed XML: " + message, e);
    }
}
