package io.dateline.compare;

import io.dateline.value.QuantityMention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The interval a figure allows, for telling whether figures agree. An exact figure is its own
 * interval ("66" is [66, 66], "at least 151" is [151, ∞)). An approximate one gets a tolerance
 * of {@link #TOLERANCE} (10%) of its value on each side it leaves open: "about 150" is
 * [135, 165], "nearly 150" [135, 150), "just over 150" (150, 165]. Vague amounts keep the
 * bounds they have ("dozens" is [24, 100)). Null bounds are open.
 */
record Bounds(BigDecimal lo, boolean loIn, BigDecimal hi, boolean hiIn) {

    /** The tolerance around an approximate figure, as a fraction of its value. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    static Bounds of(QuantityMention q) {
        BigDecimal v = q.value();
        BigDecimal lo = q.min();
        BigDecimal hi = q.max();
        boolean loIn = q.minInclusive();
        boolean hiIn = q.maxInclusive();
        if (lo == null && hi == null && !q.approximate()) {
            return new Bounds(v, true, v, true);
        }
        if (q.approximate() && v != null) {
            BigDecimal tol = v.abs().multiply(TOLERANCE);
            if (lo == null) {
                lo = v.subtract(tol);
                loIn = true;
            }
            if (hi == null) {
                hi = v.add(tol);
                hiIn = true;
            }
        }
        return new Bounds(lo, loIn, hi, hiIn);
    }

    /** The interval every one of them allows, or null when they share no point. */
    static Bounds common(List<Bounds> all) {
        BigDecimal lo = null;
        boolean loIn = true;
        BigDecimal hi = null;
        boolean hiIn = true;
        for (Bounds b : all) {
            if (b.lo != null && (lo == null || b.lo.compareTo(lo) > 0 || (b.lo.compareTo(lo) == 0 && !b.loIn))) {
                lo = b.lo;
                loIn = b.loIn;
            }
            if (b.hi != null && (hi == null || b.hi.compareTo(hi) < 0 || (b.hi.compareTo(hi) == 0 && !b.hiIn))) {
                hi = b.hi;
                hiIn = b.hiIn;
            }
        }
        if (lo != null && hi != null) {
            int c = lo.compareTo(hi);
            if (c > 0 || (c == 0 && !(loIn && hiIn))) {
                return null;
            }
        }
        return new Bounds(lo, loIn, hi, hiIn);
    }

    /** A middle value for ordering: the midpoint, or the closed end of a half-open interval. */
    BigDecimal middle() {
        if (lo != null && hi != null) {
            return lo.add(hi).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
        }
        return lo != null ? lo : hi;
    }

    /** In words: "151–165", "at least 151", "fewer than 10". */
    String words(String unit) {
        String u = unit == null ? "" : " " + unit;
        if (lo != null && hi != null) {
            return lo.compareTo(hi) == 0 ? number(lo) + u : number(lo) + "–" + number(hi) + u;
        }
        if (lo != null) {
            return (loIn ? "at least " : "more than ") + number(lo) + u;
        }
        if (hi != null) {
            return (hiIn ? "up to " : "fewer than ") + number(hi) + u;
        }
        return "any value";
    }

    /** A figure in words, as a reader would say it: "66", "at least 151", "about 150", "several (3–9)". */
    static String describe(QuantityMention q) {
        String u = q.unit() == null ? "" : " " + q.unit();
        if (q.vague() != null) {
            return q.vague() + " (" + of(q).words(q.unit()) + ")";
        }
        BigDecimal v = q.value();
        if (q.approximate()) {
            if (q.min() == null && q.max() == null) {
                return "about " + number(v) + u;
            }
            if (q.min() == null) {
                return "nearly " + number(v) + u;
            }
            if (q.max() == null) {
                return "just over " + number(v) + u;
            }
        }
        return of(q).words(q.unit());
    }

    /** A number with thousands separators, at most 6 significant digits after the point. */
    static String number(BigDecimal v) {
        BigDecimal t = v.round(new MathContext(Math.max(6, v.precision() - v.scale()))).stripTrailingZeros();
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(t);
    }
}
