package io.dateline;

/**
 * The language a document was read as, and how that was decided.
 *
 * @param lang       BCP 47 primary language tag: {@code en}, {@code de}
 * @param source     {@code option} (the user's {@code --lang} or builder setting), {@code field}
 *                   (a JSON Lines or request {@code lang} field), {@code html} ({@code <html lang>},
 *                   {@code og:locale}, {@code Content-Language}), {@code detected} (from the text),
 *                   {@code default} (none of these: English)
 * @param confidence for {@code detected}: the detector's confidence in [0, 1]; else null
 */
public record LanguageChoice(String lang, String source, Double confidence) {
}
