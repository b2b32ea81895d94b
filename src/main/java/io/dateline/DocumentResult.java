package io.dateline;

import io.dateline.value.Mention;

import io.dateline.value.Anchor;
import java.util.List;

/**
 * Everything found in one document.
 *
 * @param source   file name, id or "-"
 * @param anchor   the anchor used, or null
 * @param mentions in text order
 * @param warnings document-level warnings ("no anchor: relative expressions left underspecified")
 * @param language the language the document was read as (null: not said, English)
 */
public record DocumentResult(String source, Anchor anchor, List<Mention> mentions, List<String> warnings,
                             LanguageChoice language) {

    public DocumentResult {
        mentions = List.copyOf(mentions);
        warnings = List.copyOf(warnings);
    }

    public DocumentResult(String source, Anchor anchor, List<Mention> mentions, List<String> warnings) {
        this(source, anchor, mentions, warnings, null);
    }

    /** A copy read as {@code l}. */
    public DocumentResult withLanguage(LanguageChoice l) {
        return new DocumentResult(source, anchor, mentions, warnings, l);
    }
}
