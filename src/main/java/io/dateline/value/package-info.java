/**
 * The immutable values Dateline produces: the anchor, time and quantity mentions, TIMEX3 values.
 */
package io.dateline.value;
