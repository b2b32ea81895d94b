package io.dateline.compare;

import io.dateline.value.TimeMention;
import java.util.List;

/**
 * One time on the shared scale, with every report's mention of it.
 *
 * @param value    the TIMEX3 value most of its mentions have
 * @param start    the interval's first instant (ISO; an offset when the value has one)
 * @param end      the instant after it (exclusive)
 * @param mentions the mentions, by report in input order, then by offset
 */
public record TimelineEntry(String value, String start, String end, List<Placed> mentions) {

    /** A mention in a report. */
    public record Placed(Report report, TimeMention mention) {
    }

    public TimelineEntry {
        mentions = List.copyOf(mentions);
    }

    /** The ids of the reports that mention it, in order, each once. */
    public List<String> reports() {
        return mentions.stream().map(p -> p.report().id()).distinct().toList();
    }
}
