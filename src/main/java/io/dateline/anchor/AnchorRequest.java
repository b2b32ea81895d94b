package io.dateline.anchor;

import io.dateline.anchor.zone.Region;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What the caller adds to a document when asking for its anchor. Immutable.
 *
 * @param published  the user's {@code --published} value, or null: an ISO date
 *                   ({@code 2024-01-23}), an ISO date-time with or without offset
 *                   ({@code 2024-01-23T17:07}, {@code 2024-01-23T17:07-05:00}), a free-form
 *                   date read with Natty ({@code Jan 23 2024 5:07pm ET}), or {@code now}
 * @param regionHint a {@link Region} name deciding ambiguous zone abbreviations, or null
 * @param clock      the clock for {@code now} and for relative option values ("yesterday");
 *                   null means there is no "now": such values are refused. Never a default.
 * @param order      the order in which sources are tried
 * @param want       which date of a page becomes the anchor (default: the first-published one)
 */
public record AnchorRequest(String published, String regionHint, Clock clock, List<Stage> order, Want want) {

    /** Which of a page's dates is the anchor ({@code --anchor-date}). */
    public enum Want {
        /** The first-published date (default). */
        PUBLISHED,
        /** The date the page displays to a reader (a visible dateline or date-marked element). */
        DISPLAYED,
        /** The last-modified date. */
        MODIFIED
    }

    public AnchorRequest(String published, String regionHint, Clock clock, List<Stage> order) {
        this(published, regionHint, clock, order, Want.PUBLISHED);
    }

    /** The sources of an anchor, in their default order. */
    public enum Stage {
        /** The user's value ({@code --published}). */
        OPTION,
        /** The document's metadata (HTML meta, JSON-LD, JSON Lines field, TimeML DCT). */
        METADATA,
        /** A dateline or byline in the first lines of the text. */
        TEXT
    }

    /** Option, then metadata, then text. */
    public static final List<Stage> DEFAULT_ORDER = List.of(Stage.OPTION, Stage.METADATA, Stage.TEXT);

    public AnchorRequest {
        order = List.copyOf(order == null || order.isEmpty() ? DEFAULT_ORDER : order);
        want = want == null ? Want.PUBLISHED : want;
        if (published != null && published.isBlank()) {
            published = null;
        }
        if (regionHint != null && regionHint.isBlank()) {
            regionHint = null;
        }
    }

    /** No option, no hint, no clock, default order. */
    public static AnchorRequest none() {
        return new AnchorRequest(null, null, null, DEFAULT_ORDER, Want.PUBLISHED);
    }

    public AnchorRequest withPublished(String value) {
        return new AnchorRequest(value, regionHint, clock, order, want);
    }

    public AnchorRequest withRegionHint(String region) {
        return new AnchorRequest(published, region, clock, order, want);
    }

    public AnchorRequest withClock(Clock c) {
        return new AnchorRequest(published, regionHint, c, order, want);
    }

    public AnchorRequest withOrder(List<Stage> stages) {
        Objects.requireNonNull(stages, "stages");
        return new AnchorRequest(published, regionHint, clock, stages, want);
    }

    public AnchorRequest withWant(Want w) {
        return new AnchorRequest(published, regionHint, clock, order, w);
    }
}
