package io.dateline.compare;

import io.dateline.value.QuantityMention;
import io.dateline.value.TimeMention;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison for a terminal, within {@link #WIDTH} columns: the reports and their anchors
 * (conflicts first, with their reasons), the timeline (one line per time, the reports that
 * mention it and their words), then the figure groups (disagreements marked {@code ≠}).
 */
public final class CompareText {

    /** The widest line written. */
    public static final int WIDTH = 100;

    private CompareText() {
    }

    public static String write(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Reports (").append(c.documents().size()).append(")\n");
        for (Report r : c.documents()) {
            AnchorConflict ac = c.conflict(r.id());
            String anchor = r.anchor() == null ? "no anchor" : r.anchor().value() + " (" + r.anchor().source() + ")";
            wrap(sb, (ac != null ? "! " : "  ") + r.id() + "  " + anchor + (r.source().equals(r.id()) ? "" : "  " + r.source()), "      ");
            if (ac != null) {
                wrap(sb, "    anchor conflict: suggested " + ac.suggested() + " (from " + String.join(", ", ac.others()) + "): "
                        + ac.reason(), "      ");
            }
        }
        sb.append("\nTimeline (").append(c.timeline().size()).append(c.timeline().size() == 1 ? " time)\n" : " times)\n");
        int valueWidth = 0;
        for (TimelineEntry e : c.timeline()) {
            String mod = e.mentions().get(0).mention().value().mod();
            valueWidth = Math.max(valueWidth, e.value().length() + (mod == null ? 0 : mod.length() + 1));
        }
        valueWidth = Math.min(valueWidth, 24);
        String indent = " ".repeat(valueWidth + 4);
        for (TimelineEntry e : c.timeline()) {
            List<String> parts = new ArrayList<>();
            for (TimelineEntry.Placed p : e.mentions()) {
                TimeMention t = p.mention();
                parts.add(p.report().id() + " \"" + t.text() + "\"");
            }
            String mod = e.mentions().get(0).mention().value().mod();
            String head = "  " + pad(e.value() + (mod == null ? "" : " " + mod), valueWidth) + "  ";
            wrap(sb, head + String.join(", ", parts), indent);
        }
        int idWidth = Math.min(20, c.documents().stream().mapToInt(r -> r.id().length()).max().orElse(0));
        sb.append("\nFigures (").append(c.figures().size()).append(c.figures().size() == 1 ? " group" : " groups")
                .append("; = agree, ≠ differ")
                .append(c.conflicts().isEmpty() ? "" : "; * a date suggested for a report whose anchor conflicts").append(")\n");
        for (FigureGroup g : c.figures()) {
            String what = (g.counted() == null ? "(nothing counted)" : g.counted())
                    + (g.event() == null ? "" : " / " + g.event())
                    + (g.unit() == null ? "" : " [" + g.unit() + "]") + "  " + g.dimension();
            wrap(sb, (g.agree() ? "  = " : "  ≠ ") + what + (g.concept() == null ? "" : "  about: " + g.concept())
                    + (g.scope() == null ? "" : "  (" + g.scope() + (g.day() == null ? "" : " " + g.day()) + ")"), "      ");
            for (FigureGroup.Value v : g.values()) {
                wrap(sb, "      " + pad(v.report().id(), idWidth) + " " + pad(v.date() == null ? "no date" : v.date() + (v.date().equals(v.report().date()) ? "" : "*"), 11)
                        + "  " + Bounds.describe(v.figure()) + "  \"" + v.figure().text() + "\"", "          ");
            }
            for (FigureGroup.Value v : g.parts()) {
                QuantityMention.Concept about = v.figure().concept();
                wrap(sb, "        part: " + pad(v.report().id(), idWidth) + " " + Bounds.describe(v.figure()) + "  \""
                        + v.figure().text() + "\"" + (about == null ? "" : " (" + about.text() + ")"), "          ");
            }
            wrap(sb, "      " + g.note(), "        ");
            if (!g.agree() && g.reports().size() > 1 && g.why() != null) {
                wrap(sb, "      one quantity: " + g.why(), "        "); // why a "differ" row compares like with like
            }
        }
        if (!c.warnings().isEmpty()) {
            sb.append("\nWarnings\n");
            c.warnings().forEach(w -> wrap(sb, "  " + w, "    "));
        }
        return sb.toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    /** Appends a line, broken at spaces so no line is wider than {@link #WIDTH}; later lines get the indent. */
    static void wrap(StringBuilder sb, String line, String indent) {
        String rest = line;
        boolean first = true;
        while (true) {
            String prefix = first ? "" : indent;
            int room = WIDTH - prefix.length();
            if (rest.codePointCount(0, rest.length()) <= room) {
                sb.append(prefix).append(rest).append('\n');
                return;
            }
            int cut = rest.offsetByCodePoints(0, room);
            int space = rest.lastIndexOf(' ', cut);
            if (space <= 0 || (first && space < indent.length() + 1)) {
                space = cut; // one word longer than the room: cut it
            }
            sb.append(prefix).append(rest, 0, space).append('\n');
            rest = rest.substring(space).stripLeading();
            first = false;
            if (rest.isEmpty()) {
                return;
            }
        }
    }
}
