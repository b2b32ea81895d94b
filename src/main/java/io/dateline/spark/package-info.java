/**
 * Dateline on Apache Spark: a SQL function and a DataFrame transformer
 * ({@link io.dateline.spark.DatelineSpark}), and a batch job ({@link io.dateline.spark.DatelineJob}).
 * Everything here goes through the library ({@link io.dateline.Processor}, the input readers, the
 * JSON record of {@link io.dateline.output.JsonOutput}); Spark is a provided dependency.
 */
package io.dateline.spark;
