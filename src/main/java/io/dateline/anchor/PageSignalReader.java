package io.dateline.anchor;

import io.dateline.input.DateSignal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the date signals an HTML page carries into candidates: machine values leniently
 * ({@link LenientValues}), then strictly ({@link DateTimeReader}), visible texts with
 * {@link LocaleDates} in the page's language. Package-private.
 */
final class PageSignalReader {

    /** No web page was published before this day; earlier dates on a page are something else. */
    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private static final String MONTH_ABBR = "(?:" + AnchorLexicon.english().alternation("anchor.month") + ")";

    private final DateTimeReader reader;

    PageSignalReader(DateTimeReader reader) {
        this.reader = reader;
    }

    /** The rank of a kind of signal in the choice (lower is trusted more); see {@link AnchorChoice}. */
    static int tier(DateSignal s) {
        return switch (s.kind()) {
            case STRUCTURED -> 1;
            case URL -> 2;
            // a page footer's date (an edition, a copyright, a site-wide stamp) is not the
            // article's: below the article text's first date
            case MARKED, LABELLED -> s.inArticle() ? 3 : s.where().toLowerCase(java.util.Locale.ROOT).contains("footer") ? 9 : 6;
            case META -> 4;
            case TIME -> s.inArticle() ? 3 : 5;
            case TITLE -> 7;
        };
    }

    static String source(DateSignal s) {
        return switch (s.kind()) {
            case URL -> "url";
            case MARKED, LABELLED, TITLE -> "html";
            default -> "metadata";
        };
    }

    DateTimeReader.Reading read(DateSignal s, DateTimeReader.Context ctx, String language) {
        DateTimeReader.Reading r = readValue(s, ctx, language);
        if (r instanceof DateTimeReader.Ok ok && ok.date().isBefore(EARLIEST)) {
            return new DateTimeReader.Failed(ok.date() + " is before " + EARLIEST.getYear() + ", earlier than any web page");
        }
        return r;
    }

