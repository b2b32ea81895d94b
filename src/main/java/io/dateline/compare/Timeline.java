package io.dateline.compare;

import io.dateline.value.Mention;
import io.dateline.value.TimeMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lays every report's resolved times on one scale: one entry per time, sorted. */
final class Timeline {

    private Timeline() {
    }

    static List<TimelineEntry> build(List<Report> reports) {
        Map<String, List<TimelineEntry.Placed>> byKey = new LinkedHashMap<>();
        for (Report r : reports) {
            for (Mention m : r.result().mentions()) {
                if (m instanceof TimeMention t && TimeKeys.placeable(t)) {
                    byKey.computeIfAbsent(TimeKeys.key(t), k -> new ArrayList<>()).add(new TimelineEntry.Placed(r, t));
                }
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (List<TimelineEntry.Placed> ps : byKey.values()) {
            TimeMention first = ps.get(0).mention();
            out.add(new TimelineEntry(commonValue(ps), first.value().start(), first.value().end(), ps));
        }
        out.sort(Comparator.comparing((TimelineEntry e) -> TimeKeys.instant(e.start()))
                .thenComparing(e -> TimeKeys.instant(e.end()))
                .thenComparing(TimelineEntry::value));
        return out;
    }

    /** The value most mentions of an entry have; on a tie, the first report's. */
    private static String commonValue(List<TimelineEntry.Placed> ps) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestN = 0;
        for (TimelineEntry.Placed p : ps) {
            String v = p.mention().value().value();
            int n = counts.merge(v, 1, Integer::sum);
            if (n > bestN) {
                best = v;
                bestN = n;
            }
        }
        return best;
    }
}
