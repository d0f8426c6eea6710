package org.strata.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A Spark session on {@code local[2]} for a test class: made before its first test, closed after its last. */
abstract class LocalSparkTest {
    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = StrataSpark.session("local[2]", "test");
    }

    @AfterAll
    static void stopSpark() throws Exception {
        spark.close();
    }
}
