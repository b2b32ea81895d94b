package io.dateline.compare;

import io.dateline.Dateline;
import io.dateline.value.Anchor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds reports whose anchor is far from the anchors of the other versions of their story.
 *
 * <p>Two reports are versions of one story ("mates") when they share at least
 * {@link #MIN_SHARED} identical items ({@link Evidence}): figures, times with a written year,
 * and relative times, the last compared after reading the first report against the second's
 * anchor when their anchors are far apart (so "since March 2" of a report dated a year off counts
 * once it is read in the right year); a bare weekday read that way ("Tuesday") does not count
 * towards the three, since any report of that week says it. At least one shared item must not depend on the anchor
 * (a figure or a written date): two stories that both say "on Tuesday" are not one story.
 *
 * <p>A report gets a conflict when it has mates, no report with an anchor within
 * {@link #NEAR_DAYS} days of its own shares {@link #MIN_CORROBORATION} items with it (a mate or
 * not: another story of the same chain that repeats some background is no reason to doubt a
 * date that a report of its own day backs), and, read against the date its mates agree on (the one
 * with the most shared items), at least one of its relative times falls on theirs that did not
 * under its own anchor. The last test spares a genuine follow-up published later, whose "on
 * Tuesday" is its own week's. When the
 * only mate is a single report, the less trusted anchor of the two (more warnings, then a weaker
 * source: a dateline or byline below metadata or an option) is the one flagged; when neither is
 * less trusted, nothing is flagged and a warning says so. A report of another story (other
 * figures, other events) is never flagged for having another date.
 */
final class AnchorConflicts {

    /** Anchors this many days apart or fewer are the same publication (a story updated next day). */
    static final int NEAR_DAYS = 7;
    /** Identical items two reports must share to be versions of one story. */
    static final int MIN_SHARED = 3;
    /** Items a report near in date must share with a report to back its anchor. */
    static final int MIN_CORROBORATION = 2;
    /** At most this many shared items are named in a reason. */
    static final int MAX_NAMED = 4;

    private final Dateline dateline;
    private final Map<String, Evidence> own = new HashMap<>();
    private final Map<String, Evidence> reread = new HashMap<>();

    AnchorConflicts(Dateline dateline) {
        this.dateline = dateline;
    }

    /** The conflicts by report id, and warnings for pairs that cannot be settled. */
    record Found(Map<String, AnchorConflict> conflicts, List<String> warnings) {
    }

    /** Another version of a report's story and what they share. */
    private record Mate(Report report, Set<String> anchorFree, Set<String> relative) {
        int score() {
            return anchorFree.size() + relative.size();
        }
    }

    Found find(List<Report> reports) {
        for (Report r : reports) {
            own.put(r.id(), Evidence.of(r.result()));
        }
        Map<String, AnchorConflict> conflicts = new LinkedHashMap<>();
        Set<String> warnings = new LinkedHashSet<>();
        for (Report a : reports) {
            if (a.date() == null) {
                continue;
            }
            List<Mate> mates = mates(a, reports);
            if (mates.isEmpty() || corroborated(a, reports)) {
                continue;
            }
            LocalDate pick = mates.stream().map(m -> m.report().date()).distinct()
                    .max(Comparator.comparingInt((LocalDate d) -> support(mates, d)).thenComparing(Comparator.reverseOrder()))
                    .orElseThrow();
            List<Mate> group = mates.stream().filter(m -> near(pick, m.report().date())).toList();
            LocalDate suggested = mode(group);
            Evidence at = reread(a, suggested);
            Map<String, String> lined = new LinkedHashMap<>();
            for (Mate m : group) {
                for (String k : at.relative().keySet()) {
                    // a time that falls on theirs under its own anchor too ("since March 2" in two
                    // reports of one year) says nothing about which anchor is right
                    if (own.get(m.report().id()).relative().containsKey(k) && !own.get(a.id()).relative().containsKey(k)) {
                        lined.putIfAbsent(k, at.relative().get(k));
                    }
                }
            }
            if (lined.isEmpty()) {
                continue;
            }
            if (group.size() == 1 && !lessTrusted(a.anchor(), group.get(0).report().anchor())) {
                Report b = group.get(0).report();
                if (!lessTrusted(b.anchor(), a.anchor())) {
                    String[] pair = a.index() < b.index() ? new String[] {a.id(), b.id()} : new String[] {b.id(), a.id()};
                    warnings.add(pair[0] + " and " + pair[1] + " look like versions of one story but their anchors are "
                            + days(a.date(), b.date()) + " days apart; which one is wrong cannot be told");
                }
                continue;
            }
            conflicts.put(a.id(), conflict(a, group, suggested, lined));
        }
        return new Found(conflicts, List.copyOf(warnings));
    }

    private List<Mate> mates(Report a, List<Report> reports) {
        Evidence ea = own.get(a.id());
        List<Mate> out = new ArrayList<>();
        for (Report b : reports) {
            if (b == a || b.date() == null) {
                continue;
            }
            Evidence eb = own.get(b.id());
            Set<String> free = new LinkedHashSet<>();
            shared(ea.figures(), eb.figures(), free);
            shared(ea.written(), eb.written(), free);
            if (free.isEmpty()) {
                continue;
            }
            Set<String> rel = new LinkedHashSet<>();
            boolean near = near(a.date(), b.date());
            Evidence read = near ? ea : reread(a, b.date());
            shared(read.relative(), eb.relative(), rel);
            // a weekday that only lands on theirs once read against their date ("Tuesday") proves
            // little: any report of that week says it; a day with its number ("March 2") counts
            int items = free.size() + (near ? rel.size() : (int) rel.stream().filter(AnchorConflicts::numbered).count());
            if (items >= MIN_SHARED) {
                out.add(new Mate(b, free, rel));
            }
        }
        return out;
    }

    /**
     * Whether another report with an anchor near this one's shares at least
     * {@link #MIN_CORROBORATION} items with it (figures, dates, relative times as both read them):
     * then the anchor is not alone, and a story of the same chain that repeats some background
     * ("900 troops", "in 2014") does not make it look wrong.
     */
    private boolean corroborated(Report a, List<Report> reports) {
        Evidence ea = own.get(a.id());
        for (Report b : reports) {
            if (b == a || b.date() == null || !near(a.date(), b.date())) {
                continue;
            }
            Evidence eb = own.get(b.id());
            Set<String> both = new LinkedHashSet<>();
            shared(ea.figures(), eb.figures(), both);
            shared(ea.written(), eb.written(), both);
            shared(ea.relative(), eb.relative(), both);
            if (both.size() >= MIN_CORROBORATION) {
                return true;
            }
        }
        return false;
    }

    /** Whether a time as written has a number in it ("March 2", "October 17"), not a bare weekday. */
    private static boolean numbered(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static void shared(Map<String, String> x, Map<String, String> y, Set<String> into) {
        x.forEach((k, text) -> {
            if (y.containsKey(k)) {
                into.add(text);
            }
        });
    }

    /** The report read again against another date (cached). */
    private Evidence reread(Report a, LocalDate date) {
        return reread.computeIfAbsent(a.id() + "@" + date, k ->
                Evidence.of(dateline.process(a.id(), a.text(), Anchor.ofDate(date, "compare"))));
    }

    private static int support(List<Mate> mates, LocalDate d) {
        return mates.stream().filter(m -> near(d, m.report().date())).mapToInt(Mate::score).sum();
    }

    /** The date most of the group's anchors say; on a tie, the earliest. */
    private static LocalDate mode(List<Mate> group) {
        Map<LocalDate, Integer> n = new HashMap<>();
        group.forEach(m -> n.merge(m.report().date(), 1, Integer::sum));
        return n.entrySet().stream().max(Map.Entry.<LocalDate, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private AnchorConflict conflict(Report a, List<Mate> group, LocalDate suggested, Map<String, String> lined) {
        Set<String> free = new LinkedHashSet<>();
        group.forEach(m -> free.addAll(m.anchorFree()));
        List<String> others = group.stream().map(m -> m.report().id()).toList();
        long d = ChronoUnit.DAYS.between(suggested, a.date());
        String reason = "shares " + free.size() + (free.size() == 1 ? " figure or date" : " figures and dates") + " with "
                + join(others) + " (" + named(free) + "), whose anchors say " + suggested + "; read against "
                + suggested + ", " + lined.size() + " of its relative times " + (lined.size() == 1 ? "falls" : "fall") + " on theirs (" + named(lined.values())
                + "); its own anchor " + a.date() + " is " + Math.abs(d) + " days " + (d > 0 ? "later" : "earlier");
        return new AnchorConflict(reason, others, suggested);
    }

    private static String named(java.util.Collection<String> texts) {
        List<String> l = List.copyOf(new LinkedHashSet<>(texts));
        String s = String.join(", ", l.subList(0, Math.min(MAX_NAMED, l.size())));
        return l.size() > MAX_NAMED ? s + ", ..." : s;
    }

    private static String join(List<String> ids) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    static boolean near(LocalDate x, LocalDate y) {
        return days(x, y) <= NEAR_DAYS;
    }

    private static long days(LocalDate x, LocalDate y) {
        return Math.abs(ChronoUnit.DAYS.between(x, y));
    }

    /** Whether anchor x is less to be trusted than y: more warnings, then a weaker source. */
    static boolean lessTrusted(Anchor x, Anchor y) {
        if (x.warnings().size() != y.warnings().size()) {
            return x.warnings().size() > y.warnings().size();
        }
        return rank(x.source()) > rank(y.source());
    }

    private static int rank(String source) {
        return switch (source) {
            case "option" -> 0;
            case "metadata", "dct" -> 1;
            case "byline" -> 2;
            case "dateline" -> 3;
            default -> 4;
        };
    }
}
