package io.dateline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.Dateline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores Dateline's figures against NewsQuant gold the benchmark's way: per sentence, gold and
 * system quantities are matched one to one when their values agree (relative tolerance 1e-5,
 * ranges only with ranges); value F1 counts those matches, value+change F1 the matches whose
 * change also agrees (matched one to one again under both conditions).
 */
public final class QuantityEvaluation {

    /** What went wrong in one sentence (for {@code --errors}). */
    public record Miss(int item, String kind, String gold, String system, String text) {
    }

    /** The scores and misses. */
    public record Report(int sentences, int gold, int system, int valueMatched, int changeMatched, List<Miss> misses,
                         UnitScores units) {

        public Report(int sentences, int gold, int system, int valueMatched, int changeMatched, List<Miss> misses) {
            this(sentences, gold, system, valueMatched, changeMatched, misses, UnitScores.EMPTY);
        }

        public Prf valueAndUnit() {
            return Prf.of(units.matched(), system, gold);
        }

        public Prf value() {
            return Prf.of(valueMatched, system, gold);
        }

        public Prf valueAndChange() {
            return Prf.of(changeMatched, system, gold);
        }

        public String toText(boolean errors) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "sentences %d, gold quantities %d, system quantities %d%n", sentences,
                    gold, system));
            sb.append(line("value", valueMatched, value()));
            sb.append(line("value+change", changeMatched, valueAndChange()));
            sb.append(line("value+unit", units.matched(), valueAndUnit()));
            sb.append(units.toText());
            if (errors) {
                for (Miss m : misses) {
                    sb.append(String.format(Locale.ROOT, "%n#%d %s gold=%s system=%s | %s", m.item(), m.kind(),
                            m.gold(), m.system(), m.text()));
                }
                sb.append(System.lineSeparator());
            }
            return sb.toString().stripTrailing();
        }

        private static String line(String name, int matched, Prf p) {
            return String.format(Locale.ROOT, "%-13s matched %4d  P %.3f  R %.3f  F1 %.3f%n", name, matched,
                    p.precision(), p.recall(), p.f1());
        }

        public String toJson(boolean errors) {
            ObjectMapper om = new ObjectMapper();
            ObjectNode o = om.createObjectNode();
            o.put("sentences", sentences);
            o.put("gold", gold);
            o.put("system", system);
            prf(o.putObject("value"), valueMatched, value());
            prf(o.putObject("valueChange"), changeMatched, valueAndChange());
            prf(o.putObject("valueUnit"), units.matched(), valueAndUnit());
            units.toJson(o.putObject("dimensions"));
            if (errors) {
                ArrayNode a = o.putArray("errors");
                for (Miss m : misses) {
                    ObjectNode e = a.addObject();
                    e.put("item", m.item());
                    e.put("kind", m.kind());
                    e.put("gold", m.gold());
                    e.put("system", m.system());
                    e.put("text", m.text());
                }
            }
            try {
                return om.writeValueAsString(o);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static void prf(ObjectNode o, int matched, Prf p) {
            o.put("matched", matched);
            o.put("precision", p.precision());
            o.put("recall", p.recall());
            o.put("f1", p.f1());
        }
    }

    private QuantityEvaluation() {
    }

    public static Report run(List<NewsQuant.Item> items, Dateline dateline) {
        int gold = 0;
        int system = 0;
        int vm = 0;
        int cm = 0;
        List<Miss> misses = new ArrayList<>();
        UnitScores.Builder units = new UnitScores.Builder();
        io.dateline.grammar.Lexicon numberWords = dateline.grammar().lexicon("num.word");
        for (NewsQuant.Item it : items) {
            List<QuantityReadings.Reading> sys = QuantityReadings.of(dateline.process("newsquant#" + it.index(), it.text(), null),
                    numberWords);
            gold += it.quantities().size();
            system += sys.size();
            boolean[] used = new boolean[sys.size()];
            boolean[] goldHit = new boolean[it.quantities().size()];
            for (int g = 0; g < it.quantities().size(); g++) {
                NewsQuant.Quantity q = it.quantities().get(g);
                for (int s = 0; s < sys.size(); s++) {
                    if (!used[s] && q.value().agrees(sys.get(s).value())) {
                        used[s] = true;
                        goldHit[g] = true;
                        vm++;
                        if (!q.change().equals(sys.get(s).change())) {
                            misses.add(new Miss(it.index(), "change", q.value() + " " + q.change(),
                                    sys.get(s).value() + " " + sys.get(s).change() + " '" + sys.get(s).text() + "'",
                                    it.text()));
                        }
                        break;
                    }
                }
            }
            units.add(it, sys, misses);
            boolean[] used2 = new boolean[sys.size()];
            for (NewsQuant.Quantity q : it.quantities()) {
                for (int s = 0; s < sys.size(); s++) {
                    if (!used2[s] && q.value().agrees(sys.get(s).value()) && q.change().equals(sys.get(s).change())) {
                        used2[s] = true;
                        cm++;
                        break;
                    }
                }
            }
            for (int g = 0; g < goldHit.length; g++) {
                if (!goldHit[g]) {
                    NewsQuant.Quantity q = it.quantities().get(g);
                    misses.add(new Miss(it.index(), "missed", q.value() + " " + q.unit() + " " + q.change(), null, it.text()));
                }
            }
            for (int s = 0; s < used.length; s++) {
                if (!used[s]) {
                    QuantityReadings.Reading r = sys.get(s);
                    misses.add(new Miss(it.index(), "spurious", null, r.value() + " " + r.change() + " '" + r.text() + "'",
                            it.text()));
                }
            }
        }
        return new Report(items.size(), gold, system, vm, cm, List.copyOf(misses), units.build());
    }
}
