package io.dateline.input;

import java.util.Objects;

/**
 * One publication-date signal a page carries, as written: the extractor collects them all, the
 * anchor detector reads and chooses among them. Immutable.
 *
 * @param kind   what sort of signal it is (decides its rank in the choice)
 * @param role   {@code published}, {@code updated} (modified) or {@code displayed} (a date the
 *               page shows, taken for the publication date when nothing better is found)
 * @param raw    the value as written (an attribute or a short element text)
 * @param where  where it was found, e.g. {@code html:meta[name=dc.date]}, {@code html:url},
 *               {@code html:.entry-date}
 * @param inArticle true when it sits in the article region (the chosen main content, or its
 *               header), false elsewhere on the page
 */
public record DateSignal(Kind kind, String role, String raw, String where, boolean inArticle) {

    /** Kinds of signals, in the order the detector trusts them. */
    public enum Kind {
        /** JSON-LD, article:published_time-style meta, microdata datePublished on any element. */
        STRUCTURED,
        /** A date in the canonical URL or og:url (/2018/07/03/). */
        URL,
        /** A visible date in an element marked as a date (class, id or itemprop). */
        MARKED,
        /**
         * A value next to its label ({@code <dt>Datum</dt><dd>12.01.2017</dd>}, an element of
         * class {@code label} then its sibling): raw is the label, a space and the value; the
         * detector reads the label's words.
         */
        LABELLED,
        /** Generic meta names (date, dc.date, pubdate, sailthru.date...). */
        META,
        /** {@code <time datetime>}, {@code abbr.published}, {@code data-utime}. */
        TIME,
        /** A date in the title or the h1. */
        TITLE
    }

    public DateSignal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(where, "where");
    }
}
