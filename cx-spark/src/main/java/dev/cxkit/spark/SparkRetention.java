package dev.cxkit.spark;

import dev.cxkit.metrics.retention.CohortCounts;
import dev.cxkit.metrics.retention.KaplanMeier;
import dev.cxkit.metrics.retention.KaplanMeierCurve;
import dev.cxkit.metrics.retention.LifetimeCounts;
import dev.cxkit.metrics.retention.RetentionKind;
import dev.cxkit.metrics.retention.SbgFit;
import dev.cxkit.metrics.retention.ShiftedBetaGeometric;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Retention at scale: lifetime counts per distinct time and cohort activity counts aggregated in
 * Spark, Kaplan–Meier and the shifted-beta-geometric model fitted on the driver by cx-metrics.
 *
 * <pre>{@code
 * Counted<LifetimeCounts> life = SparkRetention.lifetimes(customers, "tenure_days", "churned");
 * KaplanMeierCurve km = KaplanMeier.fit(life.value());
 * Counted<CohortCounts> cohorts = SparkRetention.cohorts(activity, "customer", "month", 23);
 * SbgFit sbg = SparkRetention.sbg(cohorts.value());
 * }</pre>
 */
public final class SparkRetention {
  static final String MISSING_TIME = "missing lifetime";
  static final String BAD_TIME = "lifetime not a finite number >= 0";
  static final String BAD_FLAG = "churn flag not true/false/1/0";
  static final String MISSING_CUSTOMER = "missing customer";
  static final String BAD_PERIOD = "period not an integer in [0, lastObservedPeriod]";

  private SparkRetention() {}

