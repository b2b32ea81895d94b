/**
 * Reports side by side ({@code dateline compare}): the documents of one story, each resolved
 * against its own anchor, laid on one timeline and one table of figures, with the anchors that
 * disagree with the story's other versions. Reads only the public value types of the results.
 */
package io.dateline.compare;
