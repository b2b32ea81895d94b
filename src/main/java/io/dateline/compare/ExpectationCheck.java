package io.dateline.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Checks one line of an {@code .expect} file against a comparison ({@link CompareExamples}). */
final class ExpectationCheck {

    private ExpectationCheck() {
    }

    static String check(CompareExamples.Expectation e, Comparison c) {
        return switch (e.kind()) {
            case "conflict" -> conflict(e, c);
            case "noconflict" -> report(e, c) == null ? "no report '" + e.subject() + "'"
                    : c.conflict(e.subject()) == null ? null : "expected no anchor conflict, found: " + c.conflict(e.subject()).reason();
            case "group" -> group(e, c);
            case "entry" -> entry(e, c);
            case "day" -> day(e, c);
            case "noday" -> c.days().stream().noneMatch(d -> d.date().toString().equals(e.args().get("value"))) ? null
                    : "expected no story day " + e.args().get("value") + " (a report's own publication date is no event)";
            case "warnings" -> c.warnings().size() == Integer.parseInt(e.subject()) ? null
                    : "expected " + e.subject() + " warnings, found " + c.warnings();
            default -> c.warnings().stream().anyMatch(w -> w.contains(e.subject())) ? null
                    : "no warning contains '" + e.subject() + "'; warnings: " + c.warnings();
        };
    }

    private static Report report(CompareExamples.Expectation e, Comparison c) {
        return c.documents().stream().filter(r -> r.id().equals(e.subject())).findFirst().orElse(null);
    }

