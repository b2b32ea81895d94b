/**
 * The document layer: reading inputs and finding each document's anchor.
 *
 * <ul>
 * <li>{@link io.dateline.document.InputReader} turns files, folders and standard input into
 * {@link io.dateline.document.SourceDocument}s and {@link io.dateline.document.InputError}s
 * (plain text, HTML, JSON Lines, TimeML), lazily and without throwing for bad input.</li>
 * <li>{@link io.dateline.document.AnchorDetector} finds the publication date from the user's
 * option, the metadata, or a dateline/byline at the top of the text, and reports every
 * candidate and every repair.</li>
 * <li>{@link io.dateline.document.TimeZones} reads zone abbreviations with a news-oriented
 * table ({@code zones.tsv}, {@code places.tsv}) and region hints.</li>
 * <li>{@link io.dateline.document.NattyAdapter} is the only door to the Natty parser, with
 * guards against its known faults.</li>
 * </ul>
 *
 * <p>Conventions: offsets are Unicode code points into {@code SourceDocument.text()}, end
 * exclusive; nothing reads the system clock, the default time zone or the default locale; a
 * {@link java.time.Clock} is passed in where "now" matters; values are immutable.
 */
package io.dateline.document;
