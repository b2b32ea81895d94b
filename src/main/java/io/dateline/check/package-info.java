/**
 * Runners for example files (grammar examples and publication-date examples), used by the tests and by {@code dateline check}.
 */
package io.dateline.check;
