package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.spark.example.JourneyAttributionJob;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job runs in local mode over a Parquet event table, as in the README. */
class JourneyAttributionJobTest {
  @TempDir Path dir;

  @Test
  void runsOverParquet() {
    StructType schema =
        new StructType()
            .add("customer", DataTypes.StringType)
            .add("time", DataTypes.LongType)
            .add("touchpoint", DataTypes.StringType)
            .add("channel", DataTypes.StringType)
            .add("type", DataTypes.StringType);
    Dataset<Row> events =
        SparkTesting.spark().createDataFrame(EventLogs.generate(20_000, 3), schema);
    String parquet = dir.resolve("events.parquet").toString();
    events.write().parquet(parquet);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    String out = dir.resolve("journeys.parquet").toString();
    JourneyAttributionJob.run(
        SparkTesting.spark(), parquet, out, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String text = buf.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("P(conversion)"), text);
    assertTrue(text.contains("missing customer: 1"), text);
    for (String ch : EventLogs.CHANNELS) {
      assertTrue(text.contains("\n" + ch + "  "), ch + " in " + text);
    }
    long journeys = SparkTesting.spark().read().parquet(out).count();
    assertTrue(text.startsWith("journeys " + journeys + ","), text);
    assertEquals(0, SparkTesting.spark().read().parquet(out).filter("events = 0").count());
  }
}
