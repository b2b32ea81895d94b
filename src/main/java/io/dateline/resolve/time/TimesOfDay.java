package io.dateline.resolve.time;

import io.dateline.grammar.Frame;
import io.dateline.value.Granularity;
import io.dateline.value.TimeField;
import io.dateline.value.TimexType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** Times of day: "at 5 p.m.", "14:05:09", "Tuesday evening", a time alone on the day last named. */
final class TimesOfDay {

    private TimesOfDay() {
    }

    /** A time of day alone: on the day of the last day named in the text, else the anchor's. */
    static boolean dayOfTime(Resolution r) {
        LocalDate day = r.c.event() != null ? r.c.event() : r.anchor;
        if (day == null) {
            r.setUnspecified(Timex.UNKNOWN_DAY, Granularity.DAY);
            return true;
        }
        r.addImplied(TimeField.DAY);
        r.steps.add("day of the time taken from " + (r.c.event() != null ? "the last day mentioned " : "the anchor ") + day);
        r.setDay(day);
        return true;
    }

    /**
     * The UTC offset of a zone the grammar resolved to a tz id ("America/New_York", by the day's
     * rules) or wrote as an offset ("-05:00", "02:00" east after a split plus sign), or null.
     */
    static java.time.ZoneOffset offset(String zone, LocalDateTime at) {
        if (zone == null) {
            return null;
        }
        if (zone.matches("[+-]\\d{2}:\\d{2}")) {
            return java.time.ZoneOffset.of(zone);
        }
        if (zone.matches("\\d{2}:\\d{2}")) {
            return java.time.ZoneOffset.of("+" + zone);
        }
        if (zone.indexOf('/') > 0) {
            int tilde = zone.indexOf('~');
            java.time.zone.ZoneRules rules = java.time.ZoneId.of(tilde < 0 ? zone : zone.substring(0, tilde)).getRules();
            if (tilde < 0) {
                return rules.getOffset(at);
            }
            // "EST", "EDT" as written: standard time is standard time whatever the season
            java.time.ZoneOffset std = rules.getStandardOffset(at.toInstant(rules.getOffset(at)));
            return zone.endsWith("~daylight") ? java.time.ZoneOffset.ofTotalSeconds(std.getTotalSeconds() + 3600) : std;
        }
        return null;
    }

    /**
     * Doubts about a clock time in a zone, as warnings: a standard-time abbreviation in summer
     * ("8 p.m. EST on July 4": the writer probably meant EDT) or the reverse, a local time that
     * happens twice (the night clocks go back: the first is taken) or never (the hour skipped
     * when clocks go forward).
     */
    static void zoneDoubts(Resolution r, String zone, LocalDateTime at) {
        if (zone == null || zone.indexOf('/') <= 0) {
            return;
        }
        int tilde = zone.indexOf('~');
        java.time.zone.ZoneRules rules = java.time.ZoneId.of(tilde < 0 ? zone : zone.substring(0, tilde)).getRules();
        List<java.time.ZoneOffset> valid = rules.getValidOffsets(at);
        if (tilde >= 0) {
            boolean dst = rules.isDaylightSavings(at.toInstant(rules.getOffset(at)));
            boolean saysStandard = zone.endsWith("~standard");
            if (dst == saysStandard) {
                String region = zone.substring(0, tilde);
                r.warnings.add((saysStandard ? "standard" : "daylight saving") + " time (" + offset(zone, at)
                        + ") was written, but on " + at.toLocalDate() + " " + region + " keeps "
                        + (saysStandard ? "daylight saving" : "standard") + " time (" + rules.getOffset(at)
                        + "): the writer probably meant " + (saysStandard ? "daylight" : "standard") + " time; kept as written");
            }
        } else if (valid.isEmpty()) {
            r.warnings.add(at + " did not exist in " + zone + " (clocks went forward that night); offset "
                    + rules.getOffset(at) + " taken");
        } else if (valid.size() > 1) {
            r.warnings.add(at + " happened twice in " + zone + " (clocks went back that night): took the first, "
                    + valid.get(0) + ", not " + valid.get(1));
        }
    }

    /** Whether {@code d} is written with a four-digit year (a time of day can follow it). */
    private static boolean plainYear(LocalDate d) {
        return d.getYear() >= 0 && d.getYear() <= 9999;
    }

    /** Adds the hour, minute, second or part of day of the frame to the day resolved so far. */
    static void timePart(Resolution r) {
        Frame f = r.f;
        boolean onDay = r.gran == Granularity.DAY && (r.day != null ? plainYear(r.day) : r.unspecifiedDay != null);
        if (!onDay) {
            return;
        }
        LocalDate day = r.day;
        String dayValue = r.value;
        if (f.has("hour")) {
            int h = f.integer("hour");
            int m = f.has("minute") ? f.integer("minute") : 0;
            String ampm = f.get("ampm");
            if (ampm != null) {
                if (h > 12) {
                    r.warnings.add(String.format(Locale.ROOT, "%d:%02d with %s: read as %02d:%02d", h, m, ampm.toUpperCase(Locale.ROOT), h, m));
                } else if (h == 0) {
                    r.warnings.add("hour 0 with " + ampm + ": read as 00:" + Timex.pad(m, 2));
                } else if (ampm.equals("pm") && h < 12) {
                    h += 12;
                } else if (ampm.equals("am") && h == 12) {
                    h = 0;
                }
            } else if (f.has("pod") && h < 12) {
                String pod = f.get("pod");
                if (pod.equals("AF") || pod.equals("EV") || (pod.equals("NI") && h >= 6)) {
                    h += 12;
                }
            }
            if (h > 24 || m > 59) {
                r.warnings.add(String.format(Locale.ROOT, "%d:%02d is not a time of day", h, m));
                return;
            }
            Integer sec = f.has("second") ? f.integer("second") : null;
            Granularity g = f.has("second") ? Granularity.SECOND : f.has("minute") ? Granularity.MINUTE : Granularity.HOUR;
            String v = dayValue + Timex.clock(h, m, sec);
            Span span = r.span;
            if (day != null) {
                LocalDateTime t0 = day.atTime(h % 24, m);
                if (h == 24) {
                    t0 = t0.plusDays(1);
                }
                LocalDateTime t1 = g == Granularity.HOUR ? t0.plusHours(1) : g == Granularity.MINUTE ? t0.plusMinutes(1) : t0.plusSeconds(1);
                java.time.ZoneOffset off = offset(f.get("zone"), t0);
                zoneDoubts(r, f.get("zone"), t0);
                span = off == null ? Span.times(t0, t1) : new Span(t0.atOffset(off), t1.atOffset(off));
            }
            r.set(v, g, span);
            r.type = TimexType.TIME;
        } else if (f.has("pod")) {
            r.set(dayValue + "T" + f.get("pod"), Granularity.PART_OF_DAY, r.span);
            r.type = TimexType.TIME;
        }
    }
}
