package io.dateline.compare;

import java.util.List;
import java.util.Locale;

/**
 * The timeline as SVG: one row per report, one column per time (in order; the columns are
 * evenly spaced, so years and hours fit one picture), a mark ({@code circle.mark}) for every
 * mention. A time several reports mention gets a guide line across the rows, so their marks
 * line up; a report whose anchor conflicts has its row tinted.
 */
final class TimelineSvg {

    static final int LABEL = 120;
    static final int COLUMN = 26;
    static final int ROW = 30;
    static final int HEADER = 110;
    static final int MARK = 6;

    private TimelineSvg() {
    }

    static String write(Comparison c) {
        List<Report> reports = c.documents();
        List<TimelineEntry> entries = c.timeline();
        int width = LABEL + Math.max(1, entries.size()) * COLUMN + HEADER;
        int height = HEADER + Math.max(1, reports.size()) * ROW + 10;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"timeline of the reports\">\n", width, height, width, height));
        for (int r = 0; r < reports.size(); r++) {
            Report rep = reports.get(r);
            int y = HEADER + r * ROW;
            String cls = c.conflict(rep.id()) != null ? "row conflict" : (r % 2 == 0 ? "row even" : "row odd");
            sb.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>\n", cls, y, width, ROW));
            sb.append(String.format(Locale.ROOT, "<text class=\"report\" x=\"6\" y=\"%d\">%s</text>\n", y + ROW / 2 + 4,
                    Html.escape(clip(rep.id(), 16))));
        }
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            int x = LABEL + i * COLUMN + COLUMN / 2;
            boolean shared = e.reports().size() > 1;
            sb.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
                    shared ? "guide shared" : "guide", x, HEADER - 4, x, height - 10));
            sb.append(String.format(Locale.ROOT, "<text class=\"when\" transform=\"translate(%d,%d) rotate(-60)\">%s</text>\n",
                    x + 4, HEADER - 8, Html.escape(label(e))));
            for (int r = 0; r < reports.size(); r++) {
                Report rep = reports.get(r);
                List<TimelineEntry.Placed> mine = e.mentions().stream().filter(p -> p.report() == rep).toList();
                for (int k = 0; k < mine.size(); k++) {
                    TimelineEntry.Placed p = mine.get(k);
                    int cx = x + (k - (mine.size() - 1) / 2) * 3;
                    int cy = HEADER + r * ROW + ROW / 2 + (k - (mine.size() - 1) / 2) * 2;
                    sb.append(String.format(Locale.ROOT,
                            "<circle class=\"mark%s\" cx=\"%d\" cy=\"%d\" r=\"%d\" data-doc=\"%s\" data-entry=\"%d\">"
                                    + "<title>%s</title></circle>\n",
                            shared ? " shared" : "", cx, cy, MARK, Html.escape(rep.id()), i,
                            Html.escape(rep.id() + ": \u201c" + p.mention().text() + "\u201d \u2192 " + p.mention().value().value())));
                }
            }
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static String label(TimelineEntry e) {
        String mod = e.mentions().get(0).mention().value().mod();
        return e.value() + (mod == null ? "" : " " + mod);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
