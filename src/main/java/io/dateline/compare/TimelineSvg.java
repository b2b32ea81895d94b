package io.dateline.compare;

import java.util.List;
import java.util.Locale;

/**
 * The timeline as SVG, by story day ({@link Days}): one row per report, one column per day
 * (in order, evenly spaced), a mark ({@code circle.mark}) for every time of that day a report
 * gives, placed in the column by part of day (early, morning, afternoon, evening, night). A day
 * several reports give gets a guide line across the rows ({@code .shared}); a time read against
 * the date suggested for a report whose anchor conflicts is marked {@code .suggested}, and that
 * report's row is tinted. A legend ({@code g.legend}) under the rows says what each mark means.
 */
final class TimelineSvg {

    static final int LABEL = 120;
    static final int COLUMN = 40;
    static final int ROW = 30;
    static final int HEADER = 90;
    static final int MARK = 6;
    static final int LEGEND = 86;

    private TimelineSvg() {
    }

    static String write(Comparison c) {
        List<Report> reports = c.documents();
        List<Days.Day> days = c.days();
        int width = Math.max(LABEL + Math.max(1, days.size()) * COLUMN + 40, 520);
        int rowsEnd = HEADER + Math.max(1, reports.size()) * ROW;
        int height = rowsEnd + LEGEND;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"the story's days in each report\">\n", width, height, width, height));
        for (int r = 0; r < reports.size(); r++) {
            Report rep = reports.get(r);
            int y = HEADER + r * ROW;
            String cls = c.conflict(rep.id()) != null ? "row conflict" : (r % 2 == 0 ? "row even" : "row odd");
            sb.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>\n", cls, y, width, ROW));
            sb.append(String.format(Locale.ROOT, "<text class=\"report\" x=\"6\" y=\"%d\">%s</text>\n", y + ROW / 2 + 4,
                    Html.escape(clip(rep.id(), 16))));
        }
        for (int i = 0; i < days.size(); i++) {
            Days.Day d = days.get(i);
            int x0 = LABEL + i * COLUMN;
            int x = x0 + COLUMN / 2;
            boolean shared = d.reports().size() > 1;
            sb.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
                    shared ? "guide shared" : "guide", x, HEADER - 4, x, rowsEnd));
            sb.append(String.format(Locale.ROOT, "<text class=\"when\" transform=\"translate(%d,%d) rotate(-60)\">%s</text>\n",
                    x + 4, HEADER - 8, d.date()));
            for (int r = 0; r < reports.size(); r++) {
                Report rep = reports.get(r);
                List<Days.Time> mine = d.times().stream().filter(t -> t.report() == rep).toList();
                for (int k = 0; k < mine.size(); k++) {
                    Days.Time t = mine.get(k);
                    int cx = x + offset(t);
                    int cy = HEADER + r * ROW + ROW / 2 + (k % 3 - 1) * 3;
                    String cls = "mark" + (shared ? " shared" : "") + (t.suggested() ? " suggested" : "");
                    sb.append(String.format(Locale.ROOT,
                            "<circle class=\"%s\" cx=\"%d\" cy=\"%d\" r=\"%d\" data-doc=\"%s\" data-day=\"%s\">"
                                    + "<title>%s</title></circle>\n",
                            cls, cx, cy, MARK, Html.escape(rep.id()), d.date(),
                            Html.escape(rep.id() + ": \u201c" + t.mention().text() + "\u201d \u2192 " + t.mention().value().value()
                                    + (t.suggested() ? " (read against the suggested date " + t.anchor() + ")" : ""))));
                }
            }
        }
        legend(sb, rowsEnd + 14);
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** Where in its day's column a time sits: early and morning left, evening and night right. */
    private static int offset(Days.Time t) {
        String mod = t.mention().value().mod();
        String pod = TimeKeys.partOfDay(t.mention().value().value());
        if ("START".equals(mod) || pod.equals("MO")) {
            return -COLUMN / 4;
        }
        if (pod.equals("EV") || pod.equals("NI") || "END".equals(mod)) {
            return COLUMN / 4;
        }
        return 0;
    }

    private static void legend(StringBuilder sb, int y) {
        sb.append("<g class=\"legend\">\n");
        String[][] items = {
            {"mark", "a time of that day in one report"},
            {"mark shared", "a day several reports give: their times line up"},
            {"mark suggested", "read against the date suggested for a report whose anchor conflicts"},
        };
        for (int i = 0; i < items.length; i++) {
            int yy = y + i * 18;
            sb.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"14\" cy=\"%d\" r=\"%d\"/>"
                    + "<text class=\"legend-text\" x=\"28\" y=\"%d\">%s</text>\n", items[i][0], yy, MARK, yy + 4, items[i][1]));
        }
        int yy = y + items.length * 18;
        sb.append(String.format(Locale.ROOT, "<rect class=\"row conflict\" x=\"6\" y=\"%d\" width=\"16\" height=\"12\"/>"
                + "<text class=\"legend-text\" x=\"28\" y=\"%d\">%s</text>\n", yy - 6, yy + 4,
                "a report whose anchor conflicts; in a column, early and morning left, evening and night right"));
        sb.append("</g>\n");
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
