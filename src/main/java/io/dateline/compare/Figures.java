package io.dateline.compare;

import io.dateline.text.Token;
import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Groups the reports' figures by what they count or measure and by the event around them.
 * The key is the dimension, the unit, the counted noun and the event word: "12 people killed"
 * and "at least 15 people died" share person/killed. A counted noun that names the event itself
 * ("66 attacks") or stands for its occurrences ("attacked 151 times") counts the event. A
 * measurement or sum with no counted noun is grouped by its unit and event ("the river rose 3
 * meters"); a bare count with an event ("the toll rose to 15") joins the one group of its event
 * and dimension when there is exactly one; a bare count with neither stays alone. Ordinals are
 * not compared.
 */
final class Figures {

    private final EventWords events;

    Figures(EventWords events) {
        this.events = events;
    }

    /** How far (code points) a bare count may follow a counted figure to share its noun ("900 troops in Syria and 2,500 in Iraq"). */
    static final int ELLIPSIS_REACH = 40;

    private static String key(Quantities.Item it) {
        return it.q().dimension() + "|" + it.q().unit() + "|" + it.counted() + "|" + it.event();
    }

    List<FigureGroup> build(List<Report> reports, Function<Report, LocalDate> dateOf) {
        List<Quantities.Item> items = new ArrayList<>();
        for (Report r : reports) {
            List<Token> tokens = null;
            Quantities.Item prev = null;
            LocalDate date = dateOf.apply(r);
            for (Mention m : r.result().mentions()) {
                if (!(m instanceof QuantityMention q) || q.dimension().equals("ordinal")) {
                    continue;
                }
                if (tokens == null) {
                    tokens = EventWords.tokens(r.text());
                }
                String event = events.eventNear(r.text(), tokens, q);
                String counted = q.counted();
                if (counted != null && event != null
                        && (events.isOccurrence(counted) || event.equals(events.eventOf(counted)))) {
                    counted = event;
                }
                if (counted == null && q.unit() == null && prev != null && prev.counted() != null
                        && prev.q().dimension().equals(q.dimension()) && q.start() - prev.q().end() <= ELLIPSIS_REACH) {
                    counted = prev.counted(); // "900 troops in Syria and 2,500 in Iraq": the noun is left out
                    event = event == null ? prev.event() : event;
                }
                String scope = q.scope();
                if (scope == null && events.perOccasion(event) && counted != null && !counted.equals(event)) {
                    scope = "occasion"; // "strikes on two facilities": what one strike hit
                }
                Quantities.Item it = new Quantities.Item(r, q, counted, event, date, Quantities.words(q, counted),
                        Quantities.day(r, q, scope, date), scope);
                items.add(it);
                prev = it;
            }
        }
        Map<Quantities.Item, List<Quantities.Item>> breakdowns = Quantities.breakdowns(items);
        java.util.Set<Quantities.Item> asParts = new java.util.HashSet<>();
        breakdowns.values().forEach(asParts::addAll);
        Map<String, List<Quantities.Item>> groups = new LinkedHashMap<>();
        List<Quantities.Item> loose = new ArrayList<>();
        for (Quantities.Item it : items) {
            if (asParts.contains(it)) {
                continue;
            }
            if (it.counted() == null && it.q().unit() == null) {
                loose.add(it);
            } else {
                groups.computeIfAbsent(key(it), k -> new ArrayList<>()).add(it);
            }
        }
        for (Quantities.Item it : loose) {
            String home = it.event() == null ? null : onlyGroupOf(groups, it);
            if (home != null) {
                groups.get(home).add(it);
            } else {
                groups.computeIfAbsent(it.event() == null ? "alone|" + it.report().index() + "|" + it.q().start() : key(it),
                        k -> new ArrayList<>()).add(it);
            }
        }
        List<FigureGroup> out = new ArrayList<>();
        for (List<Quantities.Item> g : groups.values()) {
            for (Quantities.Part part : Quantities.split(g)) {
                out.add(group(part, breakdowns));
            }
        }
        // groups several reports give first, then by size, then in order of appearance
        List<FigureGroup> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt((FigureGroup f) -> -f.reports().size())
                .thenComparingInt(f -> -f.values().size()));
        return sorted;
    }

    /** The key of the one counted group with the figure's dimension, unit and event, or null. */
    private static String onlyGroupOf(Map<String, List<Quantities.Item>> groups, Quantities.Item it) {
        String found = null;
        for (Map.Entry<String, List<Quantities.Item>> e : groups.entrySet()) {
            Quantities.Item first = e.getValue().get(0);
            if (first.counted() != null && Objects.equals(first.event(), it.event())
                    && first.q().dimension().equals(it.q().dimension()) && Objects.equals(first.q().unit(), it.q().unit())) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    private static FigureGroup group(Quantities.Part part, Map<Quantities.Item, List<Quantities.Item>> breakdowns) {
        List<Quantities.Item> g = new ArrayList<>(part.items());
        g.sort(Comparator.comparing(Quantities.Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(i -> i.report().index())
                .thenComparingInt(i -> i.q().start()));
        List<FigureGroup.Value> values = g.stream().map(i -> new FigureGroup.Value(i.report(), i.q(), i.date())).toList();
        List<FigureGroup.Value> parts = new ArrayList<>();
        for (Quantities.Item i : g) {
            for (Quantities.Item p : breakdowns.getOrDefault(i, List.of())) {
                parts.add(new FigureGroup.Value(p.report(), p.q(), p.date()));
            }
        }
        Quantities.Item head = g.stream().filter(i -> i.counted() != null).findFirst().orElse(g.get(0));
        QuantityMention.Concept concept = g.stream().map(i -> i.q().concept()).filter(Objects::nonNull).findFirst().orElse(null);
        Bounds common = Bounds.common(values.stream().map(v -> Bounds.of(v.figure())).toList());
        String why = why(head, concept, part);
        String note = Notes.of(values, common);
        return new FigureGroup(head.counted(), head.q().dimension(), head.q().unit(), head.event(),
                values, common != null, note, concept == null ? null : concept.text(), part.scope(), part.day(),
                parts, why);
    }

    /** Why the figures of a group are taken to be one quantity, in words. */
    private static String why(Quantities.Item head, QuantityMention.Concept concept, Quantities.Part part) {
        StringBuilder sb = new StringBuilder();
        sb.append(head.counted() != null ? "each counts " + head.counted()
                : head.q().unit() != null ? "each is in " + head.q().unit() : "each is a " + head.q().dimension());
        if (head.event() != null) {
            sb.append(", event ").append(head.event());
        }
        if (concept != null) {
            sb.append(", about ").append(concept.text());
        }
        if ("cumulative".equals(part.scope())) {
            sb.append(", a running total");
        } else if ("occasion".equals(part.scope())) {
            sb.append(", one occasion").append(part.day() == null ? "" : " on " + part.day());
        }
        return sb.toString();
    }
}
