/**
 * Figures: numerals, units (Indriya), currencies, qualifiers, ranges and pairs, resolved into canonical quantities.
 */
package io.dateline.resolve.quantity;
