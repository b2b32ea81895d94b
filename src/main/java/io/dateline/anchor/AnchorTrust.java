package io.dateline.anchor;

import io.dateline.value.Anchor;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How far the chosen anchor is to be trusted and what it means for the page: the page's own day
 * for a UTC timestamp, the confidence level with its reason, why a candidate lost, and which
 * dates of the running text may speak for the page at all. Part of {@link AnchorChoice};
 * package-private.
 */
final class AnchorTrust {

    /** A page giving this many different days (an archive, a list of dated items) is uncertain. */
    static final int MANY_DAYS = 40;
    /**
     * An unlabelled date of the article text is a publication date only in the text's first
     * lines, where a byline or dateline sits (the span the dateline scanner reads), in code points; deeper, it is the date of
     * an event unless another signal of the page gives the same day.
     */
    static final int TEXT_LEAD = DatelineScanner.MAX_CHARS;
    /** The tier of the article text's first date (see {@link PageSignalReader#textFallback}). */
    static final int TEXT_TIER = 8;

    private AnchorTrust() {
    }

    /**
     * Rejects the article text's first date when it sits deep in the text and no other signal
     * of the page gives its day: an event date ("On 26 May the council voted") is not the
     * anchor.
     */
    static void deepTextDates(List<AnchorCandidate> cs, List<Integer> tiers) {
        for (int i = 0; i < cs.size(); i++) {
            AnchorCandidate c = cs.get(i);
            if (tiers.get(i) != TEXT_TIER || !c.source().equals("text") || !c.accepted()
                    || c.start() == null || c.start() < TEXT_LEAD) {
                continue;
            }
            boolean agreed = false;
            for (int j = 0; j < cs.size() && !agreed; j++) {
                AnchorCandidate o = cs.get(j);
                agreed = j != i && o.accepted() && !o.source().equals("text") && o.anchor().date().equals(c.anchor().date());
            }
            if (!agreed) {
                cs.set(i, new AnchorCandidate(c.source(), c.role(), c.text(), c.start(), c.end(), null,
                        "a date " + c.start() + " characters into the article text, not where a publication date sits,"
                                + " and no other signal of the page gives its day (an event date?)", false, c.notes()));
            }
        }
    }

    /** Why candidate {@code i} ranked below the chosen one, naming what broke a tie of tiers. */
    static String whyBelow(int i, int chosen, List<AnchorCandidate> cs, List<Integer> tiers) {
        String win = cs.get(chosen).source();
        int ti = tiers.get(i);
        int tc = tiers.get(chosen);
        if (ti != tc) {
            return "ranked below the chosen " + win + " (tier " + ti + " vs " + tc + ")";
        }
        int vi = AnchorChoice.votes(i, cs, tiers);
        int vc = AnchorChoice.votes(chosen, cs, tiers);
        if (vc > vi) {
            return "the same tier (" + ti + ") as the chosen " + win + ", which more places of the page agree with ("
                    + vc + " vs " + vi + ")";
        }
        return "the same tier (" + ti + ") as the chosen " + win + " and as many places agreeing (" + vc
                + "); the chosen one comes first in the page's order of sources";
    }

