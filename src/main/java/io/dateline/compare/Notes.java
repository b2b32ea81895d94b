package io.dateline.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The note of a figure group, in words: who agrees on what, or what differs and how. Values
 * that differ are listed latest first ("at least 151 on 2024-01-23 vs 66 on 2023-11-22"); when
 * each later date gives a figure no lower (and one date a higher one) it is "a running count that
 * grew", no higher (and one lower) "a later report gives a lower figure"; figures of one day that differ "differ on the same day".
 */
final class Notes {

    /** At most this many differing values are written out. */
    static final int MAX_LISTED = 4;

    private Notes() {
    }

    static String of(List<FigureGroup.Value> values, Bounds common) {
        List<String> ids = values.stream().map(v -> v.report().id()).distinct().toList();
        Set<String> descs = new LinkedHashSet<>();
        values.forEach(v -> descs.add(Bounds.describe(v.figure())));
        if (ids.size() == 1) {
            if (values.size() == 1) {
                return "only " + ids.get(0) + " gives this figure";
            }
            return "only " + ids.get(0) + " gives these figures: " + String.join(", ", descs)
                    + (common == null ? " (they differ)" : "");
        }
        if (common != null) {
            if (descs.size() == 1) {
                return String.join(", ", ids) + " agree: " + descs.iterator().next();
            }
            return String.join(", ", descs) + ": all allow " + common.words(values.get(0).figure().unit());
        }
        // latest first; each distinct figure once, with its date
        List<String> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = values.size() - 1; i >= 0; i--) {
            FigureGroup.Value v = values.get(i);
            String p = Bounds.describe(v.figure()) + (v.date() == null ? " (no date)" : " on " + v.date());
            if (seen.add(p)) {
                parts.add(p);
            }
        }
        String listed = parts.size() <= MAX_LISTED ? String.join(" vs ", parts)
                : String.join(" vs ", parts.subList(0, MAX_LISTED)) + " and " + (parts.size() - MAX_LISTED) + " more";
        return listed + ": " + verdict(values);
    }

    private static String verdict(List<FigureGroup.Value> values) {
        TreeMap<LocalDate, List<Bounds>> byDate = new TreeMap<>();
        for (FigureGroup.Value v : values) {
            if (v.date() != null) {
                byDate.computeIfAbsent(v.date(), d -> new ArrayList<>()).add(Bounds.of(v.figure()));
            }
        }
        if (byDate.size() < 2) {
            return "the reports differ on the same day";
        }
        // a running count may stand still between two reports ("40", then "about 40", then 58)
        boolean up = true;
        boolean down = true;
        boolean rose = false;
        boolean fell = false;
        BigDecimal prev = null;
        for (List<Bounds> bs : byDate.values()) {
            Bounds c = Bounds.common(bs);
            BigDecimal m = (c != null ? c : bs.get(0)).middle();
            if (m == null) {
                return "the reports disagree";
            }
            if (prev != null) {
                up &= m.compareTo(prev) >= 0;
                down &= m.compareTo(prev) <= 0;
                rose |= m.compareTo(prev) > 0;
                fell |= m.compareTo(prev) < 0;
            }
            prev = m;
        }
        if (up && rose) {
            return "a running count that grew";
        }
        return down && fell ? "a later report gives a lower figure" : "the reports disagree";
    }
}