    private static String conflict(CompareExamples.Expectation e, Comparison c) {
        if (report(e, c) == null) {
            return "no report '" + e.subject() + "' (reports: " + c.documents().stream().map(Report::id).toList() + ")";
        }
        AnchorConflict ac = c.conflict(e.subject());
        if (ac == null) {
            return "expected an anchor conflict for " + e.subject() + ", found none (conflicts: " + c.conflicts().keySet()
                    + "; warnings: " + c.warnings() + ")";
        }
        List<String> diffs = new ArrayList<>();
        String s = e.args().get("suggested");
        if (s != null && !s.equals(ac.suggested().toString())) {
            diffs.add("suggested: expected " + s + ", got " + ac.suggested());
        }
        String o = e.args().get("others");
        if (o != null && !list(o).equals(ac.others())) {
            diffs.add("others: expected " + o + ", got " + String.join(",", ac.others()));
        }
        String r = e.args().get("reason~");
        if (r != null && !ac.reason().contains(r)) {
            diffs.add("reason does not contain '" + r + "': " + ac.reason());
        }
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    private static String group(CompareExamples.Expectation e, Comparison c) {
        String counted = e.args().get("counted");
        String event = e.args().get("event");
        List<FigureGroup> named = c.figures().stream()
                .filter(g -> same(g.counted(), counted) && same(g.event(), event)
                        && (!e.args().containsKey("dimension") || same(g.dimension(), e.args().get("dimension")))
                        && (!e.args().containsKey("unit") || same(g.unit(), e.args().get("unit"))))
                .toList();
        if (named.isEmpty()) {
            return "no figure group counted=" + counted + " event=" + event + "; groups: " + c.figures().stream()
                    .map(g -> g.counted() + "/" + g.event() + " " + g.reports()).toList();
        }
        String last = null;
        for (FigureGroup g : named) {
            last = groupDiffs(e, g);
            if (last == null) {
                return null;
            }
        }
        return named.size() == 1 ? last : "no group counted=" + counted + " event=" + event + " matches; the last one: " + last;
    }

    private static String groupDiffs(CompareExamples.Expectation e, FigureGroup g) {
        List<String> diffs = new ArrayList<>();
        String docs = e.args().get("docs");
        List<String> got = g.values().stream().map(v -> v.report().id()).toList();
        if (docs != null && !list(docs).equals(got)) {
            diffs.add("docs: expected " + docs + ", got " + String.join(",", got));
        }
        String values = e.args().get("values");
        if (values != null) {
            List<String> want = list(values);
            List<BigDecimal> have = g.values().stream().map(v -> v.figure().value()).toList();
            boolean ok = want.size() == have.size();
            for (int i = 0; ok && i < want.size(); i++) {
                ok = new BigDecimal(want.get(i)).compareTo(have.get(i)) == 0;
            }
            if (!ok) {
                diffs.add("values: expected " + values + ", got " + have.stream().map(BigDecimal::toPlainString).toList());
            }
        }
        String agree = e.args().get("agree");
        if (agree != null && !agree.equals(String.valueOf(g.agree()))) {
            diffs.add("agree: expected " + agree + ", got " + g.agree() + " (" + g.note() + ")");
        }
        String note = e.args().get("note~");
        if (note != null && !g.note().contains(note)) {
            diffs.add("note does not contain '" + note + "': " + g.note());
        }
        String concept = e.args().get("concept~");
        if (concept != null && (g.concept() == null ? !concept.equals("null") : !g.concept().contains(concept))) {
            diffs.add("concept: expected '" + concept + "', got " + g.concept());
        }
        String why = e.args().get("why~");
        if (why != null && (g.why() == null || !g.why().contains(why))) {
            diffs.add("why does not contain '" + why + "': " + g.why());
        }
        String scope = e.args().get("scope");
        if (scope != null && !same(g.scope(), scope)) {
            diffs.add("scope: expected " + scope + ", got " + g.scope());
        }
        String parts = e.args().get("parts");
        if (parts != null) {
            List<String> have = g.parts().stream().map(v -> v.figure().value().stripTrailingZeros().toPlainString()).toList();
            List<String> want = list(parts).stream().map(x -> new BigDecimal(x).stripTrailingZeros().toPlainString()).toList();
            if (!want.equals(have)) {
                diffs.add("parts: expected " + parts + ", got " + have);
            }
        }
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    private static String entry(CompareExamples.Expectation e, Comparison c) {
        String value = e.args().get("value");
        String mod = e.args().get("mod");
        List<TimelineEntry> named = c.timeline().stream().filter(t -> t.value().equals(value)
                && (mod == null || same(t.mentions().get(0).mention().value().mod(), mod))).toList();
        if (named.isEmpty()) {
            return "no timeline entry " + value + (mod == null ? "" : " " + mod) + "; entries: "
                    + c.timeline().stream().map(TimelineEntry::value).toList();
        }
        if (named.size() > 1) {
            return named.size() + " timeline entries are " + value + ": say mod= (the mentions of one time are one entry)";
        }
        TimelineEntry t = named.get(0);
        List<String> diffs = new ArrayList<>();
        String docs = e.args().get("docs");
        if (docs != null && !list(docs).equals(t.reports())) {
            diffs.add("docs: expected " + docs + ", got " + String.join(",", t.reports()));
        }
        String n = e.args().get("mentions");
        if (n != null && Integer.parseInt(n) != t.mentions().size()) {
            diffs.add("mentions: expected " + n + ", got " + t.mentions().size());
        }
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    private static String day(CompareExamples.Expectation e, Comparison c) {
        String value = e.args().get("value");
        Days.Day d = c.days().stream().filter(x -> x.date().toString().equals(value)).findFirst().orElse(null);
        if (d == null) {
            return "no story day " + value + "; days: " + c.days().stream().map(x -> x.date().toString()).toList();
        }
        List<String> diffs = new ArrayList<>();
        String docs = e.args().get("docs");
        if (docs != null && !list(docs).equals(d.reports())) {
            diffs.add("docs: expected " + docs + ", got " + String.join(",", d.reports()));
        }
        String n = e.args().get("times");
        if (n != null && Integer.parseInt(n) != d.times().size()) {
            diffs.add("times: expected " + n + ", got " + d.times().size() + " "
                    + d.times().stream().map(t -> t.report().id() + " '" + t.mention().text() + "'").toList());
        }
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    private static boolean same(String got, String want) {
        return want.equals("null") ? got == null : Objects.equals(got, want);
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
