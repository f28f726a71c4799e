package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Times read in SQL: epoch milliseconds as a whole-number column, a timestamp column and ISO-8601
 * text give the same journeys; unreadable text is counted with the text as written.
 */
class SparkTimeColumnsTest {
  static final EventColumns COLUMNS =
      EventColumns.of("customer", "time", "touchpoint").withChannel("channel").withType("type");

  static Dataset<Row> table(List<Row> rows, DataType timeType) {
    StructType schema =
        new StructType()
            .add("customer", DataTypes.StringType)
            .add("time", timeType)
            .add("touchpoint", DataTypes.StringType)
            .add("channel", DataTypes.StringType)
            .add("type", DataTypes.StringType);
    return SparkTesting.spark().createDataFrame(rows, schema).repartition(3);
  }

  static List<String> journeys(Dataset<Row> events) {
    JourneyTable t = SparkJourneys.assemble(events, COLUMNS, SparkJourneysTest.RULES);
    List<String> keys = new ArrayList<>();
    for (JourneyRow r : t.journeys().collectAsList()) {
      keys.add(SparkJourneysTest.key(r));
    }
    keys.sort(null);
    return keys;
  }

  @Test
  void wholeNumbersTimestampsAndIsoTextGiveTheSameJourneys() {
    List<Row> good = EventLogs.generate(3_000, 7);
    good = good.subList(0, good.size() - EventLogs.BAD_ROWS);
    List<Row> asTimestamp = new ArrayList<>();
    List<Row> asText = new ArrayList<>();
    for (Row r : good) {
      asTimestamp.add(
          RowFactory.create(r.get(0), new Timestamp(r.getLong(1)), r.get(2), r.get(3), r.get(4)));
      asText.add(
          RowFactory.create(
              r.get(0),
              Instant.ofEpochMilli(r.getLong(1)).toString(),
              r.get(2),
              r.get(3),
              r.get(4)));
    }
    asText.add(RowFactory.create("c1", "yesterday", "home", "email", "view"));
    List<String> expected = journeys(table(good, DataTypes.LongType));
    assertTrue(expected.size() > 100, "journeys: " + expected.size());
    assertEquals(expected, journeys(table(asTimestamp, DataTypes.TimestampType)));

    JourneyTable text =
        SparkJourneys.assemble(
            table(asText, DataTypes.StringType), COLUMNS, SparkJourneysTest.RULES);
    List<String> keys = new ArrayList<>();
    text.journeys().collectAsList().forEach(r -> keys.add(SparkJourneysTest.key(r)));
    keys.sort(null);
    assertEquals(expected, keys);
    RejectionReport rej = text.rejections();
    assertEquals(1, rej.total(), rej.toString());
    assertTrue(rej.examples(SparkJourneys.BAD_TIME).get(0).contains("yesterday"), rej.toString());
  }
}
