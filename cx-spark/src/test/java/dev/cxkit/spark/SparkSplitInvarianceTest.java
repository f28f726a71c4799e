package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.JourneyPathTables;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.metrics.survey.ScoreAccumulator;
import dev.cxkit.metrics.survey.ScoreDistribution;
import dev.cxkit.model.survey.Scale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Split invariance in Spark itself: random tables in random row order, spread over a random number
 * of partitions (round robin or by a random column), give the single JVM's answer. Few tries, as
 * each runs Spark jobs; {@link SplitInvarianceProperties} tries many more splits of the same
 * functions without Spark.
 */
class SparkSplitInvarianceTest {

  static Dataset<Row> spread(List<Row> rows, StructType schema, Random rnd) {
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, rnd);
    Dataset<Row> t = SparkTesting.spark().createDataFrame(shuffled, schema);
    int partitions = 1 + rnd.nextInt(16);
    return rnd.nextBoolean()
        ? t.repartition(partitions)
        : t.repartition(partitions, functions.col(schema.fieldNames()[rnd.nextInt(2)]));
  }

  @Property(tries = 5)
  void journeysAndPathTableEqualSingleJvm(@ForAll long seed) {
    Random rnd = new Random(seed);
    List<Row> rows = EventLogs.generate(1 + rnd.nextInt(5_000), rnd.nextLong());
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(dict);
    for (Row r : rows.subList(0, rows.size() - EventLogs.BAD_ROWS)) {
      b.add(r.getString(0), r.getLong(1), r.getString(2), r.getString(3), r.getString(4), "");
    }
    Journeys js =
        JourneyAssembler.assemble(
            b.build(), SparkJourneysTest.RULES.toSplitRules(dict), TieBreak.CONTENT);
    PathTable expected = JourneyPathTables.of(js);

    StructType schema = EventLogs.SCHEMA;
    JourneyTable t =
        SparkJourneys.assemble(
            spread(rows, schema, rnd),
            EventColumns.of("customer", "time", "touchpoint")
                .withChannel("channel")
                .withType("type"),
            SparkJourneysTest.RULES);
    PathTable actual = SparkPaths.pathTable(t.journeys(), Dimension.CHANNEL);
    assertEquals(EventLogs.BAD_ROWS, t.rejections().total(), t.rejections().toString());
    Map<List<String>, long[]> e = SplitInvarianceProperties.byPath(expected);
    Map<List<String>, long[]> a = SplitInvarianceProperties.byPath(actual);
    assertEquals(e.keySet(), a.keySet(), "distinct paths");
    e.forEach(
        (path, c) -> {
          assertEquals(c[0], a.get(path)[0], "conversions of " + path);
          assertEquals(c[1], a.get(path)[1], "nulls of " + path);
        });
    SparkJourneysTest.assertAttributionEqual(expected, actual);
  }

  @Property(tries = 5)
  void scoreDistributionsPerGroupEqualSingleJvm(@ForAll long seed) {
    Random rnd = new Random(seed);
    String[] groups = {"a", "b", "c"};
    List<Row> rows = new ArrayList<>();
    Map<String, ScoreAccumulator> expected = new TreeMap<>();
    int n = rnd.nextInt(3_000);
    for (int i = 0; i < n; i++) {
      String g = groups[rnd.nextInt(groups.length)];
      int score = rnd.nextInt(11);
      rows.add(RowFactory.create(g, score));
      expected.computeIfAbsent(g, k -> new ScoreAccumulator(Scale.nps())).add(score);
    }
    StructType schema =
        new StructType().add("g", DataTypes.StringType).add("nps", DataTypes.IntegerType);
    SurveyScores s = SparkSurveys.distributions(spread(rows, schema, rnd), "nps", Scale.nps(), "g");
    Map<String, ScoreDistribution> actual = new TreeMap<>();
    s.distributions().forEach((k, v) -> actual.put(k.get(0), v));
    Map<String, ScoreDistribution> oracle = new TreeMap<>();
    expected.forEach((k, v) -> oracle.put(k, v.snapshot()));
    assertEquals(oracle, actual);
  }

  @Property(tries = 3)
  void pathTableEntryPointOfAnyPartitioningEqualsTheReader(
      @ForAll @IntRange(min = 1, max = 1_000_000) int seed) throws java.io.IOException {
    PathTable expected = SparkPathTableTest.single();
    Dataset<Row> table = SparkPathTableTest.table(1 + new Random(seed).nextInt(16));
    PathTable actual =
        SparkPaths.pathTable(
            table, "path", " > ", "total_conversions", "total_conversion_value", "total_null");
    assertEquals(expected.totalConversions(), actual.totalConversions());
    assertEquals(expected.totalNulls(), actual.totalNulls());
    SparkJourneysTest.assertRelative(expected.totalValue(), actual.totalValue(), "value");
  }
}
