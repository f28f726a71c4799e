package dev.cxkit.spark;

import dev.cxkit.metrics.survey.ScoreDistribution;
import dev.cxkit.model.survey.Scale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;

/**
 * Survey scores over a Spark table: answers are counted per scale point by a typed {@code
 * Aggregator} (grouped by any columns), the merged counts come back to the driver as cx-metrics
 * {@link ScoreDistribution}s, and every score, interval and comparison is computed there by
 * cx-metrics itself.
 *
 * <pre>{@code
 * Dataset<Row> answers = spark.read().parquet("answers.parquet");
 * SurveyScores s = SparkSurveys.distributions(answers, "nps", Scale.nps(), "region", "quarter");
 * s.netScores(NetScoreDefinition.nps());            // Score per (region, quarter)
 * s.rejections();                                   // null, non-integer, off-scale answers
 *
 * SparkSurveys.register(spark, "cx_nps_counts", Scale.nps());
 * spark.sql("SELECT region, cx_nps_counts(CAST(nps AS STRING)).counts FROM answers GROUP BY region");
 * }</pre>
 */
public final class SparkSurveys {
  private SparkSurveys() {}

  /**
   * Distributions of {@code scoreColumn} on {@code scale}, one per distinct combination of {@code
   * groupColumns} (one for the whole table when none is given).
   *
   * @throws IllegalArgumentException if a named column does not exist
   */
  public static SurveyScores distributions(
      Dataset<Row> table, String scoreColumn, Scale scale, String... groupColumns) {
    Columns.require(table, "score column", scoreColumn);
    for (String g : groupColumns) {
      Columns.require(table, "group column", g);
    }
    RejectionCounter counter =
        RejectionCounter.registered(
            table.sparkSession(), "cx rejected " + scale.name() + " answers");
    UserDefinedFunction udaf =
        functions.udaf(
            new ScoreCountsAggregator(scale.name(), scale.min(), scale.max(), counter),
            Encoders.STRING());
    Column[] by = Arrays.stream(groupColumns).map(functions::col).toArray(Column[]::new);
    List<Row> rows =
        table
            .groupBy(by)
            .agg(udaf.apply(functions.col(scoreColumn).cast("string")).as("cx_counts"))
            .collectAsList();
    Map<List<@Nullable String>, ScoreDistribution> out = new TreeMap<>(KEY_ORDER);
    long missing = 0;
    long notInteger = 0;
    long offScale = 0;
    for (Row r : rows) {
      List<@Nullable String> key = new ArrayList<>(groupColumns.length);
      for (int i = 0; i < groupColumns.length; i++) {
        key.add(r.isNullAt(i) ? null : String.valueOf(r.get(i)));
      }
      Row s = r.getStruct(groupColumns.length);
      List<Long> c = s.getList(s.fieldIndex("counts"));
      long[] counts = new long[c.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = c.get(i);
      }
      missing = Math.addExact(missing, s.getLong(s.fieldIndex("missing")));
      notInteger = Math.addExact(notInteger, s.getLong(s.fieldIndex("notInteger")));
      offScale = Math.addExact(offScale, s.getLong(s.fieldIndex("offScale")));
      if (groupColumns.length == 0
          && Arrays.stream(counts).sum() == 0
          && s.getLong(s.fieldIndex("missing"))
                  + s.getLong(s.fieldIndex("notInteger"))
                  + s.getLong(s.fieldIndex("offScale"))
              == 0) {
        continue; // the global aggregate of an empty table: no group at all
      }
      out.put(java.util.Collections.unmodifiableList(key), ScoreDistribution.of(scale, counts));
    }
    RejectionReport examples = counter.value();
    TreeMap<String, Long> exact = new TreeMap<>();
    put(exact, ScoreCountsAggregator.MISSING, missing);
    put(exact, ScoreCountsAggregator.NOT_INTEGER, notInteger);
    put(exact, ScoreCountsAggregator.OFF_SCALE, offScale);
    TreeMap<String, ArrayList<String>> ex = new TreeMap<>();
    for (String reason : exact.keySet()) {
      ex.put(reason, new ArrayList<>(examples.examples(reason)));
    }
    return new SurveyScores(scale, List.of(groupColumns), out, new RejectionReport(exact, ex));
  }

  private static void put(TreeMap<String, Long> m, String reason, long n) {
    if (n > 0) {
      m.put(reason, n);
    }
  }

  /**
   * The score-counting aggregator as a SQL function of one text argument, returning a struct {@code
   * {counts: array<bigint>, missing, notInteger, offScale}} (see {@link ScoreCounts}).
   */
  public static UserDefinedFunction udaf(Scale scale) {
    return functions.udaf(
        new ScoreCountsAggregator(scale.name(), scale.min(), scale.max(), null), Encoders.STRING());
  }

  /** Registers {@link #udaf(Scale)} under {@code name} for SQL queries of {@code spark}. */
  public static void register(SparkSession spark, String name, Scale scale) {
    spark.udf().register(name, udaf(scale));
  }

  /** Group keys in ascending order, element by element, a null element first. */
  static final Comparator<List<@Nullable String>> KEY_ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          String x = a.get(i);
          String y = b.get(i);
          int c = x == null ? (y == null ? 0 : -1) : y == null ? 1 : x.compareTo(y);
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };
}
