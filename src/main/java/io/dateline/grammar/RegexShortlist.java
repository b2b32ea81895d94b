package io.dateline.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regex-first rules of one stage that a token can start, by the part of the token that
 * their prefilters look at: which of the characters they need it holds, whether it holds a
 * digit and whether it starts with one. Tokens that agree on that part get the same shortlist,
 * worked out once and kept (up to {@link #MAX_KEPT} shortlists a list of rules, so memory stays
 * bounded whatever the input), instead of every rule's prefilter being tried at every token.
 * The checks that depend on the token's own text (its length, a required literal) and on the
 * token after it are still made for each rule of the shortlist.
 */
final class RegexShortlist {

    static final int MAX_KEPT = 4096;
    private static final RegexRule[] NONE = new RegexRule[0];

    private final RegexRule[] rules;
    private final long maskLo;
    private final long maskHi;
    private final ConcurrentHashMap<Key, RegexRule[]> kept = new ConcurrentHashMap<>();

    private record Key(long lo, long hi, int flags) {
    }

    RegexShortlist(List<RegexRule> rules) {
        this.rules = rules.toArray(NONE);
        long lo = 0;
        long hi = 0;
        for (RegexRule r : this.rules) {
            for (RegexNeeds.CharSet c : r.first().needs()) {
                lo |= c.lo();
                hi |= c.hi();
            }
        }
        this.maskLo = lo;
        this.maskHi = hi;
    }

    boolean isEmpty() {
        return rules.length == 0;
    }

    /** The rules whose character and digit prefilters a token with these traits passes. */
    RegexRule[] forToken(long lo, long hi, boolean hasDigit, boolean digitStart) {
        if (rules.length == 0) {
            return NONE;
        }
        Key k = new Key(lo & maskLo, hi & maskHi, (hasDigit ? 1 : 0) | (digitStart ? 2 : 0));
        RegexRule[] got = kept.get(k);
        if (got == null) {
            got = compute(k);
            if (kept.size() < MAX_KEPT) {
                kept.putIfAbsent(k, got);
            }
        }
        return got;
    }

    private RegexRule[] compute(Key k) {
        boolean hasDigit = (k.flags() & 1) != 0;
        boolean digitStart = (k.flags() & 2) != 0;
        List<RegexRule> out = new ArrayList<>();
        for (RegexRule r : rules) {
            if (r.first().mayMatchTraits(k.lo(), k.hi(), hasDigit, digitStart)) {
                out.add(r);
            }
        }
        return out.isEmpty() ? NONE : out.toArray(NONE);
    }
}
