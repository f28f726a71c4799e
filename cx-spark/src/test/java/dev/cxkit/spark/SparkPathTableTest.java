package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.journey.attribution.PathTableReader;
import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ChannelAttribution example path table (10,000 rows; GPL-3 data, test resource only, see
 * SOURCE.md beside it) aggregated in Spark gives cx-journey's attribution of the same file read by
 * its own {@link PathTableReader}.
 */
class SparkPathTableTest {
  static final String FILE = "channelattribution_Data.csv";

  static PathTable single() throws IOException {
    try (InputStream in = SparkPathTableTest.class.getResourceAsStream(FILE)) {
      return PathTableReader.channelAttribution().read(in);
    }
  }

  static Dataset<Row> table(int partitions) {
    List<Row> rows = new ArrayList<>();
    try (java.io.BufferedReader r =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                SparkPathTableTest.class.getResourceAsStream(FILE),
                java.nio.charset.StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(";");
        rows.add(
            RowFactory.create(
                f[0], Long.parseLong(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3])));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Collections.shuffle(rows, new Random(partitions));
    StructType schema =
        new StructType()
            .add("path", DataTypes.StringType)
            .add("total_conversions", DataTypes.LongType)
            .add("total_conversion_value", DataTypes.DoubleType)
            .add("total_null", DataTypes.LongType);
    return SparkTesting.spark().createDataFrame(rows, schema).repartition(partitions);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void attributionEqualsSingleJvm(int partitions) throws IOException {
    PathTable expected = single();
    PathTable actual =
        SparkPaths.pathTable(
            table(partitions),
            "path",
            " > ",
            "total_conversions",
            "total_conversion_value",
            "total_null");
    assertEquals(expected.totalConversions(), actual.totalConversions());
    assertEquals(expected.totalNulls(), actual.totalNulls());
    assertEquals(expected.touchCount(), actual.touchCount());
    SparkJourneysTest.assertRelative(expected.totalValue(), actual.totalValue(), "value");
    SparkJourneysTest.assertAttributionEqual(expected, actual);
  }

  @Test
  void badRowsAreRefused() {
    StructType schema =
        new StructType()
            .add("path", DataTypes.StringType)
            .add("c", DataTypes.LongType)
            .add("v", DataTypes.DoubleType)
            .add("n", DataTypes.LongType);
    Dataset<Row> t =
        SparkTesting.spark()
            .createDataFrame(
                List.of(
                    RowFactory.create("a > b", 1L, 1.0, 0L), RowFactory.create("a", null, 1.0, 0L)),
                schema);
    assertThrows(
        IllegalArgumentException.class,
        () -> SparkPaths.pathTable(t, "path", " > ", "c", "v", "n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SparkPaths.pathTable(t, "paths", " > ", "c", "v", "n"));
  }
}
