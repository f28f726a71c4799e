package dev.cxkit.spark;

import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.ClvSpecification;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.TransactionModel;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;

/**
 * Per-customer summaries in Spark (see {@link SparkClv#summaries}) with the fits and the scoring
 * that use them. Fits run on the driver over the rows merged in Spark: identical {@code (x, t_x,
 * T)} rows for the purchase-count models, identical {@code (x, m_x)} rows for Gamma-Gamma, in
 * ascending order so the result does not depend on partitioning or input order.
 */
public final class CustomerTable {
  private final Dataset<CustomerSummaryRow> rows;
  private final RejectionCounter rejected;
  private final CalibrationSplit split;

  CustomerTable(
      Dataset<CustomerSummaryRow> rows, RejectionCounter rejected, CalibrationSplit split) {
    this.rows = rows;
    this.rejected = rejected;
    this.split = split;
  }

  /** One row per customer (lazy: computed by the next Spark action). */
  public Dataset<CustomerSummaryRow> rows() {
    return rows;
  }

  /** The calibration split the summaries were computed with. */
  public CalibrationSplit split() {
    return split;
  }

  /**
   * Rows left out so far, per reason (complete once an action has computed {@link #rows()}, for
   * example after {@link #weighted()}).
   */
  public RejectionReport rejections() {
    return rejected.value();
  }

  /**
   * The summaries with identical {@code (x, t_x, T)} merged into one weighted row each (counted in
   * Spark), sorted by {@code x}, then {@code t_x}, then {@code T}: the input of the purchase-count
   * fits, of size at most the number of distinct rows.
   *
   * @throws IllegalArgumentException if there is no customer
   */
  public CustomerSummaries weighted() {
    List<Row> groups =
        rows.groupBy("x", "tx", "age")
            .count()
            .orderBy(functions.col("x"), functions.col("tx"), functions.col("age"))
            .collectAsList();
    int n = groups.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      Row r = groups.get(i);
      x[i] = r.getInt(0);
      tx[i] = r.getDouble(1);
      age[i] = r.getDouble(2);
      w[i] = r.getLong(3);
    }
    return CustomerSummaries.ofColumns(x, tx, age, w);
  }

  /**
   * A purchase-count model fitted on the driver to {@link #weighted()}, e.g. {@code
   * table.fit(BgNbd::fit)} or {@code table.fit(ParetoNbd::fit)}.
   */
  public <M> BtydFit<M> fit(Function<CustomerSummaries, BtydFit<M>> fitter) {
    return fitter.apply(weighted());
  }

  /**
   * The Gamma-Gamma spend model fitted on the driver to the repeat buyers, identical {@code (x,
   * m_x)} merged with weights (the model reads only {@code x} and {@code m_x}).
   */
  public BtydFit<GammaGamma> fitGammaGamma() {
    List<Row> groups =
        rows.filter(functions.col("x").gt(0))
            .groupBy("x", "meanRepeatSpend")
            .agg(functions.count("*"), functions.min("tx"), functions.max("age"))
            .orderBy(functions.col("x"), functions.col("meanRepeatSpend"))
            .collectAsList();
    CustomerSummaries.Builder b = CustomerSummaries.builder();
    for (Row r : groups) {
      // t_x and T are any valid values of the group: the spend likelihood does not read them
      b.addWeighted(
          "x=" + r.getInt(0) + " m_x=" + r.getDouble(1),
          r.getInt(0),
          r.getDouble(3),
          r.getDouble(4),
          r.getDouble(1),
          r.getLong(2));
    }
    return GammaGamma.fit(b.build());
  }

  /**
   * Every customer scored with {@code model} (and {@code spend}, when given) via {@code
   * mapPartitions} with the fitted parameters broadcast: P(alive), expected purchases over the
   * horizon, expected spend and lifetime value, each computed by the cx-metrics model itself.
   */
  public Dataset<CustomerScoreRow> score(
      TransactionModel model, @Nullable GammaGamma spend, ClvScoring scoring) {
    ModelSpec spec = ModelSpec.of(model, spend);
    Broadcast<ModelSpec> b =
        JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext()).broadcast(spec);
    return rows.mapPartitions(new Score(b, scoring), Encoders.bean(CustomerScoreRow.class));
  }

  /** Scores one partition with the broadcast model. */
  static final class Score implements MapPartitionsFunction<CustomerSummaryRow, CustomerScoreRow> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ModelSpec> spec;
    private final double horizon;
    private final double margin;
    private final int periods;
    private final double periodLength;
    private final double discountRate;

    Score(Broadcast<ModelSpec> spec, ClvScoring scoring) {
      this.spec = spec;
      this.horizon = scoring.horizon();
      ClvSpecification v = scoring.value();
      this.margin = v.margin();
      this.periods = v.periods();
      this.periodLength = v.periodLength();
      this.discountRate = v.discountRate();
    }

    @Override
    public Iterator<CustomerScoreRow> call(Iterator<CustomerSummaryRow> in) {
      TransactionModel m = spec.value().model();
      GammaGamma g = spec.value().spendModel();
      ClvSpecification value = new ClvSpecification(margin, periods, periodLength, discountRate);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return in.hasNext();
        }

        @Override
        public CustomerScoreRow next() {
          CustomerSummaryRow c = in.next();
          CustomerScoreRow s = new CustomerScoreRow();
          s.setCustomer(c.getCustomer());
          s.setX(c.getX());
          s.setTx(c.getTx());
          s.setAge(c.getAge());
          s.setProbabilityAlive(m.probabilityAlive(c.getX(), c.getTx(), c.getAge()));
          s.setExpectedPurchases(
              m.conditionalExpectedTransactions(horizon, c.getX(), c.getTx(), c.getAge()));
          if (g != null) {
            s.setExpectedSpend(g.conditionalExpectedSpend(c.getX(), c.getMeanRepeatSpend()));
            s.setClv(
                g.customerLifetimeValue(
                    m, c.getX(), c.getTx(), c.getAge(), c.getMeanRepeatSpend(), value));
          }
          return s;
        }
      };
    }
  }

  @Override
  public String toString() {
    return "CustomerTable{" + split + "}";
  }
}