    private DateTimeReader.Reading readValue(DateSignal s, DateTimeReader.Context ctx, String language) {
        String raw = s.raw();
        if (raw.length() > DateTimeReader.MAX_VALUE_CHARS && s.kind() != DateSignal.Kind.MARKED
                && s.kind() != DateSignal.Kind.TITLE && s.kind() != DateSignal.Kind.LABELLED) {
            return reader.readValue(raw, ctx);
        }
        if (s.kind() == DateSignal.Kind.LABELLED) {
            DateLabels.Label l = DateLabels.all().at(raw);
            if (l == null) {
                return new DateTimeReader.Failed("the label of '" + shorten(raw) + "' does not speak of a date");
            }
        }
        boolean yearLast = s.kind() == DateSignal.Kind.URL && !raw.matches("\\d{4}.*");
        if (yearLast || s.kind() == DateSignal.Kind.MARKED || s.kind() == DateSignal.Kind.TITLE
                || s.kind() == DateSignal.Kind.LABELLED) {
            // a URL's /12-06-2024/ is read as the page writes its dates: its language's order
            return visible(raw, language);
        }
        String digits = LocaleDates.asciiDigits(raw);
        List<String> warnings = new ArrayList<>();
        if (!digits.equals(raw)) {
            warnings.add("native digits in '" + raw + "' read as '" + digits + "'");
        }
        String ordered = pageOrder(digits, language);
        if (!ordered.equals(digits)) {
            warnings.add("'" + digits + "' read in the page's order of day and month as " + ordered.substring(0, 10));
        }
        DateTimeReader.Reading r = reader.readValue(ordered, ctx);
        if (r instanceof DateTimeReader.Failed failed) {
            LenientValues.Repaired fix = LenientValues.repair(digits, MONTH_ABBR);
            if (fix != null) {
                if (fix.repair() != null) {
                    warnings.add(fix.repair());
                }
                r = reader.readValue(fix.value(), ctx);
            }
            if (r instanceof DateTimeReader.Failed) {
                DateTimeReader.Reading v = visible(digits, language);
                return v instanceof DateTimeReader.Ok ? v : failed;
            }
        }
        DateTimeReader.Ok ok = (DateTimeReader.Ok) r;
        if (!ok.yearGiven()) {
            return new DateTimeReader.Failed("'" + raw + "' has no year");
        }
        if (warnings.isEmpty()) {
            return ok;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(ok.warnings());
        return new DateTimeReader.Ok(ok.date(), ok.yearGiven(), ok.time(), ok.zoneText(), ok.offset(), all);
    }

    private static final java.util.regex.Pattern YEAR_LAST = java.util.regex.Pattern.compile(
            "^(\\d{1,2})([-/.])(\\d{1,2})\\2((?:19|20)\\d{2})(?=$|[T\\s])(.*)$", java.util.regex.Pattern.DOTALL);

    /**
     * A machine value with the year last ("06-08-2009T14:12") as ISO, day and month in the order
     * the page's language writes them (a dot: day first; no language: day first unless only
     * month first makes a date, as for visible dates); other values unchanged.
     */
    static String pageOrder(String v, String language) {
        java.util.regex.Matcher m = YEAR_LAST.matcher(v);
        if (!m.matches()) {
            return v;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        boolean monthFirst = !m.group(2).equals(".") && language != null
                && LocaleDates.monthFirst(language.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        int month = monthFirst ? a : b;
        int day = monthFirst ? b : a;
        if (month > 12 && day <= 12) {
            int t = month;
            month = day;
            day = t;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return v;
        }
        return m.group(4) + "-" + (month < 10 ? "0" : "") + month + "-" + (day < 10 ? "0" : "") + day + m.group(5);
    }

    /** How much of an HTML page's article text the last-resort search reads. */
    static final int TEXT_FALLBACK_CHARS = 3000;

    /**
     * The last resort for a page: the first full date in the first
     * {@value #TEXT_FALLBACK_CHARS} characters of its article text, or null.
     *
     * @return the text read and its reading, or null when there is no date
     */
    static AnchorChoice.Pending textFallback(String text, String language) {
        String head = text.length() > TEXT_FALLBACK_CHARS ? text.substring(0, TEXT_FALLBACK_CHARS) : text;
        LocaleDates.Found f = LocaleDates.find(head, language);
        if (f == null || f.date().isBefore(EARLIEST)) {
            return null;
        }
        Integer start = null;
        Integer end = null;
        int at = head.indexOf(f.matched());
        String role = AnchorCandidate.DISPLAYED;
        if (at >= 0) {
            String line = head.substring(head.lastIndexOf('\n', Math.max(0, at - 1)) + 1, at);
            if (DateLabels.all().closesRange(line)) {
                return null; // the end of an event's range of dates
            }
            DateLabels.Label label = DateLabels.all().at(line);
            if (label != null && label.says() == DateLabels.Says.UPDATED) {
                role = AnchorCandidate.UPDATED;
            }
        }
        if (at >= 0) {
            start = head.codePointCount(0, at);
            end = start + f.matched().codePointCount(0, f.matched().length());
        }
        return new AnchorChoice.Pending("text", role, f.matched(), start, end,
                new DateTimeReader.Ok(f.date(), true, null, null, null, List.of()),
                "the first date in the article text (" + f.how() + ")", 8, AnchorRequest.Stage.TEXT);
    }

    private static DateTimeReader.Reading visible(String text, String language) {
        LocaleDates.Found f = LocaleDates.find(text, language);
        if (f == null) {
            return new DateTimeReader.Failed("no full date in '" + shorten(text) + "'");
        }
        int at = text.indexOf(f.matched());
        if (at > 0 && DateLabels.all().closesRange(text.substring(0, at))) {
            return new DateTimeReader.Failed("'" + f.matched() + "' ends a date range in '" + shorten(text)
                    + "': the dates of an event, not of the page");
        }
        return new DateTimeReader.Ok(f.date(), true, null, null, null, List.of());
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /**
     * The role of a visible date by the label written before it: "Updated", "Letzte Änderung"
     * make it a modification date; otherwise the signal's own role.
     */
    static String role(DateSignal s) {
        if (s.kind() != DateSignal.Kind.MARKED && s.kind() != DateSignal.Kind.LABELLED) {
            return s.role();
        }
        DateLabels.Label l = DateLabels.all().at(s.raw());
        return l != null && l.says() == DateLabels.Says.UPDATED ? AnchorCandidate.UPDATED : s.role();
    }
}
