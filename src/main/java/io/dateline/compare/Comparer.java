package io.dateline.compare;

import io.dateline.Dateline;
import io.dateline.Processed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares reports of one story. The reports come already read and resolved (by
 * {@link io.dateline.Processor}, each against its own anchor); the comparison lays their times
 * on one timeline, groups their figures, and finds the anchors that disagree with the other
 * versions of the story. The Dateline is the one that resolved them: a report whose anchor is
 * in doubt is read again against the date its story's other versions suggest.
 *
 * <p>Meant for the reports of one story (tens, not thousands): the anchor check compares every
 * pair of reports.
 */
public final class Comparer {

    private final Dateline dateline;
    private final EventWords events;

    public Comparer(Dateline dateline) {
        this.dateline = dateline;
        this.events = new EventWords(dateline.grammar());
    }

    /**
     * A processed input item with the FILE argument it was read from.
     *
     * @param file      the file (or folder, or '-') as given
     * @param processed the item as read and resolved
     */
    public record Input(String file, Processed processed) {
    }

    public Comparison compare(List<Input> inputs) {
        List<Report> reports = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Input in : inputs) {
            Processed p = in.processed();
            if (p.failed()) {
                warnings.add(p.error().toString() + " (left out of the comparison)");
                continue;
            }
            String id = p.result().source();
            boolean inFolder = Files.isDirectory(Path.of(in.file()));
            String unique = id;
            if (ids.contains(id) && inFolder) {
                // the ids of a folder's files are relative to it: two folders may both hold a README.md
                unique = Path.of(in.file()).resolve(id).normalize().toString();
            }
            for (int n = 2; !ids.add(unique); n++) {
                unique = id + "#" + n;
            }
            if (!unique.equals(id)) {
                warnings.add("two reports are both called '" + id + "': the second is '" + unique + "' here");
            }
            var d = p.document();
            String source = d.line() == null ? d.id()
                    : inFolder ? in.file() + " (a JSON Lines file, line " + d.line() + ")" : in.file() + ":" + d.line();
            reports.add(new Report(unique, source, reports.size(), d.text(), p.result()));
            for (String w : p.result().warnings()) {
                if (w.contains("no part of the story")) {
                    warnings.add(unique + ": " + w); // an advert or a prompt, not read
                }
            }
            if (p.result().anchor() == null) {
                warnings.add(unique + " has no publication date: its relative times are not on the timeline"
                        + " and its anchor cannot be checked");
            }
        }
        if (!events.loaded() && reports.stream().anyMatch(r -> r.result().mentions().stream().anyMatch(m -> m.kind().equals("quantity")))) {
            warnings.add("the event lexicon (grammars/en/60-events.rules) is not loaded: figures are grouped by what they count only");
        }
        AnchorConflicts.Found found = new AnchorConflicts(dateline).find(reports);
        warnings.addAll(found.warnings());
        List<TimelineEntry> timeline = Timeline.build(reports);
        List<FigureGroup> figures = new Figures(events).build(reports, r -> {
            AnchorConflict c = found.conflicts().get(r.id());
            return c != null ? c.suggested() : r.date();
        });
        List<Days.Day> days = Days.build(reports, found.conflicts(), dateline);
        return new Comparison(reports, found.conflicts(), timeline, figures, warnings, days);
    }
}
