package fr.impact.ingestion.spark;

import org.apache.spark.sql.SparkSession;

/** One small local Spark session shared by the tests of this module (started once: it takes seconds). */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("impact-tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
