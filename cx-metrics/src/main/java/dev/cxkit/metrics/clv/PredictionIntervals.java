package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkElementIndex;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.stats.Quantiles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Bootstrap prediction intervals for a customer base: per customer (computed on request from the
 * replicate parameters) for P(alive), expected purchases, expected spend and lifetime value, and
 * for the whole base. Intervals are percentile intervals of the replicates; their {@link
 * Interval#method()} says which bootstrap ({@link IntervalMethod#BOOTSTRAP_PERCENTILE} for the
 * non-parametric one, {@link IntervalMethod#PARAMETRIC_BOOTSTRAP_PERCENTILE} for the parametric
 * one).
 *
 * <p><b>Which uncertainty.</b> Per-customer intervals and the {@code parameterInterval} of a total
 * cover the <em>expectation</em> (parameter uncertainty only). The {@code predictionInterval} of a
 * total covers the <em>realised</em> total: in each replicate every customer's future is simulated
 * from the posterior given the history under that replicate's parameters, so it carries parameter
 * and process uncertainty.
 *
 * <pre>{@code
 * PredictionIntervals pi = reps.predict(cbs, spec, 0.9);
 * pi.transactions().predictionInterval();   // where the base's future purchases will fall
 * pi.transactions().parameterInterval();    // where their expectation lies
 * pi.customer(3).lifetimeValue();           // Optional interval of customer 3's CLV
 * }</pre>
 */
public final class PredictionIntervals {
  private final BootstrapReplicates replicates;
  private final CountModelFamily<?> family;
  private final CustomerSummaries base;
  private final ClvSpecification spec;
  private final double level;
  private final CustomerScores point;
  private final int[] used;
  private final int failed;
  private final Total transactions;
  private final Optional<Total> value;

  PredictionIntervals(
      BootstrapReplicates replicates,
      CountModelFamily<?> family,
      CustomerSummaries base,
      ClvSpecification spec,
      double level,
      CustomerScores point,
      double[][] totals,
      int[] used,
      int failed) {
    this.replicates = replicates;
    this.family = family;
    this.base = base;
    this.spec = spec;
    this.level = level;
    this.point = point;
    this.used = used;
    this.failed = failed;
    IntervalMethod m = method();
    this.transactions =
        new Total(
            point.totalExpectedPurchases(),
            Quantiles.percentileInterval(totals[0], level, m),
            Quantiles.percentileInterval(totals[1], level, m));
    this.value =
        point.totalLifetimeValue().isPresent()
            ? Optional.of(
                new Total(
                    point.totalLifetimeValue().getAsDouble(),
                    Quantiles.percentileInterval(totals[2], level, m),
                    Quantiles.percentileInterval(totals[3], level, m)))
            : Optional.empty();
  }

  /** The bootstrap method. */
  public BootstrapMethod bootstrapMethod() {
    return replicates.method();
  }

  /** The interval method of every interval here. */
  public IntervalMethod method() {
    return replicates.method() == BootstrapMethod.PARAMETRIC
        ? IntervalMethod.PARAMETRIC_BOOTSTRAP_PERCENTILE
        : IntervalMethod.BOOTSTRAP_PERCENTILE;
  }

  /** The nominal coverage. */
  public double confidenceLevel() {
    return level;
  }

  /** Replicates the intervals are built from. */
  public int replicates() {
    return used.length;
  }

  /** Replicates dropped (refit did not converge, or forecasts not finite at their parameters). */
  public int failedReplicates() {
    return failed;
  }

  /** The point forecasts at the estimate, one row per customer. */
  public CustomerScores estimates() {
    return point;
  }

  /** Total purchases of the base over the horizon. */
  public Total transactions() {
    return transactions;
  }

  /** Total discounted lifetime value of the base, if a spend model was bootstrapped. */
  public Optional<Total> lifetimeValue() {
    return value;
  }

  /**
   * Intervals for customer {@code i} (parameter uncertainty of the expectations), computed from the
   * replicate parameters on each call: one model evaluation per replicate and quantity.
   */
  public Customer customer(int i) {
    checkElementIndex(i, base.size());
    int r = used.length;
    double[] alive = new double[r];
    double[] expected = new double[r];
    boolean withSpend = replicates.hasSpend();
    double[] spend = withSpend ? new double[r] : null;
    double[] clv = withSpend ? new double[r] : null;
    int x = base.x[i];
    double tx = base.tx[i];
    double age = base.age[i];
    for (int k = 0; k < r; k++) {
      int b = used[k];
      double[] one = forecast(family, replicates.model(family, b), x, tx, age);
      alive[k] = one[0];
      expected[k] = one[1];
      GammaGamma g = replicates.spendModel(b);
      if (spend != null && clv != null && g != null) {
        spend[k] = g.conditionalExpectedSpend(x, base.spend[i]);
        clv[k] = spec.margin() * spend[k] * one[2];
      }
    }
    IntervalMethod m = method();
    CustomerScores.Row row = point.row(i);
    return new Customer(
        i,
        row,
        Quantiles.percentileInterval(alive, level, m).clampedTo(0.0, 1.0),
        Quantiles.percentileInterval(expected, level, m),
        spend == null
            ? Optional.empty()
            : Optional.of(Quantiles.percentileInterval(spend, level, m)),
        clv == null ? Optional.empty() : Optional.of(Quantiles.percentileInterval(clv, level, m)));
  }

  @SuppressWarnings("unchecked")
  private <M extends TransactionModel> double[] forecast(
      CountModelFamily<M> f, TransactionModel model, int x, double tx, double age) {
    M m = (M) model;
    double a = f.alive.at(m, x, tx, age);
    double w = f.whileAlive.at(m, spec.horizon(), x, age);
    double previous = 0.0;
    double factor = 1.0;
    double det = 0.0;
    if (replicates.hasSpend()) {
      for (int k = 1; k <= spec.periods(); k++) {
        double c = f.whileAlive.at(m, k * spec.periodLength(), x, age);
        factor /= 1.0 + spec.discountRate();
        det += (c - previous) * factor;
        previous = c;
      }
    }
    return new double[] {a, w * a, det * a};
  }

  /** Intervals for the given customers (rows), computed in parallel. */
  public List<Customer> customers(int... rows) {
    for (int i : rows) {
      checkElementIndex(i, base.size());
    }
    return IntStream.of(rows).parallel().mapToObj(this::customer).toList();
  }

  /** Intervals for the {@code k} customers ranked first by {@link CustomerScores#top(int)}. */
  public List<Customer> top(int k) {
    checkArgument(k >= 0, "k must be >= 0, was %s", k);
    int[] rows = point.topRows(k);
    return customers(rows);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "PredictionIntervals{%s, %.0f%%, replicates=%d, failed=%d, horizon=%s, transactions=%s%s}",
        bootstrapMethod(),
        level * 100,
        replicates(),
        failed,
        spec.horizon(),
        transactions,
        value.map(v -> ", lifetimeValue=" + v).orElse(""));
  }

  /**
   * A total over the base: the point forecast at the estimate, the interval of its expectation
   * (parameter uncertainty) and the prediction interval of the realised total (parameter and
   * process uncertainty).
   *
   * @param estimate the point forecast
   * @param parameterInterval percentile interval of the replicates' expected totals
   * @param predictionInterval percentile interval of the replicates' simulated totals
   */
  public record Total(double estimate, Interval parameterInterval, Interval predictionInterval) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.2f (expectation [%.2f, %.2f]; realised [%.2f, %.2f])",
          estimate,
          parameterInterval.lower(),
          parameterInterval.upper(),
          predictionInterval.lower(),
          predictionInterval.upper());
    }
  }

  /**
   * One customer's point forecasts with the intervals of their expectations.
   *
   * @param row the row of the base
   * @param estimate the point forecasts at the estimate
   * @param probabilityAlive interval of P(alive)
   * @param expectedPurchases interval of the expected purchases over the horizon
   * @param expectedSpend interval of the expected spend per transaction, with a spend model
   * @param lifetimeValue interval of the discounted lifetime value, with a spend model
   */
  public record Customer(
      int row,
      CustomerScores.Row estimate,
      Interval probabilityAlive,
      Interval expectedPurchases,
      Optional<Interval> expectedSpend,
      Optional<Interval> lifetimeValue) {

    /** The point lifetime value, if a spend model was given. */
    public OptionalDouble lifetimeValueEstimate() {
      return estimate.lifetimeValue();
    }
  }
}
