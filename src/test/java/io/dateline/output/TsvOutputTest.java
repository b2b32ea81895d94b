package io.dateline.output;

import static io.dateline.output.Fixtures.processed;
import static io.dateline.output.Fixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dateline.Processed;
import io.dateline.input.InputError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TsvOutputTest {

    /** An independent reader: split on line feeds, then on tabs, then undo the escapes. */
    static List<Map<String, String>> read(String tsv) {
        assertFalse(tsv.contains("\r"), "no raw CR in TSV output");
        String[] lines = tsv.split("\n", -1);
        assertEquals("", lines[lines.length - 1], "rows end with a line feed");
        List<String> header = List.of(lines[0].split("\t", -1));
        assertEquals(TsvOutput.COLUMNS, header);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String[] cells = lines[i].split("\t", -1);
            assertEquals(header.size(), cells.length, "cells in row " + i + ": " + lines[i]);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                row.put(header.get(c), unescape(cells[c]));
            }
            rows.add(row);
        }
        return rows;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            sb.append(e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e);
        }
        return sb.toString();
    }

    static String tsv(Processed... ps) {
        return render(out -> {
            TsvOutput.header(out);
            for (Processed p : ps) {
                TsvOutput.write(p, out);
            }
        });
    }

    @Test
    void headerRow() {
        assertEquals("source\tkind\tstart\tend\ttext\ttype\tvalue\tmod\tmin\tmax\tunit\tcounted\twarnings"
                + "\tminInclusive\tmaxInclusive\tapproximate\tanchor\tpointsTo\tmeaning\n", render(TsvOutput::header));
    }

    @Test
    void oneRowPerTimeMention() {
        String t = "Early next year, about three days later, the board meets every week.";
        List<Map<String, String>> rows = read(tsv(processed("mods.txt", t)));
        assertEquals(3, rows.size());
        assertEquals(Map.ofEntries(Map.entry("source", "mods.txt"), Map.entry("kind", "time"),
                Map.entry("start", "0"), Map.entry("end", "15"), Map.entry("text", "Early next year"),
                Map.entry("type", "DATE"), Map.entry("value", "2024"), Map.entry("mod", "START"),
                Map.entry("min", ""), Map.entry("max", ""), Map.entry("unit", ""), Map.entry("counted", ""),
                Map.entry("warnings", ""), Map.entry("minInclusive", ""), Map.entry("maxInclusive", ""),
                Map.entry("approximate", ""), Map.entry("anchor", "2023-11-22"), Map.entry("pointsTo", ""),
                Map.entry("meaning", "start of 2024")), rows.get(0));
        assertEquals("about three days later", rows.get(1).get("text"));
        assertEquals("DURATION", rows.get(1).get("type"));
        assertEquals("P3D", rows.get(1).get("value"));
        assertEquals("APPROX", rows.get(1).get("mod"));
        assertEquals("SET", rows.get(2).get("type"));
        assertEquals("P1W", rows.get(2).get("value"));
        assertEquals("", rows.get(2).get("mod"));
    }

    @Test
    void tabsNewlinesAndBackslashesAreEscaped() {
        // the id has a backslash, a tab and a line feed; the mention has a tab; the weekday warns
        String id = "C:\\news\tdesk\nfile.txt";
        String t = "Filed late:\r\nthe deal closed on Monday,\tMarch 4.";
        String out = tsv(processed(id, t));
        assertEquals(2, out.split("\n").length, out);
        assertFalse(out.contains("Monday,\tMarch"), out);
        List<Map<String, String>> rows = read(out);
        assertEquals(1, rows.size());
        Map<String, String> r = rows.get(0);
        assertEquals(id, r.get("source"));
        assertEquals("on Monday,\tMarch 4", r.get("text"));
        assertEquals(Integer.toString(Fixtures.cp(t, "on Monday")), r.get("start"));
        assertEquals(Integer.toString(Fixtures.cp(t, ".")), r.get("end"));
        assertEquals("2023-03-04", r.get("value"));
        assertEquals("weekday MONDAY does not match 2023-03-04 (a SATURDAY)", r.get("warnings"));
        // the library's own parser agrees
        List<String> fields = TsvOutput.parseRow(out.split("\n")[1]);
        assertEquals(id, fields.get(0));
        assertEquals("on Monday,\tMarch 4", fields.get(4));
    }

    @Test
    void figuresFillTheirColumnsAndWarningsAreJoined() {
        String t = "🎉 Sales rose to $3.2 million from 12 stores on Tuesday.";
        Processed p = Fixtures.withMentions(processed("fig", t),
                Fixtures.Figure.at(t, "$3.2 million", "money", 3_200_000.0, "USD", null),
                Fixtures.Figure.at(t, "12 stores", "count", 12.0, null, "stores",
                        "count read from digits", "unit | missing"));
        List<Map<String, String>> rows = read(tsv(p));
        assertEquals(List.of("quantity", "quantity", "time"), rows.stream().map(r -> r.get("kind")).toList());
        Map<String, String> money = rows.get(0);
        assertEquals("$3.2 million", money.get("text"));
        assertEquals("16", money.get("start")); // the emoji is one code point (two chars)
        assertEquals("money", money.get("type"));
        assertEquals("3200000", money.get("value"));
        assertEquals("", money.get("mod"));
        assertEquals("", money.get("min"));
        assertEquals("USD", money.get("unit"));
        assertEquals("", money.get("counted"));
        Map<String, String> stores = rows.get(1);
        assertEquals("12", stores.get("value"));
        assertEquals("stores", stores.get("counted"));
        assertEquals("count read from digits | unit | missing", stores.get("warnings"));
        assertEquals("2023-11-21", rows.get(2).get("value"));
        assertEquals("DATE", rows.get(2).get("type"));
    }

    @Test
    void errorsBecomeErrorRows() {
        String out = tsv(processed("ok.txt", "We met 3 days ago."),
                Processed.failed(new InputError("feed.jsonl", 4, "invalid JSON:\tunexpected end")),
                Processed.failed(new InputError("gone.txt", null, "no such file: gone.txt")),
                processed("empty.txt", "Nothing to see here."));
        List<Map<String, String>> rows = read(out);
        assertEquals(4, rows.size(), out);
        assertEquals("2023-11-19", rows.get(0).get("value"));
        Map<String, String> e = rows.get(1);
        assertEquals("feed.jsonl:4", e.get("source"));
        assertEquals("error", e.get("kind"));
        assertEquals("", e.get("start"));
        assertEquals("", e.get("text"));
        assertEquals("invalid JSON:\tunexpected end", e.get("warnings"));
        assertEquals("gone.txt", rows.get(2).get("source"));
        assertEquals("no such file: gone.txt", rows.get(2).get("warnings"));
        // the document without mentions still has its row
        assertEquals("empty.txt", rows.get(3).get("source"));
        assertEquals("document", rows.get(3).get("kind"));
        assertEquals("", rows.get(3).get("warnings"));
    }

    @Test
    void everyDocumentHasARowAndDocumentWarningsAreKept() {
        Processed quiet = processed("quiet.txt", "The committee has not met.");
        Processed unanchored = processed("unanchored.txt", "The vote was held on Tuesday.", null);
        Processed silent = processed("silent.txt", "Nothing dated here.", null);
        Processed plain = processed("plain.txt", "The vote was held on Tuesday.");
        List<String> unanchoredWarnings = unanchored.result().warnings();
        assertEquals(List.of("no publication date: values that need one are left underspecified (XXXX)"),
                unanchoredWarnings);
        assertEquals(1, unanchored.result().mentions().size());

        String out = tsv(quiet, unanchored, silent, plain);
        List<Map<String, String>> rows = read(out);
        assertEquals(List.of("quiet.txt\tdocument", "unanchored.txt\tdocument", "unanchored.txt\ttime",
                        "silent.txt\tdocument", "plain.txt\ttime"),
                rows.stream().map(r -> r.get("source") + "\t" + r.get("kind")).toList(), out);

        Map<String, String> empty = new LinkedHashMap<>();
        for (String c : TsvOutput.COLUMNS) {
            empty.put(c, "");
        }
        Map<String, String> expectQuiet = new LinkedHashMap<>(empty);
        expectQuiet.put("source", "quiet.txt");
        expectQuiet.put("kind", "document");
        expectQuiet.put("anchor", "2023-11-22");
        assertEquals(expectQuiet, rows.get(0));

        Map<String, String> expectUnanchored = new LinkedHashMap<>(empty);
        expectUnanchored.put("source", "unanchored.txt");
        expectUnanchored.put("kind", "document");
        expectUnanchored.put("warnings", unanchoredWarnings.get(0));
        assertEquals(expectUnanchored, rows.get(1));
        assertEquals("XXXX-WXX-2", rows.get(2).get("value"));
        assertEquals("on Tuesday", rows.get(2).get("text"));
        assertEquals("", rows.get(3).get("warnings"), "nothing needed the missing anchor");
        assertEquals("2023-11-21", rows.get(4).get("value"));
    }

    @Test
    void severalDocumentWarningsAreJoined() {
        Processed p = processed("two.txt", "Nothing here.");
        var r = p.result();
        Processed warned = Processed.ok(p.document(), p.anchor(), new io.dateline.DocumentResult(r.source(), r.anchor(),
                r.mentions(), List.of("not UTF-8: decoded as windows-1252", "no publication date found")));
        List<Map<String, String>> rows = read(tsv(warned));
        assertEquals(1, rows.size());
        assertEquals("document", rows.get(0).get("kind"));
        assertEquals("not UTF-8: decoded as windows-1252 | no publication date found", rows.get(0).get("warnings"));
    }

    @Test
    void escapeAndUnescapeAreInverse() {
        for (String s : List.of("", "plain", "a\\tb", "\\", "tab\there", "line\nfeed\r\n", "\\\\n\t\\")) {
            String e = TsvOutput.escape(s);
            assertFalse(e.contains("\t") || e.contains("\n") || e.contains("\r"), e);
            assertEquals(s, TsvOutput.unescape(e));
            assertEquals(s, unescape(e));
        }
        assertEquals("a\\\\b\\tc\\nd", TsvOutput.escape("a\\b\tc\nd"));
    }
}
