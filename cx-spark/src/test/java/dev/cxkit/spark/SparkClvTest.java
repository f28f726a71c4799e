package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.ClvSpecification;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.ParetoNbd;
import dev.cxkit.metrics.clv.Transactions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * CLV in Spark equals cx-metrics on one machine for the CDNOW 1/10 sample (Fader &amp; Hardie 2001;
 * lifetimes' CDNOW_sample.txt, see shared/data/cdnow/SOURCE.md; test resource only): summaries per
 * customer, the BG/NBD, Pareto/NBD and Gamma-Gamma fits and every customer's scores.
 */
class SparkClvTest {
  static final CalibrationSplit SPLIT =
      CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30));

  /** (sample id, yyyymmdd, dollars) per CDNOW record, file order. */
  static List<String[]> records;

  static CustomerSummaries single;

  @BeforeAll
  static void read() {
    records = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                SparkClvTest.class.getResourceAsStream("CDNOW_sample.txt"),
                StandardCharsets.US_ASCII))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.strip().split("\\s+");
        records.add(new String[] {f[1], f[2], f[4]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Transactions.Builder b = Transactions.builder();
    DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
    for (String[] r : records) {
      b.add(r[0], LocalDate.parse(r[1], f), Double.parseDouble(r[2]));
    }
    single = SPLIT.summarise(b.build());
  }

  static Dataset<Row> table(int partitions, long seed, boolean withBadRows) {
    List<Row> rows = new ArrayList<>();
    for (String[] r : records) {
      rows.add(RowFactory.create(r[0], Integer.parseInt(r[1]), Double.parseDouble(r[2])));
    }
    if (withBadRows) {
      rows.add(RowFactory.create(null, 19970105, 3.0));
      rows.add(RowFactory.create("9999", 19971345, 3.0));
      rows.add(RowFactory.create("9998", 19970105, -1.0));
      rows.add(RowFactory.create("9997", 19990105, 1.0));
      rows.add(RowFactory.create("9996", 19971001, 5.0)); // first purchase in the holdout
    }
    Collections.shuffle(rows, new Random(seed));
    StructType schema =
        new StructType()
            .add("customer", DataTypes.StringType)
            .add("date", DataTypes.IntegerType)
            .add("sales", DataTypes.DoubleType);
    return SparkTesting.spark().createDataFrame(rows, schema).repartition(partitions);
  }

  static CustomerTable spark(int partitions, long seed, boolean bad) {
    return SparkClv.summaries(
        table(partitions, seed, bad),
        TransactionColumns.of("customer", "date", "sales").withDatePattern("yyyyMMdd"),
        SPLIT);
  }

  static void assertRelative(double expected, double actual, double tol, String what) {
    double scale = Math.max(Math.abs(expected), Double.MIN_NORMAL);
    assertTrue(
        Math.abs(expected - actual) <= tol * scale,
        what + ": expected " + expected + ", was " + actual);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void summariesEqualSingleJvm(int partitions) {
    CustomerTable t = spark(partitions, 31L * partitions, true);
    Map<String, CustomerSummaryRow> byId = new HashMap<>();
    for (CustomerSummaryRow r : t.rows().collectAsList()) {
      byId.put(r.getCustomer(), r);
    }
    assertEquals(single.size(), byId.size());
    for (int i = 0; i < single.size(); i++) {
      CustomerSummaryRow r = byId.get(single.customerId(i));
      assertEquals(single.frequency(i), r.getX());
      assertEquals(single.recency(i), r.getTx());
      assertEquals(single.age(i), r.getAge());
      assertEquals(single.holdoutFrequency(i), r.getHoldoutX());
      assertRelative(single.meanRepeatSpend(i), r.getMeanRepeatSpend(), 1e-12, "m_x");
      assertRelative(single.holdoutSpend(i), r.getHoldoutSpend(), 1e-12, "holdout spend");
    }
    RejectionReport rej = t.rejections();
    assertEquals(1, rej.count(SparkClv.MISSING_CUSTOMER), rej.toString());
    assertEquals(1, rej.count(SparkClv.UNPARSABLE_DATE), rej.toString());
    assertEquals(1, rej.count(SparkClv.BAD_AMOUNT), rej.toString());
    assertEquals(1, rej.count(SparkClv.AFTER_HOLDOUT), rej.toString());
    assertEquals(1, rej.count(SparkClv.NOT_BEFORE_CALIBRATION_END), rej.toString());
    assertTrue(rej.examples(SparkClv.UNPARSABLE_DATE).get(0).contains("19971345"), rej.toString());
    // the weighted rows are counted exactly: every customer is represented once
    assertEquals(single.size(), t.weighted().totalWeight());
  }

  @Test
  void fitsAndScoresEqualSingleJvm() {
    BtydFit<BgNbd> expected = BgNbd.fit(single);
    BtydFit<GammaGamma> expectedSpend = GammaGamma.fit(repeatBuyers(single));
    BtydFit<ParetoNbd> expectedPareto = ParetoNbd.fit(single);
    for (int partitions : new int[] {1, 8}) {
      CustomerTable t = spark(partitions, partitions, false);
      BtydFit<BgNbd> fit = t.fit(BgNbd::fit);
      assertTrue(fit.converged());
      double[] e = expected.model().parameters();
      double[] a = fit.model().parameters();
      for (int k = 0; k < 4; k++) {
        assertRelative(e[k], a[k], 1e-12, "BG/NBD " + fit.parameterNames().get(k));
      }
      assertRelative(expected.logLikelihood(), fit.logLikelihood(), 1e-12, "BG/NBD log-lik");
      double[] ep = expectedPareto.model().parameters();
      double[] ap = t.fit(ParetoNbd::fit).model().parameters();
      for (int k = 0; k < 4; k++) {
        assertRelative(ep[k], ap[k], 1e-12, "Pareto/NBD parameter " + k);
      }
      BtydFit<GammaGamma> spend = t.fitGammaGamma();
      assertRelative(expectedSpend.model().p(), spend.model().p(), 1e-12, "p");
      assertRelative(expectedSpend.model().q(), spend.model().q(), 1e-12, "q");
      assertRelative(expectedSpend.model().gamma(), spend.model().gamma(), 1e-12, "gamma");

      ClvSpecification value =
          ClvSpecification.builder()
              .margin(0.3)
              .periods(12)
              .periodLength(4.0)
              .discountRate(0.01)
              .build();
      ClvScoring scoring = ClvScoring.horizon(39).withValue(value);
      Map<String, CustomerScoreRow> scored = new HashMap<>();
      for (CustomerScoreRow r : t.score(fit.model(), spend.model(), scoring).collectAsList()) {
        scored.put(r.getCustomer(), r);
      }
      assertEquals(single.size(), scored.size());
      BgNbd m = fit.model();
      GammaGamma g = spend.model();
      for (int i = 0; i < single.size(); i++) {
        CustomerScoreRow r = scored.get(single.customerId(i));
        int x = single.frequency(i);
        double tx = single.recency(i);
        double age = single.age(i);
        assertEquals(m.probabilityAlive(x, tx, age), r.getProbabilityAlive());
        assertEquals(m.conditionalExpectedTransactions(39, x, tx, age), r.getExpectedPurchases());
        double mx = single.meanRepeatSpend(i);
        assertRelative(g.conditionalExpectedSpend(x, mx), r.getExpectedSpend(), 1e-12, "spend");
        assertRelative(g.customerLifetimeValue(m, x, tx, age, mx, value), r.getClv(), 1e-12, "clv");
      }
    }
  }

  /**
   * The repeat buyers of the summaries, one unweighted row each (what Gamma-Gamma is fitted to).
   */
  static CustomerSummaries repeatBuyers(CustomerSummaries s) {
    CustomerSummaries.Builder b = CustomerSummaries.builder();
    for (int i = 0; i < s.size(); i++) {
      if (s.frequency(i) > 0) {
        b.add(s.customerId(i), s.frequency(i), s.recency(i), s.age(i), s.meanRepeatSpend(i));
      }
    }
    return b.build();
  }
}
