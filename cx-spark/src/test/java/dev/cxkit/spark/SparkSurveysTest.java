package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.survey.Comparisons;
import dev.cxkit.metrics.survey.CsatScore;
import dev.cxkit.metrics.survey.EffortScale;
import dev.cxkit.metrics.survey.NetScoreDefinition;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.ScoreAccumulator;
import dev.cxkit.metrics.survey.ScoreDistribution;
import dev.cxkit.model.survey.Scale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Survey scores in Spark equal cx-metrics' on the same rows: the independent calculation here is
 * cx-metrics' own {@link ScoreAccumulator} fed row by row on one machine.
 */
class SparkSurveysTest {
  private static final String[] REGIONS = {"north", "south", "east", "west", "centre"};
  private static final int ROWS = 20_000;

  /** The generated survey table: region, nps (text, some malformed), csat (int), ces (double). */
  private static List<Row> rows;

  @BeforeAll
  static void generate() {
    Random rnd = new Random(17);
    rows = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      String region = REGIONS[rnd.nextInt(REGIONS.length)];
      // skewed per region so groups differ
      int nps = Math.min(10, (int) Math.round(rnd.nextGaussian() * 2.5 + 6 + region.length() % 3));
      String npsText = String.valueOf(Math.max(0, nps));
      int k = rnd.nextInt(1000);
      if (k == 0) {
        npsText = null;
      } else if (k == 1) {
        npsText = "11";
      } else if (k == 2) {
        npsText = "seven";
      } else if (k == 3) {
        npsText = "7.5";
      } else if (k == 4) {
        npsText = "8.0";
      }
      Integer csat = rnd.nextInt(50) == 0 ? null : 1 + rnd.nextInt(5);
      double ces = 1 + rnd.nextInt(7);
      rows.add(RowFactory.create(region, npsText, csat, ces));
    }
  }

  private static Dataset<Row> table(int partitions, long shuffleSeed) {
    List<Row> copy = new ArrayList<>(rows);
    Collections.shuffle(copy, new Random(shuffleSeed));
    StructType schema =
        new StructType()
            .add("region", DataTypes.StringType)
            .add("nps", DataTypes.StringType)
            .add("csat", DataTypes.IntegerType)
            .add("ces", DataTypes.DoubleType);
    return SparkTesting.spark().createDataFrame(copy, schema).repartition(partitions);
  }

  /** cx-metrics on one machine: the accumulator per region, malformed answers counted apart. */
  private static Map<String, ScoreDistribution> singleJvmNps(long[] rejected) {
    Map<String, ScoreAccumulator> acc = new TreeMap<>();
    for (Row r : rows) {
      ScoreAccumulator a =
          acc.computeIfAbsent(r.getString(0), x -> new ScoreAccumulator(Scale.nps()));
      String s = r.getString(1);
      if (s == null) {
        rejected[0]++;
      } else if (s.equals("seven") || s.equals("7.5")) {
        rejected[1]++;
      } else if (s.equals("11")) {
        rejected[2]++;
      } else {
        a.add((int) Double.parseDouble(s));
      }
    }
    Map<String, ScoreDistribution> out = new TreeMap<>();
    acc.forEach((k, v) -> out.put(k, v.snapshot()));
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void npsPerRegionEqualsSingleJvm(int partitions) {
    long[] rejected = new long[3];
    Map<String, ScoreDistribution> expected = singleJvmNps(rejected);
    SurveyScores s =
        SparkSurveys.distributions(table(partitions, partitions), "nps", Scale.nps(), "region");
    assertEquals(expected.size(), s.distributions().size());
    expected.forEach(
        (region, d) -> {
          assertEquals(d, s.distribution(region), region);
          assertEquals(
              NetScores.of(d.netScoreCounts(NetScoreDefinition.nps())),
              s.netScores(NetScoreDefinition.nps()).get(List.of(region)));
        });
    RejectionReport rej = s.rejections();
    assertEquals(rejected[0], rej.count("missing score"));
    assertEquals(rejected[1], rej.count("score not an integer"));
    assertEquals(rejected[2], rej.count("score off the scale"));
    assertTrue(
        rej.examples("score off the scale").contains(Scale.nps().name() + " answer '11'"),
        rej.toString());
    assertTrue(rejected[0] > 0 && rejected[1] > 0 && rejected[2] > 0, "the table has bad rows");
    // a comparison on the driver from the merged counts is cx-metrics' comparison
    NetScoreDefinition def = NetScoreDefinition.nps();
    assertEquals(
        Comparisons.netScores(
            expected.get("north").netScoreCounts(def), expected.get("south").netScoreCounts(def)),
        Comparisons.netScores(s.netScoreCounts(def, "north"), s.netScoreCounts(def, "south")));
  }

  @Test
  void csatAndCesOverNumericColumns() {
    ScoreAccumulator csat = new ScoreAccumulator(Scale.csat5());
    ScoreAccumulator ces = new ScoreAccumulator(Scale.ces2());
    long missingCsat = 0;
    for (Row r : rows) {
      if (r.isNullAt(2)) {
        missingCsat++;
      } else {
        csat.add(r.getInt(2));
      }
      ces.add((int) r.getDouble(3));
    }
    Dataset<Row> t = table(2, 99);
    SurveyScores c = SparkSurveys.distributions(t, "csat", Scale.csat5());
    assertEquals(csat.snapshot(), c.distribution());
    assertEquals(CsatScore.of(csat.snapshot()), c.csat().get(List.of()));
    assertEquals(missingCsat, c.rejections().total());
    SurveyScores e = SparkSurveys.distributions(t, "ces", Scale.ces2());
    assertEquals(ces.snapshot(), e.pooled());
    assertTrue(e.rejections().isEmpty());
    assertEquals(
        dev.cxkit.metrics.survey.EffortScore.of(EffortScale.ces2(), ces.snapshot()),
        e.effort(EffortScale.ces2()).get(List.of()));
  }

  @Test
  void sqlUdafGivesTheSameCounts() {
    table(4, 5).createOrReplaceTempView("answers");
    SparkSurveys.register(SparkTesting.spark(), "cx_nps_counts", Scale.nps());
    List<Row> r =
        SparkTesting.spark()
            .sql(
                "SELECT region, cx_nps_counts(nps).counts AS c, cx_nps_counts(nps).offScale AS o"
                    + " FROM answers GROUP BY region ORDER BY region")
            .collectAsList();
    Map<String, ScoreDistribution> expected = singleJvmNps(new long[3]);
    assertEquals(expected.size(), r.size());
    long off = 0;
    for (Row row : r) {
      List<Long> c = row.getList(1);
      long[] counts = c.stream().mapToLong(Long::longValue).toArray();
      assertEquals(expected.get(row.getString(0)), ScoreDistribution.of(Scale.nps(), counts));
      off += row.getLong(2);
    }
    assertEquals(rows.stream().filter(x -> "11".equals(x.getString(1))).count(), off);
  }

  @Test
  void misspeltColumnIsAnError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkSurveys.distributions(table(1, 1), "npss", Scale.nps(), "region"));
    assertTrue(e.getMessage().contains("'npss'"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; did you mean 'nps'?"), e.getMessage());
    IllegalArgumentException group =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkSurveys.distributions(table(1, 1), "nps", Scale.nps(), "regoin"));
    assertTrue(group.getMessage().endsWith("; did you mean 'region'?"), group.getMessage());
    SurveyScores s = SparkSurveys.distributions(table(1, 1), "nps", Scale.nps(), "region");
    assertThrows(IllegalArgumentException.class, () -> s.distribution("nowhere"));
    assertEquals(List.of("centre", "east", "north", "south", "west"), keys(s));
  }

  private static List<String> keys(SurveyScores s) {
    List<String> k = new ArrayList<>();
    s.distributions().keySet().forEach(l -> k.add(l.get(0)));
    return k;
  }

  @Test
  void integerParsing() {
    assertEquals(7L, ScoreCountsAggregator.parseInteger("7"));
    assertEquals(7L, ScoreCountsAggregator.parseInteger("7.00"));
    assertEquals(-2L, ScoreCountsAggregator.parseInteger("-2"));
    assertEquals(null, ScoreCountsAggregator.parseInteger("7.5"));
    assertEquals(null, ScoreCountsAggregator.parseInteger("7d"));
    assertEquals(null, ScoreCountsAggregator.parseInteger("."));
  }
}
