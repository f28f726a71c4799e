/**
 * A runnable cx-spark job: journeys → path table → attribution over a Parquet event table, for
 * {@code spark-submit} (see the README section "Scale out on Spark").
 */
@NullMarked
package dev.cxkit.spark.example;

import org.jspecify.annotations.NullMarked;
