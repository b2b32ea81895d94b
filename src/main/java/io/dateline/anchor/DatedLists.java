package io.dateline.anchor;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dated lists outside the article: when the page's {@code time} elements outside the article
 * give different days, they date the items of a list (teasers, comments, related stories), not
 * the page; they then rank below the first date of the article text. Package-private.
 */
final class DatedLists {

    /** The tier of {@code time} elements outside the article (see {@link PageSignalReader#tier}). */
    static final int TIME_ELSEWHERE = 5;
    /** The tier such a list is moved to: below the article text's first date (8). */
    static final int LIST_TIER = 9;

    private DatedLists() {
    }

    /**
     * Moves the tier-{@value #TIME_ELSEWHERE} candidates to {@value #LIST_TIER} when the accepted
     * publication candidates among them give two days or more.
     *
     * @return true when they were moved
     */
    static boolean demote(List<AnchorCandidate> cs, List<Integer> tiers) {
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < cs.size(); i++) {
            AnchorCandidate c = cs.get(i);
            if (tiers.get(i) == TIME_ELSEWHERE && c.accepted() && !c.role().equals(AnchorCandidate.UPDATED)) {
                days.add(c.anchor().date());
            }
        }
        if (days.size() < 2) {
            return false;
        }
        for (int i = 0; i < cs.size(); i++) {
            if (tiers.get(i) == TIME_ELSEWHERE) {
                tiers.set(i, LIST_TIER);
            }
        }
        return true;
    }
}