    /**
     * A UTC timestamp whose day another independent signal of the page gives one day earlier or
     * later, written in local terms (a date alone or a non-UTC offset): the page's own day is
     * taken, moved to that offset when it has one.
     */
    static Anchor localDay(AnchorCandidate win, int winTier, List<AnchorCandidate> cs, List<Integer> tiers) {
        Anchor a = win.anchor();
        if (a.time() == null || a.offset() == null || !a.offset().equals(ZoneOffset.UTC) || winTier == 0) {
            return a;
        }
        for (int i = 0; i < cs.size(); i++) {
            AnchorCandidate c = cs.get(i);
            if (!c.accepted() || c.role().equals(AnchorCandidate.UPDATED)) {
                continue;
            }
            Anchor o = c.anchor();
            long days = ChronoUnit.DAYS.between(a.date(), o.date());
            boolean local = o.offset() == null || !o.offset().equals(ZoneOffset.UTC);
            // the page's own day: its URL or a dated line in the article; or the same instant
            // written with the page's offset
            boolean pageDay = o.offset() == null && (tiers.get(i) == 2 || tiers.get(i) == 3);
            boolean sameInstant = o.offset() != null && o.time() != null
                    && o.time().toInstant(o.offset()).equals(a.time().toInstant(ZoneOffset.UTC));
            // the publisher's own structured data writing the same instant with its offset is the
            // page's day even when a visible element (often a teaser) gives the UTC day
            boolean ownInstant = sameInstant && tiers.get(i) <= 1;
            if (Math.abs(days) != 1 || !local || !pageDay && !sameInstant || !ownInstant && confirmedUtcDay(a, cs, tiers)) {
                continue;
            }
            if (o.offset() != null) {
                java.time.OffsetDateTime moved = a.time().atOffset(ZoneOffset.UTC).withOffsetSameInstant(o.offset());
                if (!moved.toLocalDate().equals(o.date())) {
                    continue;
                }
                return new Anchor(moved.toLocalDateTime() + moved.getOffset().getId(), moved.toLocalDate(),
                        moved.toLocalDateTime(), moved.getOffset(), a.source(), a.text(), a.start(), a.end(), a.warnings())
                        .withWarnings(List.of("UTC timestamp " + a.value() + " moved to the page's own offset "
                                + o.offset().getId() + " (from " + AnchorChoice.label(c) + ")"));
            }
            return new Anchor(o.date().toString(), o.date(), null, null, a.source(), a.text(), a.start(), a.end(), a.warnings())
                    .withWarnings(List.of("UTC timestamp " + a.value() + " is " + o.date() + " in the page's own day (from "
                            + AnchorChoice.label(c) + "); the day kept, the time dropped"));
        }
        return a;
    }

    /** True when the URL or a dated line in the article gives the UTC day itself. */
    private static boolean confirmedUtcDay(Anchor a, List<AnchorCandidate> cs, List<Integer> tiers) {
        for (int i = 0; i < cs.size(); i++) {
            AnchorCandidate c = cs.get(i);
            if (c.accepted() && (tiers.get(i) == 2 || tiers.get(i) == 3) && c.anchor().date().equals(a.date())) {
                return true;
            }
        }
        return false;
    }

    static Anchor confidence(Anchor a, int chosen, List<AnchorCandidate> cs, List<Integer> tiers, boolean updatedOnly,
                             List<String> warnings) {
        int tier = tiers.get(chosen);
        if (tier == 0) {
            return a.withConfidence("high", "given by the user");
        }
        Set<String> agree = new LinkedHashSet<>();
        Set<String> disagree = new LinkedHashSet<>();
        for (int i = 0; i < cs.size(); i++) {
            AnchorCandidate c = cs.get(i);
            if (i == chosen || !c.accepted() || c.role().equals(AnchorCandidate.UPDATED)) {
                continue;
            }
            String independent = c.source() + "/" + tiers.get(i);
            if (c.source().equals(cs.get(chosen).source()) && tiers.get(i).equals(tier)) {
                continue;
            }
            if (c.anchor().date().equals(a.date())) {
                agree.add(independent);
            } else if (Math.abs(ChronoUnit.DAYS.between(c.anchor().date(), a.date())) > 1 && tiers.get(i) <= 3) {
                disagree.add(independent);
            }
        }
        String what = AnchorChoice.label(cs.get(chosen));
        Set<java.time.LocalDate> days = new java.util.HashSet<>();
        for (AnchorCandidate c : cs) {
            if (c.accepted()) {
                days.add(c.anchor().date());
            }
        }
        if (days.size() >= MANY_DAYS) {
            warnings.add("the page gives " + days.size() + " different days (" + cs.size()
                    + " date signals): an archive or a dated list, the anchor is uncertain");
            return a.withConfidence("low", what + ", one of " + days.size() + " different days the page gives");
        }
        if (updatedOnly) {
            return a.withConfidence("low", "only a modification date was found (" + what + ")");
        }
        if (!agree.isEmpty() && disagree.isEmpty()) {
            return a.withConfidence("high", what + ", confirmed by " + String.join(", ", agree));
        }
        if (tier <= 2 && disagree.isEmpty()) {
            return a.withConfidence("medium", what + ", not confirmed by another signal of the page");
        }
        if (!disagree.isEmpty()) {
            return a.withConfidence("low", what + ", but " + String.join(", ", disagree) + " give another day");
        }
        return a.withConfidence(tier <= 3 ? "medium" : "low", what + " (tier " + tier + ")");
    }
}
