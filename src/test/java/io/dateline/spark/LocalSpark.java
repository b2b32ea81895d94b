package io.dateline.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM: {@code local[2]}, no UI, the driver on the loopback
 * address. Started by the first test class that asks, shared by the others; Spark's own
 * shutdown hook stops it when the JVM ends.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("dateline-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }
}
