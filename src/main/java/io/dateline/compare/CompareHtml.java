package io.dateline.compare;

import java.util.List;

/**
 * The comparison as one self-contained HTML page (no scripts, no fonts, no network resources):
 * the anchor conflicts at the top, the reports, the story's days as inline SVG with a legend
 * ({@link TimelineSvg}), the times longer than a day as a list, the figure groups as a table
 * with what each is about ({@code td.concept}) and disagreements highlighted
 * ({@code tr.disagree}), and the warnings.
 */
public final class CompareHtml {

    private static final String STYLE = """
            body{font-family:sans-serif;margin:1.5em;color:#222;background:#fff}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
            .conflict{border-left:6px solid #c0392b;background:#fdecea;padding:.5em .8em;margin:.5em 0}
            .none{color:#2e7d32}
            table{border-collapse:collapse;margin:.5em 0}
            th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left;font-size:.92em}
            th{background:#f0f0f0}
            tr.disagree td{background:#fff3cd}
            tr.disagree td.agree{color:#b00020;font-weight:bold}
            td.agree{color:#2e7d32}
            .scroll{overflow-x:auto;border:1px solid #ddd}
            svg .row.even{fill:#fafafa}svg .row.odd{fill:#f0f3f7}svg .row.conflict{fill:#fdecea}
            svg .report{font-size:12px;fill:#222}svg .when{font-size:10px;fill:#444}
            svg .guide{stroke:#e2e2e2;stroke-width:1}svg .guide.shared{stroke:#7fa7d9;stroke-width:2}
            svg .mark{fill:#9bb7d4;stroke:#345;stroke-width:1}svg .mark.shared{fill:#1f5fa8}
            svg .mark.suggested{stroke:#c0392b;stroke-width:2;stroke-dasharray:2 1}svg .legend-text{font-size:11px;fill:#333}
            td.concept{font-style:italic}
            ul.values{margin:0;padding-left:1.1em}
            """;

    private CompareHtml() {
    }

    public static String write(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Dateline compare: ").append(c.documents().size()).append(" reports</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Reports side by side</h1>\n");
        sb.append("<section id=\"conflicts\">\n<h2>Anchor conflicts</h2>\n");
        if (c.conflicts().isEmpty()) {
            sb.append("<p class=\"none\">No report's publication date disagrees with the other versions of its story.</p>\n");
        }
        for (Report r : c.documents()) {
            AnchorConflict ac = c.conflict(r.id());
            if (ac != null) {
                sb.append("<div class=\"conflict\" data-doc=\"").append(Html.escape(r.id())).append("\"><strong>")
                        .append(Html.escape(r.id())).append("</strong>: anchor ")
                        .append(Html.escape(r.anchor().value())).append(", suggested <strong>").append(ac.suggested())
                        .append("</strong> (from ").append(Html.escape(String.join(", ", ac.others()))).append(")<br>")
                        .append(Html.escape(ac.reason())).append("</div>\n");
            }
        }
        sb.append("</section>\n");
        reports(sb, c);
        sb.append("<section id=\"timeline-section\">\n<h2>Timeline (").append(c.days().size())
                .append(" days, ").append(c.days().stream().mapToInt(d -> d.times().size()).sum())
                .append(" times)</h2>\n<div class=\"scroll\">\n").append(TimelineSvg.write(c)).append("</div>\n");
        longer(sb, c);
        sb.append("</section>\n");
        figures(sb, c);
        if (!c.warnings().isEmpty()) {
            sb.append("<section id=\"warnings\">\n<h2>Warnings</h2>\n<ul>\n");
            c.warnings().forEach(w -> sb.append("<li>").append(Html.escape(w)).append("</li>\n"));
            sb.append("</ul>\n</section>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void reports(StringBuilder sb, Comparison c) {
        sb.append("<section id=\"reports\">\n<h2>Reports</h2>\n<table>\n<tr><th>report</th><th>source</th><th>anchor</th><th>found in</th></tr>\n");
        for (Report r : c.documents()) {
            sb.append("<tr><td>").append(Html.escape(r.id())).append("</td><td>").append(Html.escape(r.source()))
                    .append("</td><td>").append(r.anchor() == null ? "none" : Html.escape(r.anchor().value()))
                    .append("</td><td>").append(r.anchor() == null ? "" : Html.escape(r.anchor().source()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n</section>\n");
    }

    /** The times longer than a day ("in 2014", "last week"), which have no place among the days. */
    private static void longer(StringBuilder sb, Comparison c) {
        List<TimelineEntry> rest = c.timeline().stream()
                .filter(e -> e.mentions().stream().allMatch(p -> Days.dayOf(p.mention()) == null)).toList();
        if (rest.isEmpty()) {
            return;
        }
        sb.append("<h3>Longer than a day</h3>\n<ul id=\"longer\">\n");
        for (TimelineEntry e : rest) {
            sb.append("<li>").append(Html.escape(e.value())).append(": ");
            List<String> said = e.mentions().stream().map(p -> p.report().id() + " \u201c" + p.mention().text() + "\u201d").toList();
            sb.append(Html.escape(String.join(", ", said))).append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    private static void figures(StringBuilder sb, Comparison c) {
        sb.append("<section id=\"figures\">\n<h2>Figures (").append(c.figures().size()).append(" groups)</h2>\n<table>\n")
                .append("<tr><th>counted</th><th>about</th><th>event</th><th>dimension</th><th>values</th><th>agree</th><th>note</th></tr>\n");
        for (FigureGroup g : c.figures()) {
            sb.append("<tr class=\"").append(g.agree() ? "agree" : "disagree").append("\"><td>")
                    .append(Html.escape(g.counted() == null ? "\u2014" : g.counted())).append("</td><td class=\"concept\">")
                    .append(Html.escape(g.concept() == null ? "\u2014" : g.concept()))
                    .append(g.scope() == null ? "" : " <small>(" + Html.escape(g.scope()) + (g.day() == null ? "" : " " + g.day()) + ")</small>")
                    .append("</td><td>")
                    .append(Html.escape(g.event() == null ? "\u2014" : g.event())).append("</td><td>")
                    .append(Html.escape(g.dimension() + (g.unit() == null ? "" : " (" + g.unit() + ")")))
                    .append("</td><td><ul class=\"values\">");
            List<FigureGroup.Value> vs = g.values();
            for (FigureGroup.Value v : vs) {
                sb.append("<li>").append(Html.escape(v.report().id())).append(" ")
                        .append(v.date() == null ? "" : v.date().toString())
                        .append(v.date() == null || v.date().equals(v.report().date()) ? "" : " (suggested)").append(": <b>")
                        .append(Html.escape(Bounds.describe(v.figure()))).append("</b> \u201c")
                        .append(Html.escape(v.figure().text())).append("\u201d</li>");
            }
            for (FigureGroup.Value v : g.parts()) {
                sb.append("<li class=\"part\">part: ").append(Html.escape(v.report().id())).append(" <b>")
                        .append(Html.escape(Bounds.describe(v.figure()))).append("</b> \u201c").append(Html.escape(v.figure().text()))
                        .append("\u201d").append(v.figure().concept() == null ? "" : " (" + Html.escape(v.figure().concept().text()) + ")")
                        .append("</li>");
            }
            sb.append("</ul></td><td class=\"agree\">").append(g.agree() ? "yes" : "no").append("</td><td>")
                    .append(Html.escape(g.note()))
                    .append(!g.agree() && g.reports().size() > 1 && g.why() != null
                            ? "<br><small class=\"why\">one quantity: " + Html.escape(g.why()) + "</small>" : "")
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n</section>\n");
    }
}
