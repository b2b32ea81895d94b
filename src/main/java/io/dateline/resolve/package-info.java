/**
 * Resolution: each {@link io.dateline.resolve.Dimension} turns recognised matches into mentions, with the per-document {@link io.dateline.resolve.DocumentContext}.
 */
package io.dateline.resolve;
