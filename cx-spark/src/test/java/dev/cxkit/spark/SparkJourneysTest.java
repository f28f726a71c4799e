package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.JourneyPathTables;
import dev.cxkit.journey.paths.PathTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Journeys, path tables and attribution in Spark equal cx-journey on one machine for a generated
 * log of 1,000,000 events (the oracle: {@link JourneyAssembler} with {@link TieBreak#CONTENT},
 * {@link JourneyPathTables} and the attribution models on the whole log in one JVM).
 */
class SparkJourneysTest {
  static final int EVENTS = 1_000_000;
  static final JourneyRules RULES =
      JourneyRules.none()
          .withInactivityGap(Duration.ofMinutes(30))
          .withMaxDuration(Duration.ofDays(2))
          .withGoal(Dimension.TYPE, true, "order");

  static List<Row> rows;

  /**
   * Keys of the single-JVM journeys, in the assembler's order (customer c0's first journey first).
   */
  static List<String> expectedJourneys;

  static long expectedXor;
  static long expectedSum;
  static PathTable expectedTable;

  @BeforeAll
  static void singleJvm() {
    rows = EventLogs.generate(EVENTS, 42);
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(dict);
    for (int i = 0; i < rows.size() - EventLogs.BAD_ROWS; i++) {
      Row r = rows.get(i);
      b.add(r.getString(0), r.getLong(1), r.getString(2), r.getString(3), r.getString(4), "");
    }
    Journeys js = JourneyAssembler.assemble(b.build(), RULES.toSplitRules(dict), TieBreak.CONTENT);
    expectedJourneys = new ArrayList<>(js.count());
    Map<Integer, Integer> perCustomer = new HashMap<>();
    for (int j = 0; j < js.count(); j++) {
      int index = perCustomer.merge(js.customer(j), 1, Integer::sum) - 1;
      StringBuilder k = new StringBuilder();
      k.append(dict.customers().name(js.customer(j))).append('|').append(index).append('|');
      for (int i = js.start(j); i < js.end(j); i++) {
        k.append(dict.touchpoints().name(js.touchpoint(i)))
            .append('/')
            .append(dict.channels().name(js.channel(i)))
            .append('/')
            .append(dict.types().name(js.type(i)))
            .append('@')
            .append(js.time(i))
            .append(' ');
      }
      k.append('|').append(js.conversionIndex(j));
      expectedJourneys.add(k.toString());
    }
    for (String k : expectedJourneys) {
      long x = hash(k);
      expectedXor ^= x;
      expectedSum += x >>> 20;
    }
    expectedTable = JourneyPathTables.of(js);
  }

  static String key(JourneyRow r) {
    StringBuilder k = new StringBuilder();
    k.append(r.getCustomer()).append('|').append(r.getIndex()).append('|');
    for (int i = 0; i < r.getEvents(); i++) {
      k.append(r.getTouchpoints()[i])
          .append('/')
          .append(r.getChannels()[i])
          .append('/')
          .append(r.getTypes()[i])
          .append('@')
          .append(r.getTimes()[i])
          .append(' ');
    }
    return k.append('|').append(r.getConversionIndex()).toString();
  }

  /** A 64-bit FNV-1a hash of the key's characters. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  static Dataset<Row> table(int partitions) {
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(partitions));
    StructType schema =
        new StructType()
            .add("customer", DataTypes.StringType)
            .add("time", DataTypes.LongType)
            .add("touchpoint", DataTypes.StringType)
            .add("channel", DataTypes.StringType)
            .add("type", DataTypes.StringType);
    return SparkTesting.spark().createDataFrame(shuffled, schema).repartition(partitions);
  }

  static void assertRelative(double expected, double actual, String what) {
    assertTrue(
        Math.abs(expected - actual) <= 1e-12 * Math.max(Math.abs(expected), Double.MIN_NORMAL),
        what + ": expected " + expected + ", was " + actual);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void journeysPathsAndAttributionEqualSingleJvm(int partitions) {
    JourneyTable t =
        SparkJourneys.assemble(
            table(partitions),
            EventColumns.of("customer", "time", "touchpoint")
                .withChannel("channel")
                .withType("type"),
            RULES);
    Dataset<JourneyRow> journeys = t.journeys().cache();
    try {
      // every journey's full content, hashed in Spark: count, XOR and sum of 44-bit hash prefixes
      Row h =
          journeys
              .map((MapFunction<JourneyRow, Long>) r -> hash(key(r)), Encoders.LONG())
              .agg(
                  functions.count("*"),
                  functions.bit_xor(functions.col("value")),
                  functions.sum(functions.shiftrightunsigned(functions.col("value"), 20)))
              .first();
      assertEquals(expectedJourneys.size(), h.getLong(0), "journeys");
      assertEquals(expectedXor, h.getLong(1), "XOR of journey hashes");
      assertEquals(expectedSum, h.getLong(2), "sum of journey hashes");
      JourneyRow first = journeys.filter("customer = 'c0' AND index = 0").first();
      assertEquals(first.getEnd() - first.getStart(), first.getDurationMillis());
      assertEquals(first.getConversionIndex() >= 0, first.isConverted());
      assertEquals(expectedJourneys.get(0), key(first));
      RejectionReport rej = t.rejections();
      assertEquals(1, rej.count(SparkJourneys.MISSING_CUSTOMER), rej.toString());
      assertEquals(1, rej.count(SparkJourneys.MISSING_TOUCHPOINT), rej.toString());
      assertEquals(1, rej.count(SparkJourneys.BAD_TIME), rej.toString());

      PathTable paths = SparkPaths.pathTable(journeys, Dimension.CHANNEL);
      assertEquals(expectedTable.totalJourneys(), paths.totalJourneys());
      assertEquals(expectedTable.totalConversions(), paths.totalConversions());
      assertEquals(expectedTable.totalNulls(), paths.totalNulls());
      assertAttributionEqual(expectedTable, paths);
    } finally {
      journeys.unpersist();
    }
  }

  /** Exact Markov (removal effects, conversion probability) and heuristic credits agree. */
  static void assertAttributionEqual(PathTable expected, PathTable actual) {
    MarkovAttribution markov = MarkovAttribution.builder().build();
    MarkovResult e = markov.analyze(expected);
    MarkovResult a = markov.analyze(actual);
    assertRelative(e.conversionProbability(), a.conversionProbability(), "P(conversion)");
    assertEquals(e.removalEffects().keySet(), a.removalEffects().keySet());
    e.removalEffects().forEach((ch, v) -> assertRelative(v, a.removalEffect(ch), "removal " + ch));
    for (AttributionModel m :
        List.of(
            markov,
            AttributionModel.firstTouch(),
            AttributionModel.lastTouch(),
            AttributionModel.linear(),
            AttributionModel.positionBased())) {
      AttributionResult er = m.attribute(expected);
      AttributionResult ar = m.attribute(actual);
      for (String ch : expected.channels()) {
        assertRelative(er.conversions(ch), ar.conversions(ch), m + " " + ch);
      }
    }
  }
}
