package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scores what Dateline's figures are about ({@code concept.words}) against NewsQuant's gold
 * {@code referred_concepts} the way CQE's evaluation does: over the pairs of figures whose
 * values match (the same one-to-one pairs as value F1, so precision is over all our figures
 * and recall over all gold ones), the gold string split into words on spaces and commas, ours
 * the concept's words or a single "-" when we have none (which matches a gold "-"), both
 * lower-cased. Partial: the two share a word; complete: the same words and the same number of them.
 */
public final class ConceptEvaluation {

    /** One value-matched pair whose concepts do not agree completely. */
    public record Miss(int item, String gold, String system, boolean partial, String figure, String text) {
    }

    /** The counts. */
    public record Report(int gold, int system, int pairs, int partial, int complete, List<Miss> misses) {

        public Prf partialPrf() {
            return Prf.of(partial, system, gold);
        }

        public Prf completePrf() {
            return Prf.of(complete, system, gold);
        }

        public String toText(boolean errors) {
            StringBuilder sb = new StringBuilder();
            sb.append(line("concept~", partial, partialPrf()));
            sb.append(line("concept=", complete, completePrf()));
            if (errors) {
                for (Miss m : misses) {
                    sb.append(String.format(Locale.ROOT, "%n#%d concept%s gold=[%s] system=[%s] '%s' | %s", m.item(),
                            m.partial() ? "~" : "-", m.gold(), m.system(), m.figure(), m.text()));
                }
                sb.append(System.lineSeparator());
            }
            return sb.toString().stripTrailing();
        }

        private static String line(String name, int matched, Prf p) {
            return String.format(Locale.ROOT, "%-13s matched %4d  P %.3f  R %.3f  F1 %.3f%n", name, matched,
                    p.precision(), p.recall(), p.f1());
        }

        /** Adds {@code conceptPartial} and {@code conceptComplete} to a JSON report. */
        public void addTo(ObjectNode o) {
            prf(o.putObject("conceptPartial"), partial, partialPrf());
            prf(o.putObject("conceptComplete"), complete, completePrf());
        }

        private static void prf(ObjectNode o, int matched, Prf p) {
            o.put("matched", matched);
            o.put("precision", p.precision());
            o.put("recall", p.recall());
            o.put("f1", p.f1());
        }
    }

    private ConceptEvaluation() {
    }

    /** The gold {@code referred_concepts} of every quantity, per item, in the order of {@link NewsQuant#read}. */
    public static List<List<String>> goldConcepts(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        List<List<String>> out = new ArrayList<>();
        for (JsonNode it : root) {
            List<String> cs = new ArrayList<>();
            for (JsonNode q : it.path("quantities")) {
                cs.add(q.path("referred_concepts").asText("-"));
            }
            out.add(cs);
        }
        return out;
    }

    /** Words of a gold concept: split on spaces and commas, lower-cased. */
    static List<String> goldWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[ ,]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out.isEmpty() ? List.of("-") : out;
    }

    /** Words of our concept, lower-cased, or "-" when there is none. */
    static List<String> systemWords(QuantityMention.Concept c) {
        if (c == null || c.words().isEmpty()) {
            return List.of("-");
        }
        List<String> out = new ArrayList<>();
        for (String w : c.words()) {
            out.addAll(goldWords(w));
        }
        return out;
    }

    static boolean partial(List<String> g, List<String> s) {
        for (String w : s) {
            if (g.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean complete(List<String> g, List<String> s) {
        if (g.size() != s.size()) {
            return false;
        }
        String[] a = g.toArray(new String[0]);
        String[] b = s.toArray(new String[0]);
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }

    public static Report run(List<NewsQuant.Item> items, List<List<String>> concepts, Dateline dateline) {
        int gold = 0;
        int system = 0;
        int pairs = 0;
        int part = 0;
        int comp = 0;
        List<Miss> misses = new ArrayList<>();
        io.dateline.grammar.Lexicon numberWords = dateline.grammar().lexicon("num.word");
        for (NewsQuant.Item it : items) {
            DocumentResult res = dateline.process("newsquant#" + it.index(), it.text(), null);
            List<QuantityReadings.Reading> sys = QuantityReadings.of(res, numberWords);
            List<String> gc = it.index() < concepts.size() ? concepts.get(it.index()) : List.of();
            gold += it.quantities().size();
            system += sys.size();
            boolean[] used = new boolean[sys.size()];
            for (int g = 0; g < it.quantities().size(); g++) {
                NewsQuant.Quantity q = it.quantities().get(g);
                for (int s = 0; s < sys.size(); s++) {
                    if (!used[s] && q.value().agrees(sys.get(s).value())) {
                        used[s] = true;
                        pairs++;
                        List<String> gw = goldWords(g < gc.size() ? gc.get(g) : "-");
                        List<String> sw = systemWords(conceptAt(res, sys.get(s).start()));
                        boolean p = partial(gw, sw);
                        boolean c = complete(gw, sw);
                        part += p ? 1 : 0;
                        comp += c ? 1 : 0;
                        if (!c) {
                            misses.add(new Miss(it.index(), String.join(" ", gw), String.join(" ", sw), p,
                                    sys.get(s).text(), it.text()));
                        }
                        break;
                    }
                }
            }
        }
        return new Report(gold, system, pairs, part, comp, List.copyOf(misses));
    }

    /** The concept of the figure (or the second figure of a pair) that starts at {@code start}. */
    private static QuantityMention.Concept conceptAt(DocumentResult r, int start) {
        for (Mention m : r.mentions()) {
            if (m instanceof QuantityMention q && (q.start() == start || q.paired() != null && q.paired().start() == start)) {
                return q.concept();
            }
        }
        return null;
    }

    /** The report as JSON with the concept scores added ({@code base} is {@link QuantityEvaluation.Report#toJson}). */
    public static String merge(String base, Report r, boolean errors) {
        try {
            ObjectMapper om = new ObjectMapper();
            ObjectNode o = (ObjectNode) om.readTree(base);
            r.addTo(o);
            if (errors) {
                ArrayNode a = o.putArray("conceptErrors");
                for (Miss m : r.misses()) {
                    ObjectNode e = a.addObject();
                    e.put("item", m.item());
                    e.put("gold", m.gold());
                    e.put("system", m.system());
                    e.put("partial", m.partial());
                    e.put("figure", m.figure());
                    e.put("text", m.text());
                }
            }
            return om.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
