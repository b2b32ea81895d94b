package io.dateline.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Value + unit scores as CQE scores NewsQuant, and value scores per dimension. A gold quantity
 * and a reading match on unit when their values agree (as for value F1, one to one) and their
 * unit names agree after {@link UnitNames#normalize}. Per dimension: a reading counts under its
 * own dimension; a gold quantity under the dimension of the reading it matched, else under the
 * dimension its unit name suggests ({@code percent}, {@code money}, {@code duration},
 * {@code age}, {@code measure}, or {@code count}).
 *
 * @param matched    value + unit matches
 * @param dimensions per dimension: gold, system, value matches, value + unit matches
 */
public record UnitScores(int matched, Map<String, int[]> dimensions) {

    static final UnitScores EMPTY = new UnitScores(0, Map.of());

    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, int[]> e : dimensions.entrySet()) {
            int[] c = e.getValue();
            Prf v = Prf.of(c[2], c[1], c[0]);
            Prf u = Prf.of(c[3], c[1], c[0]);
            sb.append(String.format(Locale.ROOT, "  %-11s gold %3d  system %3d  value F1 %.3f  value+unit F1 %.3f%n",
                    e.getKey(), c[0], c[1], v.f1(), u.f1()));
        }
        return sb.toString();
    }

    public void toJson(ObjectNode o) {
        for (Map.Entry<String, int[]> e : dimensions.entrySet()) {
            int[] c = e.getValue();
            ObjectNode d = o.putObject(e.getKey());
            d.put("gold", c[0]);
            d.put("system", c[1]);
            d.put("valueMatched", c[2]);
            d.put("valueUnitMatched", c[3]);
            d.put("valueF1", Prf.of(c[2], c[1], c[0]).f1());
            d.put("valueUnitF1", Prf.of(c[3], c[1], c[0]).f1());
        }
    }

    /** Collects the scores sentence by sentence. */
    static final class Builder {
        private int matched;
        private final Map<String, int[]> dims = new TreeMap<>();

        void add(NewsQuant.Item it, List<QuantityReadings.Reading> sys, List<QuantityEvaluation.Miss> misses) {
            List<NewsQuant.Quantity> gold = it.quantities();
            for (QuantityReadings.Reading r : sys) {
                dim(r.dimension())[1]++;
            }
            // value matches, as value F1 finds them, give each gold quantity its dimension
            boolean[] used = new boolean[sys.size()];
            for (NewsQuant.Quantity q : gold) {
                int hit = -1;
                for (int s = 0; s < sys.size() && hit < 0; s++) {
                    if (!used[s] && q.value().agrees(sys.get(s).value())) {
                        hit = s;
                    }
                }
                if (hit >= 0) {
                    used[hit] = true;
                    int[] c = dim(sys.get(hit).dimension());
                    c[0]++;
                    c[2]++;
                } else {
                    dim(guess(q.normalizedUnit()))[0]++;
                }
            }
            // value + unit, one to one again under both conditions
            boolean[] used2 = new boolean[sys.size()];
            List<Integer> unitMissed = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                NewsQuant.Quantity q = gold.get(g);
                String gu = UnitNames.normalize(q.normalizedUnit());
                boolean found = false;
                for (int s = 0; s < sys.size() && !found; s++) {
                    QuantityReadings.Reading r = sys.get(s);
                    if (!used2[s] && q.value().agrees(r.value()) && gu.equals(UnitNames.normalize(r.unit()))) {
                        used2[s] = true;
                        found = true;
                        matched++;
                        dim(r.dimension())[3]++;
                    }
                }
                if (!found) {
                    unitMissed.add(g);
                }
            }
            for (int g : unitMissed) {
                NewsQuant.Quantity q = gold.get(g);
                for (QuantityReadings.Reading r : sys) {
                    if (q.value().agrees(r.value())) {
                        misses.add(new QuantityEvaluation.Miss(it.index(), "unit", q.value() + " [" + q.normalizedUnit() + "]",
                                r.value() + " [" + r.unit() + "] '" + r.text() + "'", it.text()));
                        break;
                    }
                }
            }
        }

        private int[] dim(String d) {
            return dims.computeIfAbsent(d, k -> new int[4]);
        }

        private static String guess(String name) {
            String n = UnitNames.normalize(name);
            if (n.startsWith("percentage")) {
                return "percent";
            }
            if (n.equals("year of age")) {
                return "age";
            }
            if (n.matches("(?:year|month|week|day|hour|minute|second)")) {
                return "duration";
            }
            if (n.matches(".*(?:dollar|euro|pound sterling|yen|yuan|cent|rupee|franc|krone|shekel|ringgit|won|peso|ruble|real|rand|lira).*")) {
                return "money";
            }
            return n.equals("-") || !UnitNames.knows(n) ? "count" : "measure";
        }

        UnitScores build() {
            Map<String, int[]> copy = new TreeMap<>();
            dims.forEach((k, v) -> copy.put(k, v.clone()));
            return new UnitScores(matched, java.util.Collections.unmodifiableMap(copy));
        }
    }
}
