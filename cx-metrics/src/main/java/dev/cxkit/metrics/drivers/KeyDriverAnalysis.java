package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.stats.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Key-driver analysis of an outcome (overall satisfaction, likelihood to recommend) on driver
 * ratings: how much of the explained variance each driver accounts for.
 *
 * <p><b>Shapley/LMG</b> (Lindeman, Merenda &amp; Gold 1980; Grömping 2006/2007): each driver's R²
 * increment averaged over all orders of entry, which equals the Shapley value of R² and Azen &amp;
 * Budescu's (2003) general dominance weight. It is computed exactly from the correlation matrix by
 * enumerating all 2^p subsets (see {@link #MAX_EXACT_DRIVERS}); the shares sum to R².
 *
 * <p><b>Johnson's relative weights</b> (Johnson 2000) are reported beside it: they approximate
 * general dominance in O(p³). Note the critique by Thomas, Zumbo, Kwan &amp; Schweitzer (2014,
 * Organizational Research Methods 17(4)): regressing the drivers on their orthogonal counterparts
 * does not justify the decomposition mathematically; the weights can depart from dominance weights
 * with strongly correlated drivers. Prefer Shapley/LMG for decisions; use relative weights as a
 * cross-check, or when there are too many drivers for the exact method.
 *
 * <p>Weighted data use weighted correlations (the R² is that of weighted least squares) and report
 * Kish's effective n. Intervals are seeded nonparametric bootstrap percentile intervals: rows are
 * resampled with their weights carried along.
 *
 * <pre>{@code
 * KeyDriverResult r = KeyDriverAnalysis.defaults()
 *     .withBootstrap(1000, 42L)
 *     .analyze(List.of("billing", "support", "app"), new double[][] {billing, support, app}, nps);
 * System.out.println(r);
 * }</pre>
 */
public final class KeyDriverAnalysis {

  /** The largest number of drivers the exact subset enumeration accepts (2^20 subsets). */
  public static final int MAX_EXACT_DRIVERS = 20;

  private final double confidenceLevel;
  private final int replicates;
  private final long seed;

  private KeyDriverAnalysis(double confidenceLevel, int replicates, long seed) {
    checkArgument(
        confidenceLevel > 0 && confidenceLevel < 1,
        "confidenceLevel must be in (0, 1), was %s",
        confidenceLevel);
    checkArgument(replicates >= 0, "bootstrap replicates must be >= 0, was %s", replicates);
    this.confidenceLevel = confidenceLevel;
    this.replicates = replicates;
    this.seed = seed;
  }

  /**
   * 95% intervals from 1,000 bootstrap replicates with seed 1. Each replicate costs about one full
   * analysis (tens of milliseconds for 15 drivers × 10,000 respondents, see docs/BENCHMARKS.md).
   */
  public static KeyDriverAnalysis defaults() {
    return new KeyDriverAnalysis(0.95, 1000, 1L);
  }

  /** This analysis with another confidence level in (0, 1). */
  public KeyDriverAnalysis withConfidenceLevel(double level) {
    return new KeyDriverAnalysis(level, replicates, seed);
  }

  /** This analysis with {@code replicates} seeded bootstrap replicates (0: no intervals). */
  public KeyDriverAnalysis withBootstrap(int replicates, long seed) {
    return new KeyDriverAnalysis(confidenceLevel, replicates, seed);
  }

  /** The confidence level of the intervals. */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /** The number of bootstrap replicates (0: none). */
  public int replicates() {
    return replicates;
  }

  /** The bootstrap seed. */
  public long seed() {
    return seed;
  }

  /**
   * Analyzes unweighted responses.
   *
   * @param names one name per driver
   * @param driverColumns one array of ratings per driver, each with one entry per respondent
   * @param outcome the outcome rating per respondent
   * @throws IllegalArgumentException for empty or mismatched input, NaN or infinite values, a
   *     constant driver or outcome, more than {@link #MAX_EXACT_DRIVERS} drivers, fewer than p + 2
   *     respondents, or a driver correlation matrix that is not positive definite
   */
  public KeyDriverResult analyze(List<String> names, double[][] driverColumns, double[] outcome) {
    double[] ones = new double[outcome.length];
    Arrays.fill(ones, 1.0);
    return run(names, driverColumns, outcome, ones, false);
  }

  /**
   * Analyzes weighted responses: weighted correlations, Kish effective n.
   *
   * @param weights one survey weight per respondent, finite and {@code >= 0}, not all zero
   * @throws IllegalArgumentException as {@link #analyze} and for a negative or non-finite weight
   */
  public KeyDriverResult analyzeWeighted(
      List<String> names, double[][] driverColumns, double[] outcome, double[] weights) {
    return run(names, driverColumns, outcome, weights, true);
  }

  /**
   * Point estimates from a correlation matrix alone (no bootstrap: the raw data are needed).
   *
   * @param names one name per driver
   * @param driverCorrelations the p × p driver correlation matrix
   * @param outcomeCorrelations the correlation of each driver with the outcome
   * @param n the number of respondents the correlations came from
   */
  public static KeyDriverResult fromCorrelations(
      List<String> names, double[][] driverCorrelations, double[] outcomeCorrelations, int n) {
    int p = names.size();
    checkArgument(p > 0, "drivers must not be empty, was %s", names);
    checkArgument(
        p <= MAX_EXACT_DRIVERS,
        "drivers must be at most %s for exact Shapley/LMG, was %s",
        MAX_EXACT_DRIVERS,
        p);
    checkArgument(
        driverCorrelations.length == p && outcomeCorrelations.length == p,
        "correlations must be %s x %s plus %s outcome correlations, was %s rows and %s",
        p,
        p,
        p,
        driverCorrelations.length,
        outcomeCorrelations.length);
    checkArgument(n > p + 1, "n must be at least drivers + 2 (%s), was %s", p + 2, n);
    double[][] r = new double[p + 1][p + 1];
    r[0][0] = 1;
    for (int a = 0; a < p; a++) {
      checkArgument(
          driverCorrelations[a].length == p,
          "driverCorrelations row %s must have %s entries, was %s",
          a,
          p,
          driverCorrelations[a].length);
      checkCorrelation("outcomeCorrelations[" + a + "]", outcomeCorrelations[a]);
      r[0][a + 1] = outcomeCorrelations[a];
      r[a + 1][0] = outcomeCorrelations[a];
      for (int b = 0; b < p; b++) {
        double v = driverCorrelations[a][b];
        checkCorrelation("driverCorrelations[" + a + "][" + b + "]", v);
        checkArgument(
            Math.abs(v - driverCorrelations[b][a]) < 1e-9,
            "driverCorrelations must be symmetric, was %s at [%s][%s] and %s at [%s][%s]",
            v,
            a,
            b,
            driverCorrelations[b][a],
            b,
            a);
        checkArgument(
            a != b || Math.abs(v - 1.0) < 1e-9,
            "driverCorrelations diagonal must be 1, was %s at [%s][%s]",
            v,
            a,
            a);
        r[a + 1][b + 1] = a == b ? 1.0 : v;
      }
    }
    Estimate e = Estimate.of(r);
    return assemble(names, e, null, null, 0, 0, n, n, false, 0.95, 0);
  }

  private static void checkCorrelation(String field, double v) {
    checkArgument(
        Double.isFinite(v) && Math.abs(v) <= 1.0,
        "%s must be a correlation in [-1, 1], was %s",
        field,
        v);
  }

  private KeyDriverResult run(
      List<String> names,
      double[][] drivers,
      double[] outcome,
      double[] weights,
      boolean weighted) {
    List<String> copy = List.copyOf(names);
    int n = Correlations.validate(copy, drivers, outcome, weights, MAX_EXACT_DRIVERS);
    Estimate full = Estimate.of(correlationsOrExplain(copy, drivers, outcome, weights));
    int p = copy.size();
    double[][] bootShapley = new double[p][replicates];
    double[][] bootWeights = new double[p][replicates];
    int ok = 0;
    int failed = 0;
    if (replicates > 0) {
      SplittableRandom random = new SplittableRandom(seed);
      double[] resampled = new double[n];
      int[] counts = new int[n];
      for (int b = 0; b < replicates; b++) {
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
          counts[random.nextInt(n)]++;
        }
        for (int i = 0; i < n; i++) {
          resampled[i] = weights[i] * counts[i];
        }
        try {
          Estimate e = Estimate.of(Correlations.matrix(drivers, outcome, resampled));
          for (int j = 0; j < p; j++) {
            bootShapley[j][ok] = e.shapley[j];
            bootWeights[j][ok] = e.relativeWeights[j];
          }
          ok++;
        } catch (IllegalArgumentException degenerate) {
          failed++;
        }
      }
      checkArgument(
          ok >= 2,
          "bootstrap must leave at least 2 usable replicates, was %s of %s",
          ok,
          replicates);
    }
    double effectiveN = weighted ? Correlations.kishEffectiveN(weights) : n;
    return assemble(
        copy,
        full,
        replicates > 0 ? bootShapley : null,
        replicates > 0 ? bootWeights : null,
        ok,
        replicates,
        n,
        effectiveN,
        weighted,
        confidenceLevel,
        failed);
  }

  static double[][] correlationsOrExplain(
      List<String> names, double[][] drivers, double[] outcome, double[] weights) {
    try {
      return Correlations.matrix(drivers, outcome, weights);
    } catch (Correlations.ConstantColumnException e) {
      String field = e.column < 0 ? "outcome" : "driver '" + names.get(e.column) + "'";
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "%s must vary across respondents, was constant %s", field, e.value),
          e);
    }
  }

  private static KeyDriverResult assemble(
      List<String> names,
      Estimate e,
      double[][] bootShapley,
      double[][] bootWeights,
      int ok,
      int replicates,
      int n,
      double effectiveN,
      boolean weighted,
      double level,
      int failed) {
    List<DriverImportance> out = new ArrayList<>(names.size());
    double r2 = Math.max(0.0, Math.min(1.0, e.rSquared));
    for (int j = 0; j < names.size(); j++) {
      Optional<Interval> si =
          bootShapley == null
              ? Optional.empty()
              : Optional.of(
                  Quantiles.percentileInterval(
                      java.util.Arrays.copyOf(bootShapley[j], ok),
                      level,
                      IntervalMethod.BOOTSTRAP_PERCENTILE));
      Optional<Interval> wi =
          bootWeights == null
              ? Optional.empty()
              : Optional.of(
                  Quantiles.percentileInterval(
                      java.util.Arrays.copyOf(bootWeights[j], ok),
                      level,
                      IntervalMethod.BOOTSTRAP_PERCENTILE));
      out.add(
          new DriverImportance(
              names.get(j),
              e.shapley[j],
              r2 > 0 ? e.shapley[j] / r2 : 0.0,
              si,
              e.relativeWeights[j],
              wi,
              Math.max(1.0, e.vif[j]),
              Math.max(-1.0, Math.min(1.0, e.rxy[j]))));
    }
    return new KeyDriverResult(out, r2, n, effectiveN, weighted, replicates, failed, level);
  }

  /** Point estimates from one correlation matrix (outcome at index 0). */
  static final class Estimate {
    final double[] rxy;
    final double[] shapley;
    final double[] relativeWeights;
    final double[] vif;
    final double rSquared;

    private Estimate(
        double[] rxy, double[] shapley, double[] relativeWeights, double[] vif, double rSquared) {
      this.rxy = rxy;
      this.shapley = shapley;
      this.relativeWeights = relativeWeights;
      this.vif = vif;
      this.rSquared = rSquared;
    }

    static Estimate of(double[][] r) {
      int p = r.length - 1;
      double[][] rxx = new double[p][p];
      double[] rxy = new double[p];
      for (int a = 0; a < p; a++) {
        rxy[a] = r[0][a + 1];
        System.arraycopy(r[a + 1], 1, rxx[a], 0, p);
      }
      RelativeWeights rw = RelativeWeights.of(rxx, rxy);
      double[] phi = ShapleyR2.shapley(rxx, rxy);
      return new Estimate(rxy, phi, rw.weights, rw.vif, rw.rSquared);
    }
  }
}
