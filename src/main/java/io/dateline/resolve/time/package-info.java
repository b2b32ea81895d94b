/**
 * The time resolver: the only code that reads the anchor, turning time frames into TIMEX3 values under a {@link io.dateline.resolve.Policy}.
 */
package io.dateline.resolve.time;
