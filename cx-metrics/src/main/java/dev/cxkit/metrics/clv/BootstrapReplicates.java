package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkElementIndex;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The replicate parameter vectors of a {@link PredictionBootstrap} run: the method, the seed, the
 * replicates that succeeded and those that failed, and {@link #predict} to turn them into
 * prediction intervals.
 *
 * <pre>{@code
 * BootstrapReplicates reps = PredictionBootstrap.parametric(1000, 7).replicate(fit, cbs);
 * reps.size();              // replicates available
 * reps.parameters(0);       // r, α, a, b of replicate 0
 * PredictionIntervals pi = reps.predict(cbs, spec, 0.9);
 * }</pre>
 */
public final class BootstrapReplicates {
  private final BootstrapMethod method;
  private final long seed;
  private final CountModelFamily<?> family;
  private final TransactionModel estimate;
  private final @Nullable GammaGamma spendEstimate;
  private final double[][] params;
  private final double @Nullable [][] spendParams;
  private final int failed;

  BootstrapReplicates(
      BootstrapMethod method,
      long seed,
      CountModelFamily<?> family,
      TransactionModel estimate,
      @Nullable GammaGamma spendEstimate,
      double[][] params,
      double @Nullable [][] spendParams) {
    this.method = method;
    this.seed = seed;
    this.family = family;
    this.estimate = estimate;
    this.spendEstimate = spendEstimate;
    int ok = 0;
    for (int b = 0; b < params.length; b++) {
      if (params[b] != null && (spendParams == null || spendParams[b] != null)) {
        ok++;
      }
    }
    this.failed = params.length - ok;
    this.params = new double[ok][];
    this.spendParams = spendParams == null ? null : new double[ok][];
    for (int b = 0, j = 0; b < params.length; b++) {
      if (params[b] != null && (spendParams == null || spendParams[b] != null)) {
        this.params[j] = params[b];
        if (this.spendParams != null && spendParams != null) {
          this.spendParams[j] = spendParams[b];
        }
        j++;
      }
    }
    checkArgument(
        ok >= 10,
        "bootstrap failed: only %s of %s replicates could be refitted (the data may be too small"
            + " to refit on resamples)",
        ok,
        params.length);
  }

  /** How the replicates were drawn. */
  public BootstrapMethod method() {
    return method;
  }

  /** The seed of the run. */
  public long seed() {
    return seed;
  }

  /** Replicates available. */
  public int size() {
    return params.length;
  }

  /** Replicates dropped because a refit did not converge. */
  public int failed() {
    return failed;
  }

  /** Whether a spend model was bootstrapped too. */
  public boolean hasSpend() {
    return spendParams != null;
  }

  /** The transaction-model parameters of replicate {@code b} (a fresh copy). */
  public double[] parameters(int b) {
    checkElementIndex(b, size());
    return params[b].clone();
  }

  /**
   * Prediction intervals for the customers of {@code base} (usually the calibration summaries) over
   * the horizon of {@code spec}. Totals carry both a parameter-uncertainty interval of their
   * expectation and a prediction interval of the realised total (parameter and process uncertainty:
   * each replicate simulates every customer's future from the posterior).
   *
   * @throws IllegalArgumentException if a spend model was bootstrapped and {@code base} carries no
   *     spend
   */
  public PredictionIntervals predict(
      CustomerSummaries base, ClvSpecification spec, double confidenceLevel) {
    checkNotNull(base, "base");
    checkNotNull(spec, "spec");
    Distributions.checkConfidence(confidenceLevel);
    checkArgument(
        spendParams == null || base.hasSpend(),
        "base must carry mean repeat spend m_x for spend and value intervals, had none");
    return run(family, base, spec, confidenceLevel);
  }

  private <M extends TransactionModel> PredictionIntervals run(
      CountModelFamily<M> f, CustomerSummaries base, ClvSpecification spec, double level) {
    int reps = size();
    int n = base.size();
    BaseForecast index = BaseForecast.index(base);
    double[][] totals = new double[4][reps];
    boolean[] bad = new boolean[reps];
    boolean withSpend = spendParams != null;
    IntStream.range(0, reps)
        .parallel()
        .forEach(
            b -> {
              M m;
              GammaGamma g;
              double[] alive = new double[n];
              double[] expected = new double[n];
              double[] discounted = withSpend ? new double[n] : null;
              double[] spend = null;
              try {
                m = f.make.apply(params[b]);
                g = spendParams == null ? null : spendOf(spendParams[b]);
                index.predict(
                    f,
                    m,
                    base,
                    spec.horizon(),
                    withSpend ? spec : null,
                    alive,
                    expected,
                    discounted);
                if (g != null) {
                  spend = g.conditionalExpectedSpend(base);
                }
              } catch (ArithmeticException | IllegalStateException | IllegalArgumentException e) {
                bad[b] = true;
                return;
              }
              SplittableRandom rnd =
                  new SplittableRandom(PredictionBootstrap.mix(seed ^ 0x5DEECE66DL, b));
              FutureSimulator sim = new FutureSimulator(m, g, spec, rnd);
              double te = 0.0;
              double tv = 0.0;
              double st = 0.0;
              double sv = 0.0;
              for (int i = 0; i < n; i++) {
                double w = base.weight[i];
                te += w * expected[i];
                if (spend != null && discounted != null) {
                  tv += w * spec.margin() * spend[i] * discounted[i];
                }
                long copies = (long) Math.floor(w);
                if (rnd.nextDouble() < w - copies) {
                  copies++;
                }
                double mean = base.hasSpend() ? base.spend[i] : 0.0;
                for (long c = 0; c < copies; c++) {
                  sim.simulate(base.x[i], base.tx[i], base.age[i], mean, alive[i]);
                  st += sim.transactions;
                  sv += sim.value;
                }
              }
              totals[0][b] = te;
              totals[1][b] = st;
              totals[2][b] = tv;
              totals[3][b] = sv;
            });
    int ok = 0;
    for (boolean x : bad) {
      ok += x ? 0 : 1;
    }
    checkArgument(
        ok >= 10,
        "only %s of %s replicates give finite forecasts for this base; no intervals",
        ok,
        reps);
    double[][] kept = new double[4][ok];
    int[] keptIndex = new int[ok];
    for (int b = 0, j = 0; b < reps; b++) {
      if (!bad[b]) {
        for (int k = 0; k < 4; k++) {
          kept[k][j] = totals[k][b];
        }
        keptIndex[j++] = b;
      }
    }
    CustomerScores point =
        spendEstimate == null
            ? CustomerScores.score(estimate, base, spec)
            : CustomerScores.score(estimate, spendEstimate, base, spec);
    return new PredictionIntervals(
        this, f, base, spec, level, point, kept, keptIndex, failed + (reps - ok));
  }

  /** Replicate {@code b}'s transaction model. */
  TransactionModel model(CountModelFamily<?> f, int b) {
    return f.make.apply(params[b]);
  }

  @Nullable GammaGamma spendModel(int b) {
    return spendParams == null ? null : spendOf(spendParams[b]);
  }

  private static GammaGamma spendOf(double[] p) {
    return GammaGamma.of(p[0], p[1], p[2]);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "BootstrapReplicates{method=%s, replicates=%d, failed=%d, seed=%d, model=%s%s, first=%s}",
        method,
        size(),
        failed,
        seed,
        family.label,
        hasSpend() ? " + Gamma-Gamma" : "",
        Arrays.toString(params[0]));
  }
}
