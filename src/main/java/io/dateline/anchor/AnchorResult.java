package io.dateline.anchor;

import io.dateline.value.Anchor;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link AnchorDetector} found for one document.
 *
 * @param anchor     the chosen anchor, or null when none could be established
 * @param candidates every date considered, in the order the sources were tried (the chosen
 *                   one has {@link AnchorCandidate#chosen()} set; updated times have role
 *                   {@code updated})
 * @param warnings   warnings about the detection itself: sources that were tried and failed,
 *                   sources that disagree, no anchor found. Repairs of the chosen value are in
 *                   {@link Anchor#warnings()}.
 */
public record AnchorResult(Anchor anchor, List<AnchorCandidate> candidates, List<String> warnings) {

    public AnchorResult {
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /** True when an anchor was found. */
    public boolean found() {
        return anchor != null;
    }

    /** Detection warnings followed by the anchor's own warnings. */
    public List<String> allWarnings() {
        List<String> all = new ArrayList<>(warnings);
        if (anchor != null) {
            all.addAll(anchor.warnings());
        }
        return List.copyOf(all);
    }
}
