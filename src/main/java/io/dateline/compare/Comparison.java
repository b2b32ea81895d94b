package io.dateline.compare;

import java.util.List;
import java.util.Map;

/**
 * The result of comparing reports: one timeline, one table of figures, the anchor conflicts.
 *
 * @param documents the reports, in input order
 * @param conflicts anchor conflicts by report id (reports without one are absent)
 * @param timeline  entries sorted by time
 * @param figures   figure groups (groups given by several reports first)
 * @param warnings  reports that could not be read, ambiguities the comparison could not settle
 * @param days      the story's days, each with the reports' times of it ({@link Days})
 */
public record Comparison(List<Report> documents, Map<String, AnchorConflict> conflicts,
                         List<TimelineEntry> timeline, List<FigureGroup> figures, List<String> warnings,
                         List<Days.Day> days) {

    /** A comparison without days. */
    public Comparison(List<Report> documents, Map<String, AnchorConflict> conflicts,
                      List<TimelineEntry> timeline, List<FigureGroup> figures, List<String> warnings) {
        this(documents, conflicts, timeline, figures, warnings, List.of());
    }

    public Comparison {
        documents = List.copyOf(documents);
        conflicts = Map.copyOf(conflicts);
        timeline = List.copyOf(timeline);
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
        days = List.copyOf(days);
    }

    public AnchorConflict conflict(String id) {
        return conflicts.get(id);
    }
}
