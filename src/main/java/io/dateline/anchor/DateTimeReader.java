package io.dateline.anchor;

import io.dateline.anchor.zone.Region;
import io.dateline.anchor.zone.TimeZones;
import io.dateline.anchor.zone.ZoneResolution;
import io.dateline.value.Anchor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one date(-time) string into wall-clock parts, by the cheapest reliable route: strict
 * ISO forms with java.time; numeric dates (01/23/2024, 23.01.2024) with our own checks (order,
 * two-digit years, impossible dates); everything else with {@link NattyAdapter} and its guards.
 * Zones are never left to Natty: they are cut off and resolved by {@link TimeZones}.
 * Package-private; {@link AnchorDetector} is the public face.
 */
final class DateTimeReader {

    /** Natty's reference when the caller has no clock: a leap year, so "Feb 29" survives. */
    static final LocalDateTime NO_CLOCK_REFERENCE = LocalDateTime.of(2000, 1, 1, 12, 0);

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(Z|[+\\-]\\d{2}(?::?\\d{2})?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TRAILING_ZONE = Pattern.compile("^(.*?)[\\s,]*\\(?(" + DatelineScanner.ZONE + ")\\)?\\s*$");
    private static final Pattern REST = Pattern.compile("[\\s|•·\\-–—,.;:]*");

    /**
     * Where relative and missing parts come from, the region deciding zones, and the page's
     * language (or null) deciding the order of day and month in numeric dates.
     */
    record Context(LocalDateTime reference, Region region, String language) {
        Context(LocalDateTime reference, Region region) {
            this(reference, region, null);
        }

        LocalDateTime nattyReference() {
            return reference == null ? NO_CLOCK_REFERENCE : reference;
        }
    }

    /** A reading, or why there is none. */
    sealed interface Reading permits Ok, Failed {
    }

    /**
     * Wall-clock parts as written.
     *
     * @param date      the date; when {@code yearGiven} is false its year is a placeholder
     * @param yearGiven whether a year was written (or implied by a relative expression)
     * @param time      the time, or null
     * @param zoneText  the zone as written, or null; resolved in {@link #anchor}
     * @param offset    an offset written numerically in an ISO value, or null
     * @param warnings  repairs so far
     */
    record Ok(LocalDate date, boolean yearGiven, LocalTime time, String zoneText, ZoneOffset offset,
              List<String> warnings) implements Reading {
        Ok {
            warnings = List.copyOf(warnings);
        }

        Ok withYear(int year, String warning) {
            List<String> w = new ArrayList<>(warnings);
            w.add(warning);
            return new Ok(LocalDate.of(year, date.getMonth(), date.getDayOfMonth()), true, time, zoneText, offset, w);
        }
    }

    record Failed(String reason) implements Reading {
    }

    private final NattyAdapter natty;
    private final TimeZones zones;

    DateTimeReader(NattyAdapter natty, TimeZones zones) {
        this.natty = natty;
        this.zones = zones;
    }

    /** The longest option or metadata value read; longer ones are refused before any parsing. */
    static final int MAX_VALUE_CHARS = 200;

    /** Reads a whole value: an option or a metadata string. */
    Reading readValue(String value, Context ctx) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return new Failed("empty value");
        }
        if (v.length() > MAX_VALUE_CHARS) {
            return new Failed("a value of " + v.length() + " characters is not a date (at most "
                    + MAX_VALUE_CHARS + " are read)");
        }
        Matcher iso = ISO.matcher(v);
        if (iso.matches()) {
            return readIso(v, iso);
        }
        Matcher compact = COMPACT.matcher(v);
        if (compact.matches()) {
            return date(v, Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                    Integer.parseInt(compact.group(3)));
        }
        DatelineScanner.DateTimeMatch dt = DatelineScanner.matchAt(v, 0, v.length());
        if (dt != null && REST.matcher(v.substring(dt.end())).matches()) {
            return readMatch(dt, ctx);
        }
        String zone = null;
        String rest = v;
        Matcher tz = TRAILING_ZONE.matcher(v);
        if (tz.matches() && !tz.group(1).isBlank() && zones.isKnown(tz.group(2))) {
            rest = tz.group(1);
            zone = tz.group(2);
        }
        NattyAdapter.Outcome out = natty.parse(rest, ctx.nattyReference());
        if (out instanceof NattyAdapter.Rejected) {
            return new Failed(((NattyAdapter.Rejected) out).reason());
        }
        NattyAdapter.Parsed p = (NattyAdapter.Parsed) out;
        if (p.relative() && ctx.reference() == null) {
            return new Failed("'" + p.matched() + "' is relative, not a date: a publication date must be written"
                    + " as a date (only 'now' reads the clock)");
        }
        return new Ok(p.date(), p.yearGiven(), p.time(), zone != null ? zone : p.zoneText(), null, p.warnings());
    }

    /** Reads a date-time cut out of a text by {@link DatelineScanner}. */
    Reading readMatch(DatelineScanner.DateTimeMatch m, Context ctx) {
        List<String> warnings = new ArrayList<>();
        String date = inEnglish(m.date().strip().replaceAll("\\s+", " "));
        Matcher num = NUMERIC.matcher(date);
        Matcher isoDate = ISO_DATE.matcher(date);
        if (num.matches()) {
            Reading r = readNumeric(date, num, ctx, warnings);
            if (r instanceof Failed) {
                return r;
            }
            date = ((Ok) r).date().toString();
        } else if (isoDate.matches()) {
            Reading r = date(date, Integer.parseInt(isoDate.group(1)), Integer.parseInt(isoDate.group(2)),
                    Integer.parseInt(isoDate.group(3)));
            if (r instanceof Failed) {
                return r;
            }
        }
        String input = date + (m.time() == null ? "" : " " + normaliseTime(m.time()));
        NattyAdapter.Outcome out = natty.parse(input, ctx.nattyReference());
        if (out instanceof NattyAdapter.Rejected) {
            return new Failed(((NattyAdapter.Rejected) out).reason());
        }
        NattyAdapter.Parsed p = (NattyAdapter.Parsed) out;
        warnings.addAll(p.warnings());
        return new Ok(p.date(), p.yearGiven(), p.time(), m.zone() != null ? m.zone() : p.zoneText(), null, warnings);
    }

    /**
     * Turns a reading into an anchor, resolving its zone now that the date is final.
     *
     * @param region the region deciding ambiguous zone abbreviations, or null
     * @param local  the zone of the place written in, when known (see {@link TimeZones#resolve(String,
     *               LocalDateTime, Region, java.time.ZoneId)}), or null
     */
    Anchor anchor(Ok ok, String source, String text, Integer start, Integer end, Region region,
                  java.time.ZoneId local) {
        List<String> warnings = new ArrayList<>(ok.warnings());
        LocalDate date = ok.date();
        if (ok.time() == null) {
            return new Anchor(date.toString(), date, null, null, source, text, start, end, warnings);
        }
        LocalDateTime time = date.atTime(ok.time());
        ZoneOffset offset = ok.offset();
        if (offset == null && ok.zoneText() != null) {
            ZoneResolution z = zones.resolve(ok.zoneText(), time, region, local);
            offset = z.offset();
            warnings.addAll(z.warnings());
        }
        String value = time + (offset == null ? "" : offset.getId());
        return new Anchor(value, date, time, offset, source, text, start, end, warnings);
    }

    // ---------------------------------------------------------------- helpers

    private static Reading readIso(String v, Matcher iso) {
        int y = Integer.parseInt(iso.group(1));
        int mo = Integer.parseInt(iso.group(2));
        int d = Integer.parseInt(iso.group(3));
        Reading r = date(v, y, mo, d);
        if (r instanceof Failed || iso.group(4) == null) {
            return r;
        }
        LocalTime time;
        try {
            time = LocalTime.of(Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
                    iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)));
        } catch (DateTimeException e) {
            return new Failed("impossible time in '" + v + "' (" + e.getMessage() + ")");
        }
        ZoneOffset offset = null;
        if (iso.group(7) != null) {
            String o = iso.group(7);
            try {
                offset = o.equalsIgnoreCase("Z") ? ZoneOffset.UTC
                        : ZoneOffset.of(o.length() == 5 ? o.substring(0, 3) + ":" + o.substring(3) : o);
            } catch (DateTimeException e) {
                return new Failed("impossible offset in '" + v + "' (" + e.getMessage() + ")");
            }
        }
        return new Ok(((Ok) r).date(), true, time, null, offset, List.of());
    }

    private static Reading date(String v, int y, int m, int d) {
        if (m < 1 || m > 12) {
            return new Failed("impossible date '" + v + "' (no month " + m + ")");
        }
        int length = YearMonth.of(y, m).lengthOfMonth();
        if (d < 1 || d > length) {
            return new Failed("impossible date '" + v + "' (" + monthName(m) + " " + y + " has " + length + " days)");
        }
        return new Ok(LocalDate.of(y, m, d), true, null, null, null, List.of());
    }

    /**
     * 01/23/2024, 23/01/2024, 23.01.2024, 01-23-24. Month first (US) unless the separator is a
     * dot, the page's language writes the day first, or (no language) the region is outside the
     * Americas; the other order is used when only it makes a
     * date; both possible → the preferred order and a warning.
     */
    private static Reading readNumeric(String v, Matcher num, Context ctx, List<String> warnings) {
        int a = Integer.parseInt(num.group(1));
        int b = Integer.parseInt(num.group(3));
        String ys = num.group(4);
        int year = Integer.parseInt(ys);
        if (ys.length() == 2) {
            year += year < 50 ? 2000 : 1900;
            warnings.add("two-digit year '" + ys + "' in '" + v + "' read as " + year);
        }
        // the page's language decides (CLDR's short date pattern), else the region
        boolean dayFirst = num.group(2).equals(".") || (ctx.language() != null ? !LocaleDates.monthFirst(ctx.language())
                : ctx.region() != null && ctx.region() != Region.AMERICAS);
        boolean mdy = valid(year, a, b);
        boolean dmy = valid(year, b, a);
        if (!mdy && !dmy) {
            if (a > 12 && b > 12) {
                return new Failed("impossible date '" + v + "' (neither " + a + " nor " + b + " is a month)");
            }
            int month = a <= 12 && a >= 1 ? a : b;
            int day = month == a ? b : a;
            return new Failed("impossible date '" + v + "' (" + (month >= 1 && month <= 12
                    ? monthName(month) + " " + year + " has " + YearMonth.of(year, month).lengthOfMonth() + " days, not " + day
                    : "no month " + month) + ")");
        }
        boolean useDmy = dayFirst ? dmy : !mdy;
        LocalDate d = useDmy ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        if (mdy && dmy && a != b) {
            warnings.add("numeric date '" + v + "' is ambiguous; read " + (useDmy ? "day" : "month") + "-first as " + d);
        }
        return new Ok(d, true, null, null, null, List.of());
    }

    private static boolean valid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static String monthName(int m) {
        return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static final Pattern OTHER_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");
    private static final Pattern OTHER_YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+\\.?");
    private static final Pattern TIME_AFTER = Pattern.compile("\\s+" + AnchorLanguages.all().lexicon("anchor.time.after") + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME_HOUR = Pattern.compile("(\\d)\\s?" + AnchorLanguages.all().lexicon("anchor.time.hour")
            + "\\s?(\\d{2})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A date cut out by {@link DatelineScanner#DATE_DMY_OTHER} ("Montag, 3. Juni 2024", "1er
     * février", "12 de mayo de 2024") as the English words the rest of the reading takes ("3
     * June 2024"); any other date unchanged. The weekday is dropped.
     */
    static String inEnglish(String date) {
        if (DatelineScanner.ENGLISH_DATE.matcher(date).matches()) {
            return date;
        }
        Integer month = null;
        Matcher w = WORD.matcher(date);
        while (w.find() && month == null) {
            month = AnchorLanguages.all().month(w.group());
        }
        Matcher d = OTHER_DAY.matcher(date);
        if (month == null || !d.find()) {
            return date;
        }
        Matcher y = OTHER_YEAR.matcher(date);
        return d.group(1) + " " + monthName(month) + (y.find() ? " " + y.group(1) : "");
    }

    /** "5:07 p.m." → "5:07 pm", "09.32" → "09:32", "14h05" → "14:05", "14.05 Uhr" → "14:05". */
    static String normaliseTime(String t) {
        String s = TIME_AFTER.matcher(t.strip()).replaceAll("");
        s = TIME_HOUR.matcher(s).replaceAll("$1:$2");
        s = s.replaceAll("(\\d)\\.(\\d{2})", "$1:$2");
        Matcher m = Pattern.compile("(?i)\\s*([ap])\\.?\\s?m\\.?$").matcher(s);
        if (m.find()) {
            s = s.substring(0, m.start()) + " " + m.group(1).toLowerCase(Locale.ROOT) + "m";
        }
        return s;
    }
}
