package io.dateline.anchor;

import io.dateline.anchor.zone.Region;
import io.dateline.value.Anchor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the anchor among the candidates of a document: the accepted candidate of the best
 * tier for the date wanted (see {@link PageSignalReader#tier}: the user's option, structured
 * publication data, the URL's date, a dated line or date-marked element in the article,
 * generic meta names, {@code time} elsewhere, visible dates elsewhere, the title), then
 * confidence from agreement between independent tiers, the modified date, and the page's own
 * day for a UTC timestamp. Package-private.
 */
final class AnchorChoice {

    /**
     * A candidate before the year of a year-less date is settled.
     *
     * @param tier lower is trusted more: 0 option, 1 metadata and structured data, 2 URL,
     *             3 dated lines and marked dates in the article, 4 generic meta, 5 time elsewhere,
     *             6 visible dates elsewhere and bylines, 7 title
     */
    record Pending(String source, String role, String text, Integer start, Integer end,
                   DateTimeReader.Reading reading, String note, int tier, AnchorRequest.Stage stage) {
    }

    /** Candidates down to this tier may outvote the best tier's candidate... */
    static final int OUTVOTE_TIER = 6;
    /** ...when this many more independent signals agree with them. */
    static final int OUTVOTE = 2;

    private final DateTimeReader reader;

    AnchorChoice(DateTimeReader reader) {
        this.reader = reader;
    }

    AnchorResult choose(List<Pending> pending, Region region, java.time.ZoneId zone, List<String> warnings,
                        List<AnchorRequest.Stage> order, AnchorRequest.Want want) {
        List<Pending> full = new ArrayList<>();
        for (Pending p : pending) {
            if (p.reading() instanceof DateTimeReader.Ok ok && ok.yearGiven()) {
                full.add(p);
            }
        }
        List<AnchorCandidate> candidates = new ArrayList<>();
        List<Integer> tiers = new ArrayList<>();
        for (Pending p : pending) {
            List<String> notes = p.note() == null ? List.of() : List.of(p.note());
            DateTimeReader.Reading r = p.reading();
            int tier = p.tier();
            if (r instanceof DateTimeReader.Ok ok && !ok.yearGiven()) {
                r = borrowYear(p, ok, full);
                tier = Math.max(tier, 6); // a borrowed year is weaker than the source it came from
            }
            if (r instanceof DateTimeReader.Failed f) {
                candidates.add(new AnchorCandidate(p.source(), p.role(), p.text(), p.start(), p.end(), null,
                        f.reason(), false, notes));
            } else {
                Anchor a = reader.anchor((DateTimeReader.Ok) r, p.source(), p.text(), p.start(), p.end(), region, zone);
                candidates.add(new AnchorCandidate(p.source(), p.role(), p.text(), p.start(), p.end(), a, null, false, notes));
            }
            tiers.add(tier);
        }
        DatedLists.demote(candidates, tiers);
        AnchorTrust.deepTextDates(candidates, tiers);
        List<Integer> rank = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            rank.add(i);
        }
        if (order.equals(AnchorRequest.DEFAULT_ORDER)) {
            rank.sort(Comparator.comparingInt(tiers::get));
        } else {
            // the caller's order of sources first, then the tiers within each
            List<AnchorRequest.Stage> stages = new ArrayList<>(new LinkedHashSet<>(order));
            rank.sort(Comparator.<Integer>comparingInt(i -> stages.indexOf(pending.get(i).stage())).thenComparingInt(tiers::get));
        }
        rank = agreeWithinTier(rank, candidates, tiers);

        int chosen = pick(candidates, rank, tiers, want);
        boolean updatedOnly = false;
        if (chosen < 0) {
            for (int i : rank) {
                if (candidates.get(i).accepted()) {
                    chosen = i;
                    updatedOnly = true;
                    break;
                }
            }
        }
        for (int i : rank) {
            if (i == chosen) {
                break;
            }
            AnchorCandidate c = candidates.get(i);
            if (!c.accepted() && !(updatedOnly && c.role().equals(AnchorCandidate.UPDATED)) 
                    && (tiers.get(i) <= 2 || c.source().equals("dateline") || c.source().equals("byline"))) {
                warnings.add(label(c) + " rejected: " + c.rejection() + "; trying the next source");
            }
        }
        if (chosen < 0) {
            warnings.add("no publication date found (looked at: " + looked(order) + ")");
            return new AnchorResult(null, candidates, warnings);
        }
        AnchorCandidate win = candidates.get(chosen);
        if (updatedOnly) {
            warnings.add("only an update time was found; " + label(win) + " used as the anchor");
        }
        Anchor anchor = AnchorTrust.localDay(win, tiers.get(chosen), candidates, tiers);
        anchor = AnchorTrust.confidence(anchor, chosen, candidates, tiers, updatedOnly, warnings);
        // the modified date: the best-ranked update of the page (the chosen one when it is one)
        for (int i : rank) {
            AnchorCandidate c = candidates.get(i);
            if (c.accepted() && c.role().equals(AnchorCandidate.UPDATED)) {
                anchor = anchor.withModified(i == chosen ? anchor.value() : c.anchor().value());
                break;
            }
        }
        if ((win.source().equals("metadata") || win.source().equals("dct")) && win.role().equals(AnchorCandidate.PUBLISHED)) {
            for (AnchorCandidate c : candidates) {
                if (c.accepted() && c != win && c.role().equals(AnchorCandidate.PUBLISHED)
                        && (c.source().equals("dateline") || c.source().equals("byline"))
                        && !c.anchor().date().equals(anchor.date())) {
                    warnings.add(win.source() + " gives " + anchor.date() + " but " + label(c) + " gives "
                            + c.anchor().date() + "; " + win.source() + " used");
                    break;
                }
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            AnchorCandidate c = candidates.get(i);
            if (i == chosen) {
                candidates.set(i, c.asChosen(anchor));
            } else if (c.accepted()) {
                String why = c.anchor().date().equals(anchor.date()) ? "agrees with the chosen " + win.source()
                        : c.role().equals(AnchorCandidate.UPDATED) && want != AnchorRequest.Want.MODIFIED ? "a modification date"
                        : want != AnchorRequest.Want.PUBLISHED ? "not the " + want.name().toLowerCase(java.util.Locale.ROOT) + " date"
                        : AnchorTrust.whyBelow(i, chosen, candidates, tiers);
                candidates.set(i, c.losing(why));
            }
        }
        return new AnchorResult(anchor, candidates, warnings);
    }

    /**
     * When accepted candidates of the same best tier give different days, the one more other
     * signals agree with goes first (ties keep the page's order).
     */
    private static List<Integer> agreeWithinTier(List<Integer> rank, List<AnchorCandidate> cs, List<Integer> tiers) {
        List<Integer> out = new ArrayList<>(rank);
        int first = -1;
        for (int i : rank) {
            if (cs.get(i).accepted() && !cs.get(i).role().equals(AnchorCandidate.UPDATED)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return out;
        }
        int tier = tiers.get(first);
        int best = first;
        int bestVotes = votes(first, cs, tiers);
        for (int i : rank) {
            AnchorCandidate c = cs.get(i);
            if (tiers.get(i) > Math.max(tier, OUTVOTE_TIER) || tier == 0 || !c.accepted()
                    || c.role().equals(AnchorCandidate.UPDATED) || c.anchor().date().equals(cs.get(first).anchor().date())) {
                continue;
            }
            // the same tier: more votes win; a lower tier must have OUTVOTE more
            int v = votes(i, cs, tiers);
            int needed = tiers.get(i) == tier ? bestVotes + 1 : bestVotes + OUTVOTE;
            if (v >= needed && v > bestVotes) {
                best = i;
                bestVotes = v;
            }
        }
        if (best != first) {
            // of the candidates giving the winning day, the best ranked one speaks for it
            java.time.LocalDate day = cs.get(best).anchor().date();
            int speaker = -1;
            for (int i : rank) {
                AnchorCandidate c = cs.get(i);
                if (c.accepted() && !c.role().equals(AnchorCandidate.UPDATED) && c.anchor().date().equals(day)
                        && speaker < 0) {
                    speaker = i;
                }
            }
            best = speaker;
            out.remove(Integer.valueOf(best));
            out.add(out.indexOf(first), best);
        }
        return out;
    }

    /**
     * How many other places of the page (a source in a tier: structured data, a meta name, the
     * URL, a visible element, the text) give the same day; the candidate's own place not counted.
     */
    static int votes(int i, List<AnchorCandidate> cs, List<Integer> tiers) {
        Set<String> agree = new LinkedHashSet<>();
        for (int j = 0; j < cs.size(); j++) {
            AnchorCandidate c = cs.get(j);
            if (j != i && c.accepted() && c.anchor().date().equals(cs.get(i).anchor().date())
                    && !(tiers.get(j).equals(tiers.get(i)) && c.source().equals(cs.get(i).source()))) {
                agree.add(c.source() + "/" + tiers.get(j));
            }
        }
        return agree.size();
    }

    private static int pick(List<AnchorCandidate> candidates, List<Integer> rank, List<Integer> tiers, AnchorRequest.Want want) {
        if (want == AnchorRequest.Want.MODIFIED) {
            for (int i : rank) {
                if (candidates.get(i).accepted() && candidates.get(i).role().equals(AnchorCandidate.UPDATED)) {
                    return i;
                }
            }
        }
        if (want == AnchorRequest.Want.DISPLAYED) {
            for (int i : rank) {
                AnchorCandidate c = candidates.get(i);
                // what a reader sees first, an "Updated …" line included
                if (c.accepted() && (c.source().equals("html") || c.source().equals("dateline") || c.source().equals("byline"))) {
                    return i;
                }
            }
        }
        for (int i : rank) {
            AnchorCandidate c = candidates.get(i);
            if (c.accepted() && !c.role().equals(AnchorCandidate.UPDATED)) {
                return i;
            }
        }
        return -1;
    }

    private static DateTimeReader.Reading borrowYear(Pending p, DateTimeReader.Ok ok, List<Pending> full) {
        for (Pending other : full) {
            if (other == p) {
                continue;
            }
            LocalDate ref = ((DateTimeReader.Ok) other.reading()).date();
            LocalDate best = null;
            for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
                if (ok.date().getMonthValue() == 2 && ok.date().getDayOfMonth() == 29 && !java.time.Year.isLeap(y)) {
                    continue;
                }
                LocalDate d = LocalDate.of(y, ok.date().getMonth(), ok.date().getDayOfMonth());
                if (best == null || Math.abs(ChronoUnit.DAYS.between(d, ref)) < Math.abs(ChronoUnit.DAYS.between(best, ref))) {
                    best = d;
                }
            }
            if (best != null) {
                return ok.withYear(best.getYear(), "'" + p.text() + "' has no year; " + best.getYear()
                        + " taken from " + other.source() + " '" + other.text() + "'");
            }
        }
        return new DateTimeReader.Failed("'" + p.text() + "' has no year and no other source gives one");
    }

    static String label(AnchorCandidate c) {
        String what = c.source().equals("option") ? "--published" : c.source();
        if (c.role().equals(AnchorCandidate.UPDATED)) {
            what += " (updated)";
        }
        String t = c.text().length() > 60 ? c.text().substring(0, 60) + "…" : c.text();
        return what + " '" + t + "'";
    }

    private static String looked(List<AnchorRequest.Stage> order) {
        List<String> parts = new ArrayList<>();
        for (AnchorRequest.Stage s : new LinkedHashSet<>(order)) {
            switch (s) {
                case OPTION -> parts.add("--published");
                case METADATA -> parts.add("metadata");
                default -> parts.add("the first " + DatelineScanner.MAX_LINES + " lines");
            }
        }
        return String.join(", ", parts) + "; pass --published to set one";
    }
}
