package io.dateline.compare;

import io.dateline.DocumentResult;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import io.dateline.value.TimeMention;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a report says that another version of its story would say identically, in three sets
 * (key → the text of its first mention):
 * <ul>
 *   <li>{@code figures}: figures with a counted noun or a unit, compared on every field of
 *       their value (dimension, unit, counted noun, bounds, approximation); ordinals are left
 *       out, and so are bare numbers such as "2,500" (too little to tell stories apart);</li>
 *   <li>{@code written}: times whose year is written ("in 2003", "22 October 2024"): they do
 *       not depend on the anchor;</li>
 *   <li>{@code relative}: the other placeable times ("on Tuesday", "October 17"), which move with
 *       the anchor.</li>
 * </ul>
 * The anchor's own text (a dateline that is itself a time mention) is left out of both time sets.
 */
record Evidence(Map<String, String> figures, Map<String, String> written, Map<String, String> relative) {

    static Evidence of(DocumentResult r) {
        Map<String, String> figures = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, String> relative = new LinkedHashMap<>();
        Anchor a = r.anchor();
        for (Mention m : r.mentions()) {
            if (m instanceof QuantityMention q) {
                if (!q.dimension().equals("ordinal") && (q.counted() != null || q.unit() != null)) {
                    figures.putIfAbsent(figureKey(q), q.text());
                }
            } else if (m instanceof TimeMention t && TimeKeys.placeable(t) && !isAnchorText(a, t)) {
                (TimeKeys.anchorFree(t) ? written : relative).putIfAbsent(TimeKeys.key(t), t.text());
            }
        }
        return new Evidence(figures, written, relative);
    }

    private static boolean isAnchorText(Anchor a, TimeMention t) {
        return a != null && a.start() != null && a.end() != null && t.start() < a.end() && a.start() < t.end();
    }

    private static String figureKey(QuantityMention q) {
        return q.dimension() + "|" + q.unit() + "|" + q.counted() + "|" + plain(q.value()) + "|" + plain(q.min()) + "|"
                + plain(q.max()) + "|" + q.minInclusive() + "|" + q.maxInclusive() + "|" + q.approximate();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }
}
