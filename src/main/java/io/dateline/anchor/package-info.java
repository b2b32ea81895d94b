/**
 * Publication-date detection: the user's option, page metadata, a dateline or byline at the top of the text; Natty only behind {@link io.dateline.anchor.NattyAdapter}. Nothing here reads the system clock, the default zone or locale.
 */
package io.dateline.anchor;
