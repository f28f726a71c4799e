package dev.cxkit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one {@link SparkSession} of a test JVM: {@code local[2]}, UI off, 4 shuffle partitions, bound
 * to the loopback address (surefire also sets {@code SPARK_LOCAL_IP=127.0.0.1}).
 */
final class SparkTesting {
  private static volatile SparkSession session;

  private SparkTesting() {}

  static SparkSession spark() {
    SparkSession s = session;
    if (s == null) {
      synchronized (SparkTesting.class) {
        s = session;
        if (s == null) {
          s =
              SparkSession.builder()
                  .master("local[2]")
                  .appName("cx-spark-tests")
                  .config("spark.ui.enabled", "false")
                  .config("spark.sql.shuffle.partitions", "4")
                  .config("spark.driver.host", "127.0.0.1")
                  .config("spark.driver.bindAddress", "127.0.0.1")
                  .config("spark.sql.adaptive.enabled", "false")
                  .getOrCreate();
          s.sparkContext().setLogLevel("WARN");
          session = s;
        }
      }
    }
    return s;
  }
}
