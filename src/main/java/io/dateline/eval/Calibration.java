package io.dateline.eval;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import io.dateline.value.Reading;
import io.dateline.value.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the confidences of {@link Reading}s against TimeML gold: every time mention with a
 * reading whose span overlaps a gold TIMEX3 counts as right when its value means the gold's
 * ({@link TimexValues#equivalent}); mentions with no gold beside them are left out. Per group of
 * documents, mentions are binned by tenths of confidence; a tenth holding at least
 * {@value #MIN_BIN} mentions is calibrated when its share of right values lies within
 * {@value #TOLERANCE} of its mean stated confidence. Also per basis (class of decision), the
 * counts the confidences are fitted from.
 */
public final class Calibration {

    /** Mentions a tenth needs before it is judged. */
    public static final int MIN_BIN = 30;
    /** Largest gap allowed between a judged tenth's accuracy and its mean confidence. */
    public static final double TOLERANCE = 0.07;

    private Calibration() {
    }

    /** One mention with a reading, paired with gold. */
    public record Scored(String group, String basis, double confidence, boolean right) {
    }

    /** Scores every reading of every document. */
    public static List<Scored> run(Map<String, List<TimeMlDocument>> groups, Dateline dateline) {
        List<Scored> out = new ArrayList<>();
        groups.forEach((group, docs) -> {
            for (TimeMlDocument doc : docs) {
                String dct = doc.dct();
                Anchor anchor = dct.length() < 10 ? null : Anchor.ofDate(LocalDate.parse(dct.substring(0, 10)), "dct");
                DocumentResult r = dateline.process("tml", doc.text(), anchor);
                for (Mention m : r.mentions()) {
                    if (m instanceof TimeMention t && t.value().reading() != null) {
                        GoldTimex g = overlapping(doc.timexes(), t.timexStart(), t.timexEnd());
                        if (g != null) {
                            Reading rd = t.value().reading();
                            out.add(new Scored(group, rd.basis(), rd.confidence(),
                                    TimexValues.equivalent(g.value(), t.value().value())));
                        }
                    }
                }
            }
        });
        return out;
    }

    private static GoldTimex overlapping(List<GoldTimex> gold, int s, int e) {
        GoldTimex best = null;
        int bestOverlap = 0;
        for (GoldTimex g : gold) {
            int ov = Math.min(e, g.end()) - Math.max(s, g.start());
            if (ov > bestOverlap) {
                bestOverlap = ov;
                best = g;
            }
        }
        return best;
    }

    /** The report: per group, the tenths and the classes. */
    public static String report(List<Scored> scored) {
        StringBuilder b = new StringBuilder();
        Map<String, List<Scored>> byGroup = new TreeMap<>();
        scored.forEach(s -> byGroup.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s));
        byGroup.put("all", scored);
        byGroup.forEach((group, xs) -> {
            b.append("calibration of readings, ").append(group).append(": ").append(xs.size()).append(" mentions\n");
            b.append("tenth      mentions  mean conf  accuracy    gap  judged\n");
            for (int tenth = 0; tenth < 10; tenth++) {
                final int t = tenth;
                List<Scored> in = xs.stream().filter(s -> Math.min(9, (int) Math.floor(s.confidence() * 10)) == t).toList();
                if (in.isEmpty()) {
                    continue;
                }
                double conf = in.stream().mapToDouble(Scored::confidence).average().orElse(0);
                double acc = in.stream().filter(Scored::right).count() / (double) in.size();
                String judged = in.size() < MIN_BIN ? "-" : Math.abs(acc - conf) <= TOLERANCE ? "ok" : "OFF";
                b.append(String.format(Locale.ROOT, "%.1f-%.1f  %9d  %9.3f  %8.3f  %5.3f  %s%n", t / 10.0, (t + 1) / 10.0,
                        in.size(), conf, acc, Math.abs(acc - conf), judged));
            }
            b.append("basis                                          mentions  right  stated  accuracy\n");
            Map<String, List<Scored>> byBasis = new TreeMap<>();
            xs.forEach(s -> byBasis.computeIfAbsent(s.basis(), k -> new ArrayList<>()).add(s));
            byBasis.forEach((basis, in) -> {
                long right = in.stream().filter(Scored::right).count();
                b.append(String.format(Locale.ROOT, "%-46s %9d  %5d  %6.3f  %8.3f%n", basis, in.size(), right,
                        in.get(0).confidence(), right / (double) in.size()));
            });
            b.append('\n');
        });
        return b.toString();
    }
}
