package io.dateline.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputReaderTest {

    @TempDir
    Path dir;

    private final InputReader reader = new InputReader();

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private List<InputItem> read(Path p) {
        return reader.read(p.toString()).collect(Collectors.toList());
    }

    private static SourceDocument doc(InputItem item) {
        return assertInstanceOf(SourceDocument.class, item, () -> "expected a document, got " + item);
    }

    private static InputError error(InputItem item) {
        return assertInstanceOf(InputError.class, item, () -> "expected an error, got " + item);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- plain text

    @Test
    void plainTextKeepsCrlfAndDropsOnlyTheBom() throws IOException {
        Path p = write("note.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Line one\r\nLine two\r\n")));
        SourceDocument d = doc(read(p).get(0));
        assertEquals("Line one\r\nLine two\r\n", d.text());
        assertEquals(p.toString(), d.id(), "a file argument is its own source, as given");
        assertEquals(InputFormat.TEXT, d.format());
        assertNull(d.publishedHint());
        assertNull(d.offsetsNote());
        assertNull(d.line());
    }

    @Test
    void invalidUtf8NamesTheByte() throws IOException {
        Path p = write("bad.txt", concat(utf8("caf"), new byte[] {(byte) 0xC3, 0x28}, utf8(" au lait")));
        InputError e = error(read(p).get(0));
        assertEquals(p.toString(), e.source());
        assertNull(e.line());
        assertTrue(e.message().startsWith("invalid UTF-8 at byte 3"), e.message());
    }

    @Test
    void binaryEmptyAndMissingFiles() throws IOException {
        Path bin = write("image.txt", new byte[] {'G', 'I', 'F', 0, 1, 2});
        assertEquals("binary file: NUL byte at byte 3", error(read(bin).get(0)).message());
        Path empty = write("empty.txt", new byte[0]);
        assertEquals("empty file", error(read(empty).get(0)).message());
        Path blank = write("blank.md", " \n\t\n");
        assertEquals("empty file (only white space)", error(read(blank).get(0)).message());
        Path missing = dir.resolve("nowhere.txt");
        InputError e = error(read(missing).get(0));
        assertEquals("no such file: " + missing, e.message());
    }

    // ---------------------------------------------------------------- JSON Lines

    @Test
    void jsonLinesOneDocumentPerLineAndErrorsWithLineNumbers() throws IOException {
        String content = "{\"id\": \"a1\", \"text\": \"First story.\", \"published\": \"2024-01-23\", \"url\": \"https://example.org/a1\"}\r\n"
                + "\n"
                + "{\"text\": \"Second story.\"}\n"
                + "{\"text\": \"Broken\" \n"
                + "[1, 2]\n"
                + "{\"id\": 7}\n"
                + "{\"id\": 8, \"text\": \"Last story.\"}";
        Path feed = write("feed.jsonl", content);
        List<InputItem> items = read(feed);
        assertEquals(6, items.size(), items.toString());

        SourceDocument first = doc(items.get(0));
        assertEquals("a1", first.id());
        assertEquals("First story.", first.text());
        assertEquals("2024-01-23", first.publishedHint());
        assertEquals("jsonl:published", first.metadataSource());
        assertEquals("https://example.org/a1", first.url());
        assertEquals(1, first.line());
        assertEquals(InputFormat.JSONL, first.format());

        SourceDocument second = doc(items.get(1));
        assertEquals(feed + ":3", second.id(), "id defaults to file:line");
        assertNull(second.publishedHint());
        assertNull(second.metadataSource());

        InputError broken = error(items.get(2));
        assertEquals(4, broken.line());
        assertTrue(broken.message().startsWith("malformed JSON"), broken.message());
        assertEquals(5, error(items.get(3)).line());
        assertTrue(error(items.get(3)).message().contains("expected a JSON object"));
        assertEquals("missing string field \"text\"", error(items.get(4)).message());
        assertEquals("8", doc(items.get(5)).id());
        assertEquals(7, doc(items.get(5)).line());
    }

    @Test
    void jsonLinesInvalidUtf8InOneLineOnly() throws IOException {
        byte[] content = concat(utf8("{\"text\": \"ok\"}\n{\"text\": \"b"), new byte[] {(byte) 0xFF}, utf8("d\"}\n{\"text\": \"fine\"}\n"));
        List<InputItem> items = read(write("mixed.ndjson", content));
        assertEquals(3, items.size());
        InputError e = error(items.get(1));
        assertEquals(2, e.line());
        assertTrue(e.message().startsWith("invalid UTF-8 at byte 26 (bytes FF)"), e.message());
        assertEquals("fine", doc(items.get(2)).text());
    }

    @Test
    void jsonLinesEmptyFile() throws IOException {
        assertEquals("empty file", error(read(write("none.jsonl", "\n\n")).get(0)).message());
    }

    // ---------------------------------------------------------------- HTML

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Site</title>"
            + "<meta property=\"og:published_time\" content=\"2024-05-01T10:00:00Z\">"
            + "<meta property=\"article:published_time\" content=\"2024-05-02T09:30:00+02:00\">"
            + "<link rel=\"canonical\" href=\"https://example.org/story\">"
            + "<style>p { color: red }</style><script>var x = '<p>no</p>';</script></head><body>"
            + "<header>Site banner</header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            + "<article><header><h1>Orchard  town   votes</h1><p>By Ida Bell</p></header>"
            + "<p>The vote was <b>close</b> &amp; friendly.</p>"
            + "<p>Counting ended<br>after midnight.</p>"
            + "<aside>Read more</aside><form>Subscribe</form><noscript>Enable JS</noscript>"
            + "<footer>Tags: orchards</footer></article>"
            + "<footer>Copyright</footer></body></html>";

    @Test
    void htmlArticleTextAndMetadata() throws IOException {
        SourceDocument d = doc(read(write("story.html", PAGE)).get(0));
        assertEquals("Orchard town votes\n\nBy Ida Bell\n\nThe vote was close & friendly.\n\nCounting ended\nafter midnight.", d.text());
        assertEquals("2024-05-02T09:30:00+02:00", d.publishedHint());
        assertEquals("html:meta[article:published_time]", d.metadataSource());
        assertEquals("https://example.org/story", d.url());
        assertEquals("offsets refer to the text extracted from HTML", d.offsetsNote());
        assertEquals(InputFormat.HTML, d.format());
    }

    @Test
    void htmlMetadataFallbacks() {
        String og = "<html><head><meta property=\"og:published_time\" content=\"2024-05-01\"></head><body><p>x</p></body></html>";
        assertEquals("html:meta[og:published_time]", HtmlExtractor.extract(og).publishedSource());
        String ap = "<html><head><meta name=\"article:published\" content=\"2024-05-03\"></head><body><p>x</p></body></html>";
        assertEquals("2024-05-03", HtmlExtractor.extract(ap).published());
        String item = "<html><body><article><span itemprop=\"datePublished\" content=\"2024-05-04\">May 4</span><p>x</p></article></body></html>";
        assertEquals("html:meta[itemprop=datePublished]", HtmlExtractor.extract(item).publishedSource());
        assertEquals("2024-05-04", HtmlExtractor.extract(item).published());

        String graph = "<html><head><script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": ["
                + "{\"@type\": \"WebSite\", \"datePublished\": \"2001-01-01\"},"
                + "{\"@type\": [\"NewsArticle\"], \"datePublished\": \"2024-05-05T08:00:00-04:00\"}]}</script>"
                + "</head><body><p>x</p></body></html>";
        HtmlExtractor.Extracted g = HtmlExtractor.extract(graph);
        assertEquals("2024-05-05T08:00:00-04:00", g.published(), "an article type is preferred");
        assertEquals("html:json-ld[datePublished]", g.publishedSource());

        String array = "<html><head><script type=\"application/ld+json\">[{\"@type\": \"BreadcrumbList\"},"
                + " {\"@type\": \"Article\", \"datePublished\": [\"2024-05-06\"]}]</script>"
                + "<script type=\"application/ld+json\">{ not json</script></head><body><p>x</p></body></html>";
        assertEquals("2024-05-06", HtmlExtractor.extract(array).published());

        String time = "<html><body><header><time datetime=\"1999-01-01\">old</time></header>"
                + "<article><p>x <time datetime=\"2024-05-07T12:00\">noon</time></p>"
                + "<p><time datetime=\"2024-05-08\">later</time></p></article></body></html>";
        HtmlExtractor.Extracted t = HtmlExtractor.extract(time);
        assertEquals("2024-05-07T12:00", t.published(), "the first <time> inside the article");
        assertEquals("html:time[datetime]", t.publishedSource());

        String none = "<html><body><time datetime=\"1999-01-01\">site date</time><p>x</p></body></html>";
        assertNull(HtmlExtractor.extract(none).published(), "a <time> outside article/main is not trusted");
    }

    @Test
    void htmlWithoutArticleUsesMainThenBody() {
        String main = "<html><body><nav>Menu</nav><main><h2>Heading</h2><p>Body text.</p></main><p>Outside</p></body></html>";
        assertEquals("Heading\n\nBody text.", HtmlExtractor.extract(main).text());
        String body = "<html><body><header>Top</header><div>One</div><div>Two <i>and</i> three</div></body></html>";
        assertEquals("One\n\nTwo and three", HtmlExtractor.extract(body).text());
    }

    // ---------------------------------------------------------------- TimeML

    private static final String TML = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
            + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-03-02\" functionInDocument=\"CREATION_TIME\">03/02/1998</TIMEX3></DCT>\n"
            + "<TEXT>\nThe mill <EVENT eid=\"e1\">closed</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-03-01\">Sunday</TIMEX3>, "
            + "workers &amp; owners said.\n</TEXT>\n</TimeML>\n";

    @Test
    void timemlTextAndDct() throws IOException {
        SourceDocument d = doc(read(write("wsj_0001.tml", TML)).get(0));
        assertEquals("\nThe mill closed Sunday, workers & owners said.\n", d.text());
        assertEquals("1998-03-02", d.publishedHint());
        assertEquals("timeml:dct", d.metadataSource());
        assertEquals(InputFormat.TIMEML, d.format());
        Path noText = write("broken.tml", "<TimeML><DCT></DCT></TimeML>");
        assertEquals("no <TEXT> element in TimeML", error(read(noText).get(0)).message());
    }

    // ---------------------------------------------------------------- declared charsets

    private static byte[] cp1252(String s) {
        return s.getBytes(java.nio.charset.Charset.forName("windows-1252"));
    }

    @Test
    void htmlInWindows1252IsDecodedWithItsMetaCharset() throws IOException {
        // 0xE9 (é) and 0x93/0x94 (curly double quotes) are not valid UTF-8
        Path p = write("menu.html", cp1252("<html><head><meta charset=\"windows-1252\"></head><body>"
                + "<p>The caf\u00e9 reopened on \u201cMonday\u201d.</p></body></html>"));
        SourceDocument d = doc(read(p).get(0));
        assertEquals("The caf\u00e9 reopened on \u201cMonday\u201d.", d.text());
        assertEquals(List.of("not UTF-8: decoded as windows-1252, the charset declared in <meta charset>"),
                d.warnings());
    }

    @Test
    void latin1LabelIsReadAsWindows1252AsBrowsersDo() throws IOException {
        Path p = write("old.htm", cp1252("<html><head>\n<META HTTP-EQUIV=\"Content-Type\" "
                + "CONTENT=\"text/html; charset=iso-8859-1\">\n</head><body><p>Na\u00efve \u2018hope\u2019 "
                + "\u2013 May 5</p></body></html>"));
        SourceDocument d = doc(read(p).get(0));
        // ISO-8859-1 proper would turn 0x91, 0x92 and 0x96 into C1 control characters
        assertEquals("Na\u00efve \u2018hope\u2019 \u2013 May 5", d.text());
        assertEquals(List.of("not UTF-8: decoded as windows-1252 (declared as iso-8859-1), the charset declared in "
                + "<meta http-equiv=\"Content-Type\">"), d.warnings());
    }

    @Test
    void xmlDeclarationEncodingIsHonoured() throws IOException {
        Path xhtml = write("page.xhtml.html", "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<html><body>"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] body = concat(utf8("<p>Price: 5 "), new byte[] {(byte) 0xA4}, utf8(" (euro sign in Latin-9)</p></body></html>"));
        Files.write(xhtml, concat(Files.readAllBytes(xhtml), body));
        SourceDocument d = doc(read(xhtml).get(0));
        assertEquals("Price: 5 \u20ac (euro sign in Latin-9)", d.text());
        assertEquals(List.of("not UTF-8: decoded as iso-8859-15, the charset declared in "
                + "the XML declaration"), d.warnings());

        byte[] tml = concat(utf8("<?xml version='1.0' encoding='windows-1252'?>\n<TimeML><DCT><TIMEX3 tid=\"t0\" "
                + "type=\"DATE\" value=\"1998-03-02\" functionInDocument=\"CREATION_TIME\">03/02/1998</TIMEX3></DCT>"
                + "<TEXT>The caf"), new byte[] {(byte) 0xE9}, utf8(" closed.</TEXT></TimeML>\n"));
        SourceDocument t = doc(read(write("latin.tml", tml)).get(0));
        assertEquals("The caf\u00e9 closed.", t.text());
        assertEquals("1998-03-02", t.publishedHint());
        assertEquals(1, t.warnings().size());
    }

    @Test
    void validUtf8WinsOverADeclaration() throws IOException {
        // mislabelled pages are common: bytes that decode as UTF-8 are read as UTF-8, silently
        Path p = write("mislabelled.html", "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u2014 open</p></body></html>");
        SourceDocument d = doc(read(p).get(0));
        assertEquals("Caf\u00e9 \u2014 open", d.text());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void undeclaredIsWindows1252UnknownOrWrongCharsetsStayErrors() throws IOException {
        byte[] latin = cp1252("<p>caf\u00e9</p>");
        Path none = write("none.html", concat(utf8("<html><body>"), latin, utf8("</body></html>")));
        // an HTML page without a declaration is read as browsers do: windows-1252, with a warning
        SourceDocument undeclared = doc(read(none).get(0));
        assertEquals("caf\u00e9", undeclared.text());
        assertEquals(List.of("not UTF-8 (invalid UTF-8 at byte 18 (bytes E9)) and no charset declared: decoded as"
                + " windows-1252, as browsers do"), undeclared.warnings());
        // bytes windows-1252 leaves unmapped stay an error
        Path unmapped = write("unmapped.html", concat(utf8("<html><body>"), new byte[] {(byte) 0x81}, utf8("</body></html>")));
        assertEquals("invalid UTF-8 at byte 12 (bytes 81); no charset declared in the first 4096 bytes",
                error(read(unmapped).get(0)).message());

        Path unknown = write("unknown.html", concat(utf8("<html><head><meta charset=\"x-no-such-set\"></head><body>"),
                latin, utf8("</body></html>")));
        assertTrue(error(read(unknown).get(0)).message().endsWith(
                "; the charset declared in <meta charset>, 'x-no-such-set', is not one Java knows"));

        Path utf8Declared = write("liar.html", concat(utf8("<html><head><meta charset=utf-8></head><body>"),
                latin, utf8("</body></html>")));
        // a page declaring UTF-8 with a stray windows-1252 byte is still read: the byte becomes a
        // replacement character, and a warning says so
        SourceDocument liar = doc(read(utf8Declared).get(0));
        assertEquals("caf\ufffd", liar.text());
        assertEquals(List.of("declared UTF-8 (in <meta charset>) but invalid UTF-8 at byte 51 (bytes E9):"
                + " read with replacement characters"), liar.warnings());

        // a declaration inside a comment does not count
        Path commented = write("commented.html", concat(utf8("<html><head><!-- <meta charset=\"windows-1252\"> -->"
                + "</head><body>"), latin, utf8("</body></html>")));
        assertTrue(doc(read(commented).get(0)).warnings().get(0).contains("no charset declared"));
    }

    @Test
    void plainTextJsonLinesAndBinaryIgnoreDeclarations() throws IOException {
        byte[] declared = concat(utf8("<meta charset=\"windows-1252\"> The caf"), new byte[] {(byte) 0xE9},
                utf8(" opened on Monday.\n"));
        InputError text = error(read(write("note.txt", declared)).get(0));
        assertEquals("invalid UTF-8 at byte 37 (bytes E9)", text.message());

        byte[] line = concat(utf8("{\"text\": \"<meta charset=windows-1252> caf"), new byte[] {(byte) 0xE9}, utf8("\"}\n"));
        InputError jsonl = error(read(write("feed.jsonl", line)).get(0));
        assertEquals(1, jsonl.line());
        assertTrue(jsonl.message().startsWith("invalid UTF-8 at byte"), jsonl.message());

        byte[] binary = concat(utf8("<html><head><meta charset=\"windows-1252\"></head>"), new byte[] {(byte) 0x89, 0, 1});
        assertEquals("binary file: NUL byte at byte 49", error(read(write("image.html", binary)).get(0)).message());
    }

    // ---------------------------------------------------------------- formats

    @Test
    void stdinIsSniffed() {
        InputReader r = reader.withStdin(new ByteArrayInputStream(utf8("  {\"text\": \"a\"}\n{\"text\": \"b\"}\n")));
        List<InputItem> items = r.read("-").collect(Collectors.toList());
        assertEquals(2, items.size());
        assertEquals("-:1", doc(items.get(0)).id());

        SourceDocument html = doc(reader.withStdin(new ByteArrayInputStream(utf8(PAGE))).read("-").findFirst().orElseThrow());
        assertEquals(InputFormat.HTML, html.format());
        assertEquals("-", html.id());

        SourceDocument tml = doc(reader.withStdin(new ByteArrayInputStream(utf8(TML))).read("-").findFirst().orElseThrow());
        assertEquals(InputFormat.TIMEML, tml.format());

        SourceDocument text = doc(reader.withStdin(new ByteArrayInputStream(utf8("<b>not a page</b> but text"))).read("-")
                .findFirst().orElseThrow());
        assertEquals(InputFormat.TEXT, text.format());

        assertEquals("empty input", error(reader.withStdin(new ByteArrayInputStream(new byte[0])).read("-")
                .findFirst().orElseThrow()).message());
    }

    @Test
    void unknownExtensionsAreSniffedAndOverridesWin() throws IOException {
        Path page = write("download.bin", PAGE);
        assertEquals(InputFormat.HTML, doc(read(page).get(0)).format());
        Path markup = write("markup.txt", "<html><body><p>Hello</p></body></html>");
        assertEquals("<html><body><p>Hello</p></body></html>", doc(read(markup).get(0)).text(), ".txt is text");
        SourceDocument forced = doc(reader.withFormat(InputFormat.HTML).read(markup.toString()).findFirst().orElseThrow());
        assertEquals("Hello", forced.text());
        assertEquals(InputFormat.HTML, forced.format());
    }

    @Test
    void formatNamesAndExtensions() {
        assertEquals(InputFormat.JSONL, InputFormat.fromId("JSONL").orElseThrow());
        assertEquals(InputFormat.TEXT, InputFormat.fromFileName("A.MD").orElseThrow());
        assertEquals(InputFormat.HTML, InputFormat.fromFileName("x.htm").orElseThrow());
        assertEquals(InputFormat.JSONL, InputFormat.fromFileName("x.ndjson").orElseThrow());
        assertEquals(InputFormat.TIMEML, InputFormat.fromFileName("x.tml").orElseThrow());
        assertTrue(InputFormat.fromFileName("x.pdf").isEmpty());
        assertEquals(InputFormat.TIMEML, InputFormat.sniff("<?xml version=\"1.0\"?>\n<TimeML>"));
    }

    // ---------------------------------------------------------------- folders

    @Test
    void foldersAreWalkedInOrderSkippingHiddenAndUnknownFiles() throws IOException {
        write("b.txt", "Second.");
        write("a/z.md", "First.");
        write("c.pdf", "ignored");
        write(".git/config.txt", "hidden");
        write("d/.hidden.txt", "hidden");
        List<String> ids = read(dir).stream().map(i -> doc(i).id()).collect(Collectors.toList());
        assertEquals(List.of(dir + "/a/z.md", dir + "/b.txt"), ids);
    }

    @Test
    void globSelectsFilesAtAnyDepth() throws IOException {
        write("top.txt", "Top.");
        write("deep/er/low.txt", "Low.");
        write("deep/page.html", PAGE);
        write("notes.data", "sniffed as text");
        List<String> ids = reader.withGlob("**/*.txt").read(dir.toString())
                .map(i -> doc(i).id()).collect(Collectors.toList());
        assertEquals(List.of(dir + "/deep/er/low.txt", dir + "/top.txt"), ids);
        List<String> data = reader.withGlob("*.data").read(dir.toString())
                .map(i -> doc(i).id()).collect(Collectors.toList());
        assertEquals(List.of(dir + "/notes.data"), data);
    }

    @Test
    void itemsAreProducedLazily() throws IOException {
        write("1.txt", "One.");
        Path second = write("2.txt", "Two.");
        Iterator<InputItem> it = reader.iterator(dir.toString());
        assertEquals(dir + "/1.txt", doc(it.next()).id());
        Files.delete(second); // not read yet
        InputError e = error(it.next());
        assertTrue(e.message().startsWith("no such file"), e.message());
        assertTrue(!it.hasNext());
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        write("1-good.txt", "Fine.");
        write("2-bad.txt", new byte[] {(byte) 0xC0, (byte) 0xAF});
        write("3-empty.txt", "");
        write("4-feed.jsonl", "{\"text\": \"x\"}\n{oops}\n");
        write("5-good.txt", "Also fine.");
        List<InputItem> items = read(dir);
        assertEquals(6, items.size(), items.toString());
        assertEquals(List.of(false, true, true, false, true, false),
                items.stream().map(InputItem::isError).collect(Collectors.toList()));
        assertEquals(2, ((InputError) items.get(4)).line());
    }
}
