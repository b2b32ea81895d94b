package io.dateline.resolve;

import io.dateline.value.Granularity;
import java.time.LocalDate;

/**
 * The times a story has set so far, against which expressions that signal it are resolved
 * ("the day before", "the following spring", "that March", "the quarter" of an earnings story).
 * Immutable and small: a long document read in windows passes the reference of one window to
 * the next ({@link DocumentContext#story()}, {@link DocumentContext#continueStory}), so the
 * reference carries across windows. Never read from the anchor; the anchor stays the default.
 *
 * @param event        the day of the last day-level time resolved, or null
 * @param lastPoint    the first day of the last date of any size resolved, or null
 * @param lastGranularity the granularity of {@code lastPoint}, or null
 * @param storyQuarter the first day of the quarter the story reports on, or null
 */
public record StoryReference(LocalDate event, LocalDate lastPoint, Granularity lastGranularity,
                             LocalDate storyQuarter) {

    /** A story that has set nothing yet. */
    public static final StoryReference NONE = new StoryReference(null, null, null, null);

    public StoryReference withEvent(LocalDate d) {
        return new StoryReference(d, lastPoint, lastGranularity, storyQuarter);
    }

    public StoryReference withLastPoint(LocalDate d, Granularity g) {
        return new StoryReference(event, d, g, storyQuarter);
    }

    public StoryReference withStoryQuarter(LocalDate q) {
        return new StoryReference(event, lastPoint, lastGranularity, q);
    }
}
