package io.dateline.compare;

import java.time.LocalDate;
import java.util.List;

/**
 * A report whose anchor is far from the anchors of the other versions of its story.
 *
 * @param reason    in words: what it shares with them and how far apart the anchors are
 * @param others    ids of the reports the suggestion comes from
 * @param suggested the date they agree on
 */
public record AnchorConflict(String reason, List<String> others, LocalDate suggested) {

    public AnchorConflict {
        others = List.copyOf(others);
    }
}
