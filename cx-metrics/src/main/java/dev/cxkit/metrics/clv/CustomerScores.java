package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkElementIndex;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Every customer of a base scored in one call: P(alive), expected purchases over the horizon of a
 * {@link ClvSpecification} and, with a spend model, the expected spend per transaction and the
 * discounted lifetime value. A column-oriented table with totals, {@link #top(int) top-k}, string
 * {@link #rows() rows} for export (CSV through cx-render's {@code CsvExport} or {@code ./cx clv
 * predict --format csv}) and a readable {@link #toString()}.
 *
 * <pre>{@code
 * CustomerScores scores = CustomerScores.score(bgnbd, gammaGamma, cbs, twelveMonths);
 * scores.top(10);                     // the ten most valuable customers
 * scores.totalLifetimeValue();        // the base's discounted value
 * System.out.println(scores);         // totals and the first rows
 * }</pre>
 */
public final class CustomerScores {
  private static final List<String> COLUMNS =
      List.of(
          "customer", "x", "t_x", "T", "p_alive", "expected_purchases", "expected_spend", "clv");

  private final CustomerSummaries base;
  private final ClvSpecification spec;
  private final String model;
  private final double[] alive;
  private final double[] expected;
  private final double @Nullable [] spend;
  private final double @Nullable [] value;

  private CustomerScores(
      CustomerSummaries base,
      ClvSpecification spec,
      String model,
      double[] alive,
      double[] expected,
      double @Nullable [] spend,
      double @Nullable [] value) {
    this.base = base;
    this.spec = spec;
    this.model = model;
    this.alive = alive;
    this.expected = expected;
    this.spend = spend;
    this.value = value;
  }

  /**
   * Scores every row of {@code base} with a transaction model and a spend model.
   *
   * @throws IllegalArgumentException if {@code base} carries no spend (merged rows)
   */
  public static CustomerScores score(
      TransactionModel model,
      GammaGamma spendModel,
      CustomerSummaries base,
      ClvSpecification spec) {
    checkNotNull(spendModel, "spendModel");
    return compute(model, spendModel, base, spec);
  }

  /** Scores P(alive) and expected purchases only (no spend model: no spend or value columns). */
  public static CustomerScores score(
      TransactionModel model, CustomerSummaries base, ClvSpecification spec) {
    return compute(model, null, base, spec);
  }

  private static CustomerScores compute(
      TransactionModel model,
      @Nullable GammaGamma spendModel,
      CustomerSummaries base,
      ClvSpecification spec) {
    checkNotNull(model, "model");
    checkNotNull(base, "base");
    checkNotNull(spec, "spec");
    checkArgument(
        spendModel == null || base.hasSpend(),
        "base must carry mean repeat spend m_x to score spend and value, had none (merged rows)");
    int n = base.size();
    double[] alive = new double[n];
    double[] expected = new double[n];
    double[] discounted = spendModel == null ? null : new double[n];
    forecast(CountModelFamily.of(model), model, base, spec, alive, expected, discounted);
    double[] spend = null;
    double[] value = null;
    if (spendModel != null && discounted != null) {
      spend = spendModel.conditionalExpectedSpend(base);
      value = new double[n];
      for (int i = 0; i < n; i++) {
        value[i] = spec.margin() * spend[i] * discounted[i];
        if (!Double.isFinite(value[i])) {
          throw new IllegalArgumentException(
              "lifetime value of row "
                  + i
                  + " is not a finite number: margin "
                  + spec.margin()
                  + " × expected spend "
                  + spend[i]
                  + " × discounted purchases "
                  + discounted[i]
                  + " exceeds the double range");
        }
      }
    }
    return new CustomerScores(base, spec, model.toString(), alive, expected, spend, value);
  }

  private static <M extends TransactionModel> void forecast(
      CountModelFamily<M> family,
      TransactionModel model,
      CustomerSummaries base,
      ClvSpecification spec,
      double[] alive,
      double[] expected,
      double @Nullable [] discounted) {
    @SuppressWarnings("unchecked")
    M m = (M) model;
    BaseForecast.index(base)
        .predict(
            family,
            m,
            base,
            spec.horizon(),
            discounted == null ? null : spec,
            alive,
            expected,
            discounted);
  }

  /** Number of scored rows. */
  public int size() {
    return alive.length;
  }

  /** The assumptions used. */
  public ClvSpecification specification() {
    return spec;
  }

  /** Whether spend and value columns are present. */
  public boolean hasSpend() {
    return spend != null;
  }

  /** Customer id of row {@code i}. */
  public String customerId(int i) {
    return base.customerId(i);
  }

  /** P(alive) of row {@code i} at the end of calibration. */
  public double probabilityAlive(int i) {
    checkElementIndex(i, size());
    return alive[i];
  }

  /** Expected purchases of row {@code i} over the specification's horizon. */
  public double expectedPurchases(int i) {
    checkElementIndex(i, size());
    return expected[i];
  }

  /** Expected spend per transaction of row {@code i}, if a spend model was given. */
  public OptionalDouble expectedSpend(int i) {
    checkElementIndex(i, size());
    return spend == null ? OptionalDouble.empty() : OptionalDouble.of(spend[i]);
  }

  /** Discounted lifetime value of row {@code i}, if a spend model was given. */
  public OptionalDouble lifetimeValue(int i) {
    checkElementIndex(i, size());
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value[i]);
  }

  /** Weighted sum of the expected purchases. */
  public double totalExpectedPurchases() {
    return weighted(expected);
  }

  /** Weighted sum of the lifetime values, if a spend model was given. */
  public OptionalDouble totalLifetimeValue() {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(weighted(value));
  }

  private double weighted(double[] v) {
    double s = 0.0;
    for (int i = 0; i < v.length; i++) {
      s += base.weight[i] * v[i];
    }
    return ExactMath.finiteResult(
        "total over the base",
        s,
        "the weighted sum of " + v.length + " rows exceeds the double range");
  }

  /**
   * The {@code k} rows with the highest lifetime value (highest expected purchases without a spend
   * model), ties by row order; {@code k} larger than the base gives every row.
   */
  public List<Row> top(int k) {
    return IntStream.of(topRows(k)).mapToObj(this::row).toList();
  }

  /** Row indices of {@link #top(int)}. */
  int[] topRows(int k) {
    return ranked(value != null ? value : expected, k);
  }

  /** Row indices of the {@code k} customers with the most expected purchases, ties by row. */
  public int[] topRowsByPurchases(int k) {
    return ranked(expected, k);
  }

  private int[] ranked(double[] key, int k) {
    checkArgument(k >= 0, "k must be >= 0, was %s", k);
    return IntStream.range(0, size())
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -key[i]).thenComparing(i -> i))
        .limit(k)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Row {@code i} as a record. */
  public Row row(int i) {
    checkElementIndex(i, size());
    return new Row(
        base.customerId(i),
        base.x[i],
        base.tx[i],
        base.age[i],
        alive[i],
        expected[i],
        spend == null ? OptionalDouble.empty() : OptionalDouble.of(spend[i]),
        value == null ? OptionalDouble.empty() : OptionalDouble.of(value[i]));
  }

  /** Column names of {@link #rows()}. */
  public List<String> columns() {
    return COLUMNS;
  }

  /**
   * Every row as strings (numbers with a dot decimal separator and full precision, empty when
   * absent), in the order of {@link #columns()}: ready for CSV export through one escaping layer.
   */
  public List<List<String>> rows() {
    List<List<String>> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      out.add(row(i).cells());
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "CustomerScores{model=%s, customers=%d, horizon=%s, expectedPurchases=%.2f%s}",
                model,
                size(),
                spec.horizon(),
                totalExpectedPurchases(),
                value == null
                    ? ""
                    : String.format(Locale.ROOT, ", lifetimeValue=%.2f", weighted(value))));
    for (Row r : top(Math.min(5, size()))) {
      sb.append("\n  ").append(r);
    }
    if (size() > 5) {
      sb.append("\n  … ").append(size() - 5).append(" more (top 5 by value shown)");
    }
    return sb.toString();
  }

  /**
   * One scored customer.
   *
   * @param customer id
   * @param frequency repeat transactions x
   * @param recency t_x
   * @param age T
   * @param probabilityAlive P(alive) at the end of calibration
   * @param expectedPurchases over the horizon
   * @param expectedSpend per transaction, with a spend model
   * @param lifetimeValue discounted, with a spend model
   */
  public record Row(
      String customer,
      int frequency,
      double recency,
      double age,
      double probabilityAlive,
      double expectedPurchases,
      OptionalDouble expectedSpend,
      OptionalDouble lifetimeValue) {

    List<String> cells() {
      return Arrays.asList(
          customer,
          Integer.toString(frequency),
          Double.toString(recency),
          Double.toString(age),
          Double.toString(probabilityAlive),
          Double.toString(expectedPurchases),
          expectedSpend.isPresent() ? Double.toString(expectedSpend.getAsDouble()) : "",
          lifetimeValue.isPresent() ? Double.toString(lifetimeValue.getAsDouble()) : "");
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s: x=%d p_alive=%.3f purchases=%.3f%s",
          customer,
          frequency,
          probabilityAlive,
          expectedPurchases,
          lifetimeValue.isPresent()
              ? String.format(
                  Locale.ROOT,
                  " spend=%.2f clv=%.2f",
                  expectedSpend.orElse(0.0),
                  lifetimeValue.getAsDouble())
              : "");
    }
  }
}