  /**
   * Lifetime counts of a table with one row per customer: the observed lifetime and whether it
   * ended in churn ({@code true/false} or {@code 1/0}); the rest are censored.
   */
  public static Counted<LifetimeCounts> lifetimes(
      Dataset<Row> customers, String timeColumn, String churnedColumn) {
    Columns.require(customers, "lifetime column", timeColumn);
    Columns.require(customers, "churn column", churnedColumn);
    RejectionCounter rejected =
        RejectionCounter.registered(customers.sparkSession(), "cx rejected lifetimes");
    StructType parsed =
        new StructType().add("t", DataTypes.DoubleType).add("e", DataTypes.IntegerType);
    List<Row> rows =
        customers
            .select(
                functions.col(timeColumn).cast("string"),
                functions.col(churnedColumn).cast("string"))
            .flatMap(new ParseLifetime(rejected), Encoders.row(parsed))
            .groupBy("t")
            .agg(functions.sum("e"), functions.count("*"))
            .orderBy("t")
            .collectAsList();
    int n = rows.size();
    double[] times = new double[n];
    long[] events = new long[n];
    long[] censored = new long[n];
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      times[i] = r.getDouble(0);
      events[i] = r.getLong(1);
      censored[i] = r.getLong(2) - events[i];
    }
    return new Counted<>(LifetimeCounts.ofCounts(times, events, censored), rejected.value());
  }

  /** Kaplan–Meier of {@link #lifetimes}, fitted on the driver. */
  public static Counted<KaplanMeierCurve> kaplanMeier(
      Dataset<Row> customers, String timeColumn, String churnedColumn) {
    Counted<LifetimeCounts> c = lifetimes(customers, timeColumn, churnedColumn);
    return new Counted<>(KaplanMeier.fit(c.value()), c.rejections());
  }

  /**
   * Cohort counts of an activity table (one row per customer and active period; periods are
   * integers in {@code [0, lastObservedPeriod]}): each customer's cohort is her first active
   * period. Customers with the same cohort and activity pattern are counted in Spark; the driver
   * adds each distinct pattern through cx-metrics' {@link CohortCounts.Accumulator}.
   */
  public static Counted<CohortCounts> cohorts(
      Dataset<Row> activity, String customerColumn, String periodColumn, int lastObservedPeriod) {
    Columns.require(activity, "customer column", customerColumn);
    Columns.require(activity, "period column", periodColumn);
    CohortCounts.Accumulator acc = new CohortCounts.Accumulator(lastObservedPeriod);
    RejectionCounter rejected =
        RejectionCounter.registered(activity.sparkSession(), "cx rejected activity");
    StructType parsed =
        new StructType().add("c", DataTypes.StringType).add("p", DataTypes.IntegerType);
    List<Row> patterns =
        activity
            .select(
                functions.col(customerColumn).cast("string"),
                functions.col(periodColumn).cast("string"))
            .flatMap(new ParseActivity(lastObservedPeriod, rejected), Encoders.row(parsed))
            .groupBy("c")
            .agg(functions.array_sort(functions.collect_set("p")).as("periods"))
            .groupBy("periods")
            .count()
            .collectAsList();
    for (Row r : patterns) {
      List<Integer> list = r.getList(0);
      int[] periods = list.stream().mapToInt(Integer::intValue).toArray();
      long count = r.getLong(1);
      for (long k = 0; k < count; k++) {
        acc.addCustomer(periods[0], periods);
      }
    }
    return new Counted<>(acc.snapshot(), rejected.value());
  }

  /**
   * The shifted-beta-geometric model fitted to every cohort's rolling survivors (customers active
   * at age k or later), each cohort observed for as long as it has lived; empty cohorts and cohorts
   * observed for one period only are left out.
   */
  public static SbgFit sbg(CohortCounts counts) {
    List<long[]> survivors = new ArrayList<>();
    for (int c = 0; c <= counts.lastObservedPeriod(); c++) {
      int ages = counts.maxObservedAge(c) + 1;
      if (counts.cohortSize(c) == 0 || ages < 2) {
        continue;
      }
      long[] s = new long[ages];
      for (int k = 0; k < ages; k++) {
        s[k] = counts.retained(c, k, RetentionKind.ROLLING);
      }
      survivors.add(s);
    }
    return ShiftedBetaGeometric.fitCohorts(survivors);
  }

  static final class ParseLifetime implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final RejectionCounter rejected;

    ParseLifetime(RejectionCounter rejected) {
      this.rejected = rejected;
    }

    @Override
    public Iterator<Row> call(Row r) {
      String t = r.getString(0);
      if (t == null || t.isBlank()) {
        rejected.reject(MISSING_TIME, r::toString);
        return List.<Row>of().iterator();
      }
      double time;
      try {
        time = Double.parseDouble(t.strip());
      } catch (NumberFormatException e) {
        time = Double.NaN;
      }
      if (!(Double.isFinite(time) && time >= 0)) {
        rejected.reject(BAD_TIME, r::toString);
        return List.<Row>of().iterator();
      }
      String f = r.getString(1) == null ? "" : r.getString(1).strip();
      int event;
      switch (f) {
        case "true", "1" -> event = 1;
        case "false", "0" -> event = 0;
        default -> {
          rejected.reject(BAD_FLAG, r::toString);
          return List.<Row>of().iterator();
        }
      }
      return List.of(RowFactory.create(time + 0.0, event)).iterator();
    }
  }

  static final class ParseActivity implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int last;
    private final RejectionCounter rejected;

    ParseActivity(int last, RejectionCounter rejected) {
      this.last = last;
      this.rejected = rejected;
    }

    @Override
    public Iterator<Row> call(Row r) {
      String c = r.getString(0);
      if (c == null || c.isBlank()) {
        rejected.reject(MISSING_CUSTOMER, r::toString);
        return List.<Row>of().iterator();
      }
      Long p =
          r.getString(1) == null
              ? null
              : ScoreCountsAggregator.parseInteger(r.getString(1).strip());
      if (p == null || p < 0 || p > last) {
        rejected.reject(BAD_PERIOD, r::toString);
        return List.<Row>of().iterator();
      }
      return List.of(RowFactory.create(c, (int) (long) p)).iterator();
    }
  }
}
