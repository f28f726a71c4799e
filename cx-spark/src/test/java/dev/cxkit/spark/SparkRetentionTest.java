package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.metrics.retention.CohortCounts;
import dev.cxkit.metrics.retention.KaplanMeier;
import dev.cxkit.metrics.retention.KaplanMeierCurve;
import dev.cxkit.metrics.retention.LifetimeCounts;
import dev.cxkit.metrics.retention.SbgFit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retention in Spark equals cx-metrics fed row by row on one machine (generated, seeded data). */
class SparkRetentionTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void lifetimesAndKaplanMeierEqualSingleJvm(int partitions) {
    Random rnd = new Random(7);
    int n = 5_000;
    double[] times = new double[n];
    int[] events = new int[n];
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      times[i] = Math.floor(-Math.log(rnd.nextDouble()) * 30); // ties on whole days
      events[i] = rnd.nextInt(3) == 0 ? 0 : 1;
      rows.add(RowFactory.create(times[i], events[i] == 1));
    }
    rows.add(RowFactory.create(null, true));
    rows.add(RowFactory.create(-3.0, false));
    Collections.shuffle(rows, new Random(partitions));
    StructType schema =
        new StructType().add("tenure", DataTypes.DoubleType).add("churned", DataTypes.BooleanType);
    Dataset<Row> t = SparkTesting.spark().createDataFrame(rows, schema).repartition(partitions);

    Counted<LifetimeCounts> c = SparkRetention.lifetimes(t, "tenure", "churned");
    LifetimeCounts expected = LifetimeCounts.of(times, events);
    assertEquals(expected, c.value());
    assertEquals(1, c.rejections().count(SparkRetention.MISSING_TIME));
    assertEquals(1, c.rejections().count(SparkRetention.BAD_TIME));
    KaplanMeierCurve km = SparkRetention.kaplanMeier(t, "tenure", "churned").value();
    KaplanMeierCurve single = KaplanMeier.fit(expected);
    assertArrayEquals(single.times(), km.times());
    assertArrayEquals(single.survivalAtTimes(), km.survivalAtTimes());
    assertEquals(single.median(), km.median());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void cohortsAndSbgEqualSingleJvm(int partitions) {
    Random rnd = new Random(11);
    int last = 11;
    CohortCounts.Accumulator acc = new CohortCounts.Accumulator(last);
    List<Row> rows = new ArrayList<>();
    for (int cust = 0; cust < 3_000; cust++) {
      int cohort = rnd.nextInt(last + 1);
      TreeSet<Integer> active = new TreeSet<>();
      active.add(cohort);
      double stay = 0.5 + 0.4 * rnd.nextDouble(); // heterogeneous churn
      for (int p = cohort + 1; p <= last && rnd.nextDouble() < stay; p++) {
        if (rnd.nextInt(4) > 0) {
          active.add(p); // sometimes inactive in a period without churning
        }
      }
      int[] periods = active.stream().mapToInt(Integer::intValue).toArray();
      acc.addCustomer(cohort, periods);
      for (int p : periods) {
        rows.add(RowFactory.create("c" + cust, p));
        if (rnd.nextInt(10) == 0) {
          rows.add(RowFactory.create("c" + cust, p)); // a repeated activity row counts once
        }
      }
    }
    rows.add(RowFactory.create(null, 3));
    rows.add(RowFactory.create("c1", 12));
    Collections.shuffle(rows, new Random(partitions));
    StructType schema =
        new StructType().add("customer", DataTypes.StringType).add("month", DataTypes.IntegerType);
    Dataset<Row> t = SparkTesting.spark().createDataFrame(rows, schema).repartition(partitions);

    Counted<CohortCounts> c = SparkRetention.cohorts(t, "customer", "month", last);
    CohortCounts expected = acc.snapshot();
    assertEquals(expected, c.value());
    assertEquals(2, c.rejections().total(), c.rejections().toString());
    SbgFit fit = SparkRetention.sbg(c.value());
    SbgFit single = SparkRetention.sbg(expected);
    assertEquals(single.alpha(), fit.alpha());
    assertEquals(single.beta(), fit.beta());
  }
}
