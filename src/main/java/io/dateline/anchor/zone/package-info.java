/**
 * Time-zone abbreviations, places and region hints ({@code zones.tsv}, {@code places.tsv}) for reading datelines.
 */
package io.dateline.anchor.zone;
