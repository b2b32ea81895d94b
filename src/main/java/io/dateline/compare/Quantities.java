package io.dateline.compare;

import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import io.dateline.value.TimeMention;
import io.dateline.value.TimexType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which figures of one group (same counted noun, dimension, unit and event) are the same
 * quantity. A group whose figures agree stays one; otherwise it is split, never merged:
 * <ul>
 * <li>by scope: the figures of one occasion ({@code scope} "occasion") stand apart from running
 *     totals and from figures that do not say, one group per day of the occasion (the date
 *     written beside the figure, else its report's date), so a cumulative total and one
 *     occasion's count are never "a running count";</li>
 * <li>by concept, when the reports show that the group holds different quantities: one report
 *     gives two different values about things that share no word ("900 troops in Syria" and
 *     "2,500 troops in Iraq"). The figures are then grouped by shared concept words; a figure
 *     without a concept joins the largest such group.</li>
 * </ul>
 */
final class Quantities {

    /** How far (code points) a date may stand from a figure to give its occasion's day. */
    static final int DAY_REACH = 80;

    /** One figure with what is known about it for grouping. */
    record Item(Report report, QuantityMention q, String counted, String event, LocalDate date, Set<String> words,
                LocalDate day, String scope) {
    }

    /** A part of a group, with the scope and day it was split by. */
    record Part(List<Item> items, String scope, LocalDate day) {
    }

    private Quantities() {
    }

    /** The concept words of a figure, lower-cased, without dots, without the counted noun itself. */
    static Set<String> words(QuantityMention q, String counted) {
        Set<String> out = new LinkedHashSet<>();
        if (q.concept() == null) {
            return out;
        }
        for (String w : q.concept().words()) {
            String x = w.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("['\u2019]s$", "");
            if (x.isEmpty() || counted != null && (x.equals(counted) || x.equals(counted + "s"))) {
                continue;
            }
            out.add(x);
        }
        return out;
    }

    /** The day of a figure of one occasion: the nearest full date within reach, else its report's date. */
    static LocalDate day(Report r, QuantityMention q, String scope, LocalDate fallback) {
        if (!"occasion".equals(scope)) {
            return null;
        }
        LocalDate best = null;
        int bestDist = DAY_REACH + 1;
        for (Mention m : r.result().mentions()) {
            if (m instanceof TimeMention t && t.value() != null && (t.value().type() == TimexType.DATE || t.value().type() == TimexType.TIME)
                    && t.value().value() != null && t.value().value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                int d = t.end() <= q.start() ? q.start() - t.end() : t.start() >= q.end() ? t.start() - q.end() : 0;
                if (d < bestDist) {
                    bestDist = d;
                    best = LocalDate.parse(t.value().value().substring(0, 10));
                }
            }
        }
        return best != null ? best : fallback;
    }

    /** The group split into the quantities it holds. */
    static List<Part> split(List<Item> group) {
        if (Bounds.common(group.stream().map(i -> Bounds.of(i.q())).toList()) != null) {
            // figures that agree are one quantity whatever their scope and day
            String first = group.get(0).scope();
            boolean same = group.stream().allMatch(i -> java.util.Objects.equals(i.scope(), first));
            return List.of(new Part(group, same ? first : null, same ? group.get(0).day() : null));
        }
        Map<LocalDate, List<Item>> occasions = new LinkedHashMap<>();
        List<Item> rest = new ArrayList<>();
        for (Item it : group) {
            if ("occasion".equals(it.scope())) {
                occasions.computeIfAbsent(it.day(), d -> new ArrayList<>()).add(it);
            } else {
                rest.add(it);
            }
        }
        List<Part> out = new ArrayList<>();
        if (!rest.isEmpty()) {
            String scope = rest.stream().allMatch(i -> "cumulative".equals(i.scope())) ? "cumulative" : null;
            for (List<Item> c : byConcept(rest)) {
                out.add(new Part(c, scope, null));
            }
        }
        for (Map.Entry<LocalDate, List<Item>> e : occasions.entrySet()) {
            for (List<Item> c : byConcept(e.getValue())) {
                out.add(new Part(c, "occasion", e.getKey()));
            }
        }
        return out;
    }

    /** Whether one report gives two different values about things that share no word. */
    private static boolean distinct(List<Item> items) {
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                Item x = items.get(a);
                Item y = items.get(b);
                if (x.report() == y.report() && !x.words().isEmpty() && !y.words().isEmpty()
                        && x.q().value().compareTo(y.q().value()) != 0 && disjoint(x.words(), y.words())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String w : a) {
            if (b.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Item>> byConcept(List<Item> all) {
        if (all.size() < 2) {
            return List.of(all);
        }
        // words every concept of the group has ("strikes" in "strikes in Iraq", "strikes in Syria") tell nothing apart
        Set<String> common = null;
        for (Item it : all) {
            if (!it.words().isEmpty()) {
                if (common == null) {
                    common = new java.util.HashSet<>(it.words());
                } else {
                    common.retainAll(it.words());
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (Item it : all) {
            Set<String> w = new LinkedHashSet<>(it.words());
            if (common != null) {
                w.removeAll(common);
            }
            items.add(new Item(it.report(), it.q(), it.counted(), it.event(), it.date(), w, it.day(), it.scope()));
        }
        if (!distinct(items)) {
            return List.of(all);
        }
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                if (!items.get(a).words().isEmpty() && !disjoint(items.get(a).words(), items.get(b).words())) {
                    parent[find(parent, a)] = find(parent, b);
                }
            }
        }
        Map<Integer, List<Item>> clusters = new LinkedHashMap<>();
        List<Item> without = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).words().isEmpty()) {
                without.add(all.get(i));
            } else {
                clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
            }
        }
        List<List<Item>> out = new ArrayList<>(clusters.values());
        if (!without.isEmpty()) {
            List<Item> largest = out.stream().max((x, y) -> Integer.compare(x.size(), y.size())).orElse(null);
            if (largest == null) {
                out.add(without);
            } else {
                largest.addAll(without);
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The parts of breakdowns: right after a count ("66 times"), figures of the same report
     * whose values add up to it ("32 ... in Iraq and 34 ... in Syria"), within {@link #DAY_REACH}
     * code points. Returns the parts of each total, keyed by the total.
     */
    static Map<Item, List<Item>> breakdowns(List<Item> items) {
        Map<Item, List<Item>> out = new HashMap<>();
        Set<Item> taken = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item total = items.get(i);
            if (taken.contains(total) || total.q().value() == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<Item> parts = new ArrayList<>();
            for (int j = i + 1; j < items.size() && parts.size() < 6; j++) {
                Item p = items.get(j);
                if (p.report() != total.report() || p.q().start() - total.q().end() > DAY_REACH
                        || !p.q().dimension().equals(total.q().dimension()) || p.q().value() == null) {
                    break;
                }
                parts.add(p);
                sum = sum.add(p.q().value());
                if (parts.size() >= 2 && sum.compareTo(total.q().value()) == 0) {
                    out.put(total, List.copyOf(parts));
                    taken.addAll(parts);
                    break;
                }
                if (sum.compareTo(total.q().value()) > 0) {
                    break;
                }
            }
        }
        return out;
    }
}
