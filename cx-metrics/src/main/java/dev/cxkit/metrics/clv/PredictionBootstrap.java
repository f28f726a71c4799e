package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.jspecify.annotations.Nullable;

/**
 * Seeded bootstrap of a fitted transaction model (and optionally its Gamma-Gamma spend model):
 * draws replicate parameter vectors by the chosen {@link BootstrapMethod}, from which {@link
 * BootstrapReplicates#predict} builds prediction intervals per customer and for the whole base.
 * Replicates run in parallel; replicate {@code b} uses a generator seeded from {@code (seed, b)}
 * only, so results do not depend on the thread count.
 *
 * <pre>{@code
 * BtydFit<BgNbd> fit = BgNbd.fit(cbs);
 * BootstrapReplicates reps = PredictionBootstrap.nonParametric(1000, 42)
 *     .replicate(fit, GammaGamma.fit(cbs), cbs);
 * PredictionIntervals pi = reps.predict(cbs, twelveMonths, 0.90);
 * pi.totalTransactions();           // parameter + process uncertainty
 * pi.customer(0).expectedPurchases(); // parameter uncertainty of customer 0's expectation
 * }</pre>
 *
 * <p>The non-parametric bootstrap resamples as many customers as the base holds (in proportion to
 * the row weights, so merged rows are resampled customer by customer) and refits on the resample
 * with identical rows merged, warm-started at the estimate; a replicate whose refit does not
 * converge is dropped and counted ({@link BootstrapReplicates#failed()}).
 */
public final class PredictionBootstrap {
  private final BootstrapMethod method;
  private final int replicates;
  private final long seed;

  private PredictionBootstrap(BootstrapMethod method, int replicates, long seed) {
    this.method = checkNotNull(method, "method");
    checkArgument(
        replicates >= 10 && replicates <= 1_000_000,
        "replicates must be in [10, 1000000], was %s",
        replicates);
    this.replicates = replicates;
    this.seed = seed;
  }

  /** A bootstrap with the given method, number of replicates and seed. */
  public static PredictionBootstrap of(BootstrapMethod method, int replicates, long seed) {
    return new PredictionBootstrap(method, replicates, seed);
  }

  /** Parametric bootstrap (normal approximation of the estimate on the log scale). */
  public static PredictionBootstrap parametric(int replicates, long seed) {
    return of(BootstrapMethod.PARAMETRIC, replicates, seed);
  }

  /** Non-parametric bootstrap over customers (one refit per replicate). */
  public static PredictionBootstrap nonParametric(int replicates, long seed) {
    return of(BootstrapMethod.NONPARAMETRIC, replicates, seed);
  }

  /** Replicates of the transaction model only (no spend, no lifetime value). */
  public <M extends TransactionModel> BootstrapReplicates replicate(
      BtydFit<M> fit, CustomerSummaries calibration) {
    return run(fit, null, calibration);
  }

  /**
   * Replicates of the transaction and spend models; the non-parametric bootstrap resamples
   * customers jointly for both.
   */
  public <M extends TransactionModel> BootstrapReplicates replicate(
      BtydFit<M> fit, BtydFit<GammaGamma> spendFit, CustomerSummaries calibration) {
    checkNotNull(spendFit, "spendFit");
    return run(fit, spendFit, calibration);
  }

  private <M extends TransactionModel> BootstrapReplicates run(
      BtydFit<M> fit, @Nullable BtydFit<GammaGamma> spendFit, CustomerSummaries calibration) {
    checkNotNull(fit, "fit");
    checkNotNull(calibration, "calibration");
    M model = fit.model();
    CountModelFamily<M> family = CountModelFamily.of(model);
    GammaGamma spend = spendFit == null ? null : spendFit.model();
    checkArgument(
        spend == null || calibration.hasSpend(),
        "calibration must carry mean repeat spend m_x to bootstrap the spend model, had none");
    double[] estimate = model.parameters();
    double[] spendEstimate =
        spend == null ? null : new double[] {spend.p(), spend.q(), spend.gamma()};
    double[][] params = new double[replicates][];
    double[][] spendParams = new double[replicates][];
    if (method == BootstrapMethod.PARAMETRIC) {
      double[][] chol = logCholesky(fit.covariance(), estimate, family.label);
      double[][] spendChol =
          spendFit == null || spendEstimate == null
              ? null
              : logCholesky(spendFit.covariance(), spendEstimate, "Gamma-Gamma");
      IntStream.range(0, replicates)
          .parallel()
          .forEach(
              b -> {
                RandomDataGenerator rnd = generator(seed, b);
                params[b] = draw(rnd, estimate, chol);
                if (spendChol != null && spendEstimate != null) {
                  spendParams[b] = draw(rnd, spendEstimate, spendChol);
                }
              });
    } else {
      Resampler resampler =
          new Resampler(calibration, family, estimate, fit.covariance(), spendEstimate);
      IntStream.range(0, replicates)
          .parallel()
          .forEach(
              b -> {
                double[][] out = resampler.refit(new SplittableRandom(mix(seed, b)));
                params[b] = out[0];
                spendParams[b] = out[1];
              });
    }
    return new BootstrapReplicates(
        method, seed, family, model, spend, params, spend == null ? null : spendParams);
  }

  static long mix(long seed, int b) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (b + 1L))).nextLong();
  }

  static RandomDataGenerator generator(long seed, int b) {
    return RandomDataGenerator.of(new Well19937c(mix(seed, b)));
  }

  /** Cholesky factor of the covariance of the log parameters, {@code D⁻¹ Σ D⁻¹}. */
  private static double[][] logCholesky(double[][] cov, double[] estimate, String label) {
    int k = estimate.length;
    RealMatrix m = MatrixUtils.createRealMatrix(k, k);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        m.setEntry(i, j, 0.5 * (cov[i][j] + cov[j][i]) / (estimate[i] * estimate[j]));
      }
    }
    try {
      return new CholeskyDecomposition(m, 1e-14, 1e-300).getL().getData();
    } catch (MathIllegalArgumentException e) {
      throw new IllegalArgumentException(
          label + " covariance is not positive definite: no parametric bootstrap", e);
    }
  }

  private static double[] draw(RandomDataGenerator rnd, double[] estimate, double[][] chol) {
    int k = estimate.length;
    double[] z = new double[k];
    for (int i = 0; i < k; i++) {
      z[i] = rnd.nextNormal(0.0, 1.0);
    }
    double[] p = new double[k];
    for (int i = 0; i < k; i++) {
      double s = 0.0;
      for (int j = 0; j <= i; j++) {
        s += chol[i][j] * z[j];
      }
      p[i] = estimate[i] * Math.exp(s);
    }
    return p;
  }

  /** Method, replicates and seed. */
  @Override
  public String toString() {
    return "PredictionBootstrap{method="
        + method
        + ", replicates="
        + replicates
        + ", seed="
        + seed
        + "}";
  }
}
