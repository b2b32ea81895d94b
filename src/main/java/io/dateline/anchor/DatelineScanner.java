package io.dateline.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication-date candidates in the first lines of a text: "Published …" / "Posted on …"
 * / "Updated …" lines, city datelines ("WASHINGTON, Jan 23 (Reuters) -"), a line that is only
 * a date-time ("13:32 PM, 22 October 2024 PST", "Jan. 23, 2024 5:07 p.m. ET"), and dates in a
 * "By …" line. It only cuts the date-time out (date, time, zone as written, with their
 * span); reading them is {@link DateTimeReader}'s job. Package-private.
 */
final class DatelineScanner {

    /** How many non-empty lines at the top of a text are looked at. */
    static final int MAX_LINES = 15;
    /** Lines starting at or after this many characters are not looked at. */
    static final int MAX_CHARS = 1500;

    private static final String NB = "(?![\\p{L}\\d])";
    /** Month and weekday names: lexicons of {@code grammars/en/anchor.lexicon}. */
    static final String MONTH = AnchorLexicon.english().alternation("anchor.month") + "(?!\\p{L})\\.?";
    static final String WEEKDAY = AnchorLexicon.english().alternation("anchor.weekday") + "(?!\\p{L})\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?" + NB;
    private static final String YEAR = "\\d{4}" + NB;
    private static final String YEAR_SEP = "(?:\\s*,\\s*|\\s+)";
    private static final String DATE_MDY = MONTH + "\\s*" + DAY + "(?:" + YEAR_SEP + YEAR + ")?";
    private static final String DATE_DMY = DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:" + YEAR_SEP + YEAR + ")?";
    /**
     * A day, then a month named in another language with an anchor lexicon (CLDR names through
     * {@link AnchorLanguages}): "3. Juni 2024", "1er février", "12 de mayo de 2024".
     */
    private static final String JOINER = AnchorLexicon.english().alternation("anchor.date.joiner");
    static final String DATE_DMY_OTHER = "\\d{1,2}(?:" + AnchorLexicon.english().alternation("anchor.day.suffix")
            + "(?![\\p{L}\\d]))?\\.?\\s*(?:" + JOINER + "\\s+)?" + AnchorLanguages.all().monthAlternation()
            + "(?:,?\\s*(?:" + JOINER + "\\s+)?" + YEAR + ")?";
    private static final String WEEKDAY_OTHER = AnchorLanguages.all().weekdayAlternation();
    static final String DATE_NUMERIC = "\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})" + NB;
    static final String DATE_ISO = "\\d{4}-\\d{2}-\\d{2}(?!\\d)";
    private static final String DATE_EN = "(?:" + WEEKDAY + "\\s*,?\\s*)?(?:" + DATE_ISO + "|" + DATE_NUMERIC + "|"
            + DATE_MDY + "|" + DATE_DMY + ")";
    /** A date written in English, as a whole. */
    static final Pattern ENGLISH_DATE = Pattern.compile(DATE_EN, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String DATE = "(?:" + DATE_EN + "|(?:" + WEEKDAY_OTHER + "\\s*,?\\s*)?(?:" + DATE_DMY_OTHER + "))";
    private static final String MERIDIEM = "[ap]\\.?\\s?m\\.?(?!\\p{L})";
    private static final String TIME = "(?:\\d{1,2}(?::\\d{2}(?::\\d{2})?|\\.\\d{2})(?!\\d)(?:\\s*" + MERIDIEM
            + "|\\s+" + AnchorLanguages.all().lexicon("anchor.time.after") + NB + ")?"
            + "|\\d{1,2}\\s?" + AnchorLanguages.all().lexicon("anchor.time.hour") + "\\s?\\d{2}(?!\\d)"
            + "|\\d{1,2}\\s*" + MERIDIEM + ")";
    static final String ZONE = "(?-i:(?:GMT|UTC|UT)\\s?[+\\-\u2212]\\s?\\d{1,2}(?::?\\d{2})?|[+\\-]\\d{2}:?\\d{2}|[A-Z]{2,5})" + NB;
    private static final String SEP = "(?:\\s*[,|·•@\\-–—]\\s*|\\s+|T)(?:"
            + AnchorLanguages.all().lexicon("anchor.time.joiner") + "\\s+)?";

    private static final String TIME_FIRST = "(?<tfTime>" + TIME + ")(?:\\s*\\(?(?<tfZone>" + ZONE + ")\\)?)?"
            + SEP + "(?<tfDate>" + DATE + ")(?:\\s*\\(?(?<tfZone2>" + ZONE + ")\\)?)?";
    private static final String DATE_FIRST = "(?<dfDate>" + DATE + ")(?:" + SEP + "(?<dfTime>" + TIME + ")"
            + "(?:\\s*\\(?(?<dfZone>" + ZONE + ")\\)?)?)?";

    /** A date, optionally with a time and a zone, either order. */
    static final Pattern DATETIME = Pattern.compile("(?<![\\p{L}\\d])(?:" + TIME_FIRST + "|" + DATE_FIRST + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern KEYWORD = Pattern.compile(
            "(?:^|(?<=[|•·–—]))[ \\t]*(?<kw>" + DateLabels.all().alternation(DateLabels.Says.PUBLISHED, DateLabels.Says.UPDATED)
                    + ")(?![\\p{L}\\p{M}])(?:\\s+(?:on|at))?\\s*[:\\-–—]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BY = Pattern.compile("^\\s*by\\s+\\S", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]*(?:[ \\t]+\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]*)*";
    private static final Pattern PLACES = Pattern.compile("^[ \\t]*(?<places>" + PLACE + "(?:[ \\t]*/[ \\t]*" + PLACE + ")*)");
    private static final Pattern AREA = Pattern.compile("[ \\t]*,[ \\t]*\\p{Lu}[\\p{L}.]*(?:[ \\t]+\\p{Lu}[\\p{L}.]*){0,3}");
    private static final Pattern COMMA = Pattern.compile("[ \\t]*,[ \\t]*");
    private static final Pattern AFTER_DATE = Pattern.compile("[ \\t]*(?:\\((?<agency>[^)\\n]{1,40})\\))?\\.?[ \\t]*[-–—_:]");
    private static final Pattern AGENCY_ONLY = Pattern.compile("[ \\t]*\\((?<agency>[^)\\n]{1,40})\\)[ \\t]*[-–—_]");
    private static final Pattern TRAILING = Pattern.compile("[\\s|•·\\-–—,.;:]*");

    /**
     * A date-time cut out of a text.
     *
     * @param text  the span as written
     * @param start char index in the scanned text
     * @param end   char index (exclusive)
     * @param date  the date part as written
     * @param time  the time part as written, or null
     * @param zone  the zone as written, or null
     */
    record DateTimeMatch(String text, int start, int end, String date, String time, String zone) {
    }

    /** The kinds of lines, in the order they are preferred as anchors. */
    enum Kind {
        /** "Published …", "Posted on …": source byline, role published. */
        PUBLISHED("byline", AnchorCandidate.PUBLISHED),
        /** A city dateline with a date, or a line holding only a date-time: source dateline. */
        DATELINE("dateline", AnchorCandidate.PUBLISHED),
        /** A date in a "By …" line. */
        BYLINE("byline", AnchorCandidate.PUBLISHED),
        /** "Updated …": role updated; used only when nothing else is found. */
        UPDATED("byline", AnchorCandidate.UPDATED);

        final String source;
        final String role;

        Kind(String source, String role) {
            this.source = source;
            this.role = role;
        }
    }

    /** One candidate found. */
    record Found(Kind kind, DateTimeMatch match, String note) {
    }

    /**
     * What the top of a text holds.
     *
     * @param found  candidates sorted by kind, then position
     * @param places dateline places seen ("WASHINGTON", "BAGHDAD", "TUCSON, Ariz." with the state
     *               or country that follows a comma), dated or not
     */
    record Scan(List<Found> found, List<String> places) {
    }

    private DatelineScanner() {
    }

    /** Matches a date-time at {@code from} (no search), or returns null. */
    static DateTimeMatch matchAt(String text, int from, int to) {
        Matcher m = DATETIME.matcher(text);
        m.region(from, to);
        if (!m.lookingAt()) {
            return null;
        }
        return toMatch(text, m, to);
    }

    /** Finds the first date-time in {@code text[from, to)}, or null. */
    static DateTimeMatch find(String text, int from, int to) {
        Matcher m = DATETIME.matcher(text);
        m.region(from, to);
        if (!m.find()) {
            return null;
        }
        return toMatch(text, m, to);
    }

    private static DateTimeMatch toMatch(String text, Matcher m, int limit) {
        boolean tf = m.group("tfTime") != null;
        String date = tf ? m.group("tfDate") : m.group("dfDate");
        String time = tf ? m.group("tfTime") : m.group("dfTime");
        int end = m.end();
        String zone = null;
        String last = tf ? "tfZone2" : "dfZone";
        if (m.group(last) != null) {
            zone = m.group(last);
            // An upper-case word after the time is a zone only when it ends the phrase or is in
            // parentheses: in "5:07 PM BY JANE DOE", BY is not a zone.
            boolean inParens = m.start(last) > 0 && text.charAt(m.start(last) - 1) == '(';
            if (!inParens && zone.matches("[A-Z]{2,5}") && wordFollows(text, m.end(), limit)) {
                zone = null;
                end = tf ? m.end("tfDate") : m.end("dfTime");
            }
        }
        if (zone == null && tf && m.group("tfZone") != null) {
            zone = m.group("tfZone");
        }
        int start = m.start();
        return new DateTimeMatch(text.substring(start, end), start, end, date, time, zone);
    }

    private static boolean wordFollows(String text, int end, int limit) {
        int i = end;
        while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > end && i < limit && Character.isLetter(text.charAt(i));
    }

    /** Scans the first {@value #MAX_LINES} non-empty lines (and {@value #MAX_CHARS} chars). */
    static Scan scan(String text) {
        List<Found> found = new ArrayList<>();
        List<String> places = new ArrayList<>();
        int lineStart = 0;
        int nonEmpty = 0;
        while (lineStart < text.length() && lineStart < MAX_CHARS && nonEmpty < MAX_LINES) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int contentEnd = lineEnd;
            if (contentEnd > lineStart && text.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            if (!text.substring(lineStart, contentEnd).isBlank()) {
                nonEmpty++;
                scanLine(text, lineStart, contentEnd, found, places);
            }
            lineStart = lineEnd + 1;
        }
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind())
                : Integer.compare(a.match().start(), b.match().start()));
        return new Scan(List.copyOf(sorted), List.copyOf(places));
    }

    private static void scanLine(String text, int from, int to, List<Found> found, List<String> places) {
        // 1. "Published …" / "Updated …" at the start of the line or after a separator (| • ·).
        Matcher kw = KEYWORD.matcher(text);
        kw.region(from, to);
        boolean keyed = false;
        while (kw.find()) {
            DateTimeMatch dt = matchAt(text, kw.end(), to);
            if (dt == null) {
                continue;
            }
            DateLabels.Label label = DateLabels.all().at(kw.group("kw"));
            Kind kind = label != null && label.says() == DateLabels.Says.UPDATED ? Kind.UPDATED : Kind.PUBLISHED;
            found.add(new Found(kind, dt, "line starting '" + kw.group().strip() + "'"));
            keyed = true;
            kw.region(dt.end(), to);
        }
        if (keyed) {
            return;
        }
        // 2. A city dateline.
        Matcher pm = PLACES.matcher(text);
        pm.region(from, to);
        if (pm.lookingAt() && letters(pm.group("places")) >= 3) {
            List<String> here = new ArrayList<>();
            for (String p : pm.group("places").split("/")) {
                here.add(p.strip());
            }
            int pos = pm.end();
            Matcher area = AREA.matcher(text);
            area.region(pos, to);
            int[] starts = area.lookingAt() ? new int[] {pos, area.end()} : new int[] {pos};
            for (int s : starts) {
                if (s != pos) {
                    // "TUCSON, Ariz.": the state or country goes with the last place
                    String qualifier = area.group().strip().substring(1).strip();
                    here.set(here.size() - 1, here.get(here.size() - 1) + ", " + qualifier);
                }
                Matcher comma = COMMA.matcher(text);
                comma.region(s, to);
                if (comma.lookingAt()) {
                    DateTimeMatch dt = matchAt(text, comma.end(), to);
                    if (dt != null) {
                        Matcher after = AFTER_DATE.matcher(text);
                        after.region(dt.end(), to);
                        if (after.lookingAt()) {
                            places.addAll(here);
                            found.add(new Found(Kind.DATELINE, dt, "dateline of " + String.join("/", here)));
                            return;
                        }
                    }
                }
                Matcher agency = AGENCY_ONLY.matcher(text);
                agency.region(s, to);
                if (agency.lookingAt()) {
                    places.addAll(here);
                    return;
                }
            }
        }
        // 3. A line that is only a date-time.
        int first = from;
        while (first < to && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        DateTimeMatch whole = matchAt(text, first, to);
        if (whole != null) {
            Matcher rest = TRAILING.matcher(text);
            rest.region(whole.end(), to);
            if (rest.matches()) {
                found.add(new Found(Kind.DATELINE, whole, "a line holding only a date"));
                return;
            }
        }
        // 4. A date in a "By …" line.
        Matcher by = BY.matcher(text);
        by.region(from, to);
        if (by.lookingAt()) {
            DateTimeMatch dt = find(text, by.end() - 1, to);
            if (dt != null) {
                found.add(new Found(Kind.BYLINE, dt, "byline"));
            }
        }
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
