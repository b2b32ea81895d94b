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

    /** One figure with the key parts found for it. */
    private record Item(Report report, QuantityMention q, String counted, String event, LocalDate date) {
        String key() {
            return q.dimension() + "|" + q.unit() + "|" + counted + "|" + event;
        }
    }

    List<FigureGroup> build(List<Report> reports, Function<Report, LocalDate> dateOf) {
        List<Item> items = new ArrayList<>();
        for (Report r : reports) {
            List<Token> tokens = null;
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
                items.add(new Item(r, q, counted, event, dateOf.apply(r)));
            }
        }
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        List<Item> loose = new ArrayList<>();
        for (Item it : items) {
            if (it.counted() == null && it.q().unit() == null) {
                loose.add(it);
            } else {
                groups.computeIfAbsent(it.key(), k -> new ArrayList<>()).add(it);
            }
        }
        for (Item it : loose) {
            String home = it.event() == null ? null : onlyGroupOf(groups, it);
            if (home != null) {
                groups.get(home).add(it);
            } else {
                groups.computeIfAbsent(it.event() == null ? "alone|" + it.report().index() + "|" + it.q().start() : it.key(),
                        k -> new ArrayList<>()).add(it);
            }
        }
        List<FigureGroup> out = new ArrayList<>();
        for (List<Item> g : groups.values()) {
            out.add(group(g));
        }
        // groups several reports give first, then by size, then in order of appearance
        List<FigureGroup> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt((FigureGroup f) -> -f.reports().size())
                .thenComparingInt(f -> -f.values().size()));
        return sorted;
    }

    /** The key of the one counted group with the figure's dimension, unit and event, or null. */
    private static String onlyGroupOf(Map<String, List<Item>> groups, Item it) {
        String found = null;
        for (Map.Entry<String, List<Item>> e : groups.entrySet()) {
            Item first = e.getValue().get(0);
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

    private static FigureGroup group(List<Item> items) {
        List<Item> g = new ArrayList<>(items);
        g.sort(Comparator.comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(i -> i.report().index())
                .thenComparingInt(i -> i.q().start()));
        List<FigureGroup.Value> values = g.stream().map(i -> new FigureGroup.Value(i.report(), i.q(), i.date())).toList();
        Item head = g.stream().filter(i -> i.counted() != null).findFirst().orElse(g.get(0));
        Bounds common = Bounds.common(values.stream().map(v -> Bounds.of(v.figure())).toList());
        return new FigureGroup(head.counted(), head.q().dimension(), head.q().unit(), head.event(),
                values, common != null, Notes.of(values, common));
    }
}
