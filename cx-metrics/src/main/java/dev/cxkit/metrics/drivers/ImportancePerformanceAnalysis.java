package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.stats.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Importance–performance analysis (Martilla &amp; James 1977): each attribute's importance against
 * its performance, divided by a {@link Crosshair} into regions. Importance is given, stated (mean
 * importance ratings) or derived (Shapley/LMG share of the outcome's R², see {@link
 * KeyDriverAnalysis}). With respondent data, a seeded bootstrap gives intervals and the <em>region
 * stability</em>: the share of replicates (crosshair recomputed in each) that place the attribute
 * in the same region as the full sample.
 *
 * <pre>{@code
 * IpaResult r = ImportancePerformanceAnalysis.defaults()
 *     .withCrosshair(Crosshair.median())
 *     .derived(List.of("billing", "support"), new double[][] {billing, support}, overall);
 * r.inRegion(IpaRegion.CONCENTRATE_HERE);
 * }</pre>
 */
public final class ImportancePerformanceAnalysis {

  private final Crosshair crosshair;
  private final int replicates;
  private final long seed;
  private final double confidenceLevel;

  private ImportancePerformanceAnalysis(
      Crosshair crosshair, int replicates, long seed, double confidenceLevel) {
    checkArgument(replicates >= 0, "bootstrap replicates must be >= 0, was %s", replicates);
    checkArgument(
        confidenceLevel > 0 && confidenceLevel < 1,
        "confidenceLevel must be in (0, 1), was %s",
        confidenceLevel);
    this.crosshair = checkNotNull(crosshair, "crosshair");
    this.replicates = replicates;
    this.seed = seed;
    this.confidenceLevel = confidenceLevel;
  }

  /** Mean crosshair, 1,000 bootstrap replicates with seed 1, 95% intervals. */
  public static ImportancePerformanceAnalysis defaults() {
    return new ImportancePerformanceAnalysis(Crosshair.mean(), 1000, 1L, 0.95);
  }

  /** This analysis with another crosshair. */
  public ImportancePerformanceAnalysis withCrosshair(Crosshair crosshair) {
    return new ImportancePerformanceAnalysis(crosshair, replicates, seed, confidenceLevel);
  }

  /** This analysis with {@code replicates} seeded bootstrap replicates (0: none). */
  public ImportancePerformanceAnalysis withBootstrap(int replicates, long seed) {
    return new ImportancePerformanceAnalysis(crosshair, replicates, seed, confidenceLevel);
  }

  /** This analysis with another confidence level. */
  public ImportancePerformanceAnalysis withConfidenceLevel(double level) {
    return new ImportancePerformanceAnalysis(crosshair, replicates, seed, level);
  }

  /**
   * Places attributes given as summary values (no respondent data, hence no bootstrap).
   *
   * @throws IllegalArgumentException for empty or mismatched input or non-finite values
   */
  public IpaResult ofSummaries(List<String> names, double[] importance, double[] performance) {
    List<String> copy = checkNames(names);
    checkArgument(
        importance.length == copy.size() && performance.length == copy.size(),
        "importance and performance must have one value per attribute (%s), was %s and %s",
        copy.size(),
        importance.length,
        performance.length);
    for (int j = 0; j < copy.size(); j++) {
      checkArgument(
          Double.isFinite(importance[j]) && Double.isFinite(performance[j]),
          "attribute '%s' must have finite importance and performance, was (%s, %s)",
          copy.get(j),
          importance[j],
          performance[j]);
    }
    return place(
        copy, importance, performance, null, null, null, 0, IpaResult.ImportanceSource.GIVEN, 0);
  }

  /**
   * Stated importance: the mean of respondents' importance ratings per attribute.
   *
   * @param importanceRatings one column of importance ratings per attribute
   * @param performanceRatings one column of performance ratings per attribute
   */
  public IpaResult stated(
      List<String> names, double[][] importanceRatings, double[][] performanceRatings) {
    List<String> copy = checkNames(names);
    int n = checkColumns("performance", copy, performanceRatings, -1);
    checkColumns("importance", copy, importanceRatings, n);
    return withRespondents(
        copy,
        n,
        IpaResult.ImportanceSource.STATED,
        counts -> weightedMeans(importanceRatings, counts),
        performanceRatings);
  }

  /**
   * Derived importance: each attribute's Shapley/LMG share of the R² of {@code outcome} on the
   * performance ratings (shares sum to 1). Not available with the diagonal, which needs importance
   * and performance on one scale.
   */
  public IpaResult derived(List<String> names, double[][] performanceRatings, double[] outcome) {
    checkArgument(
        crosshair.rule() != Crosshair.Rule.DIAGONAL,
        "crosshair must not be DIAGONAL for derived importance (a share of R² is not on the rating"
            + " scale), was %s",
        crosshair);
    List<String> copy = checkNames(names);
    double[] ones = new double[outcome.length];
    Arrays.fill(ones, 1.0);
    Correlations.validate(
        copy, performanceRatings, outcome, ones, KeyDriverAnalysis.MAX_EXACT_DRIVERS);
    KeyDriverAnalysis.correlationsOrExplain(copy, performanceRatings, outcome, ones);
    int n = outcome.length;
    return withRespondents(
        copy,
        n,
        IpaResult.ImportanceSource.DERIVED_SHAPLEY,
        counts -> shapleyShares(performanceRatings, outcome, counts),
        performanceRatings);
  }

  private interface ImportanceFn {
    double[] apply(double[] counts);
  }

  private IpaResult withRespondents(
      List<String> names,
      int n,
      IpaResult.ImportanceSource source,
      ImportanceFn importanceFn,
      double[][] performanceRatings) {
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    double[] imp = importanceFn.apply(ones);
    double[] perf = weightedMeans(performanceRatings, ones);
    if (replicates == 0) {
      return place(names, imp, perf, null, null, null, 0, source, n);
    }
    int p = names.size();
    double[] centre = crosshair.centre(imp, perf);
    IpaRegion[] full = new IpaRegion[p];
    for (int j = 0; j < p; j++) {
      full[j] = crosshair.region(imp[j], perf[j], centre);
    }
    double[][] bootImp = new double[p][replicates];
    double[][] bootPerf = new double[p][replicates];
    int[] same = new int[p];
    int ok = 0;
    SplittableRandom random = new SplittableRandom(seed);
    double[] counts = new double[n];
    for (int b = 0; b < replicates; b++) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[random.nextInt(n)]++;
      }
      double[] bi;
      try {
        bi = importanceFn.apply(counts);
      } catch (IllegalArgumentException degenerate) {
        continue;
      }
      double[] bp = weightedMeans(performanceRatings, counts);
      double[] bc = crosshair.centre(bi, bp);
      for (int j = 0; j < p; j++) {
        bootImp[j][ok] = bi[j];
        bootPerf[j][ok] = bp[j];
        if (crosshair.region(bi[j], bp[j], bc) == full[j]) {
          same[j]++;
        }
      }
      ok++;
    }
    checkArgument(
        ok >= 2, "bootstrap must leave at least 2 usable replicates, was %s of %s", ok, replicates);
    return place(names, imp, perf, bootImp, bootPerf, same, ok, source, n);
  }

  private IpaResult place(
      List<String> names,
      double[] imp,
      double[] perf,
      double[][] bootImp,
      double[][] bootPerf,
      int[] same,
      int ok,
      IpaResult.ImportanceSource source,
      int n) {
    double[] centre = crosshair.centre(imp, perf);
    List<IpaPoint> points = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      Optional<Interval> ii =
          bootImp == null
              ? Optional.empty()
              : Optional.of(
                  Quantiles.percentileInterval(
                      java.util.Arrays.copyOf(bootImp[j], ok),
                      confidenceLevel,
                      IntervalMethod.BOOTSTRAP_PERCENTILE));
      Optional<Interval> pi =
          bootPerf == null
              ? Optional.empty()
              : Optional.of(
                  Quantiles.percentileInterval(
                      java.util.Arrays.copyOf(bootPerf[j], ok),
                      confidenceLevel,
                      IntervalMethod.BOOTSTRAP_PERCENTILE));
      OptionalDouble stability =
          same == null ? OptionalDouble.empty() : OptionalDouble.of((double) same[j] / ok);
      points.add(
          new IpaPoint(
              names.get(j),
              imp[j],
              perf[j],
              crosshair.region(imp[j], perf[j], centre),
              crosshair.distance(imp[j], perf[j], centre),
              ii,
              pi,
              stability));
    }
    return new IpaResult(points, crosshair, centre[0], centre[1], source, n, ok);
  }

  private static List<String> checkNames(List<String> names) {
    List<String> copy = List.copyOf(names);
    checkArgument(!copy.isEmpty(), "attributes must not be empty, was %s", copy);
    checkArgument(
        copy.stream().distinct().count() == copy.size(),
        "attribute names must be distinct, was %s",
        copy);
    return copy;
  }

  /** Checks columns (one per attribute, equal length, finite); returns the respondent count. */
  static int checkColumns(String field, List<String> names, double[][] columns, int expectedN) {
    checkArgument(
        columns.length == names.size(),
        "%s ratings must have one column per attribute (%s), was %s",
        field,
        names.size(),
        columns.length);
    int n = expectedN < 0 ? columns[0].length : expectedN;
    checkArgument(n >= 2, "%s ratings must have at least 2 respondents, was %s", field, n);
    for (int j = 0; j < columns.length; j++) {
      checkArgument(
          columns[j].length == n,
          "%s ratings of '%s' must have %s respondents, was %s",
          field,
          names.get(j),
          n,
          columns[j].length);
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(columns[j][i])) {
          throw new IllegalArgumentException(
              field
                  + " rating of '"
                  + names.get(j)
                  + "' at row "
                  + i
                  + " must be finite, was "
                  + columns[j][i]);
        }
      }
    }
    return n;
  }

  static double[] weightedMeans(double[][] columns, double[] weights) {
    double sw = 0;
    for (double w : weights) {
      sw += w;
    }
    double[] m = new double[columns.length];
    for (int j = 0; j < columns.length; j++) {
      double s = 0;
      double[] c = columns[j];
      for (int i = 0; i < c.length; i++) {
        s += weights[i] * c[i];
      }
      m[j] = s / sw;
    }
    return m;
  }

  static double[] shapleyShares(double[][] drivers, double[] outcome, double[] weights) {
    KeyDriverAnalysis.Estimate e =
        KeyDriverAnalysis.Estimate.of(Correlations.matrix(drivers, outcome, weights));
    double total = 0;
    for (double v : e.shapley) {
      total += v;
    }
    checkArgument(total > 0, "explained variance must be positive, was %s", total);
    double[] share = new double[e.shapley.length];
    for (int j = 0; j < share.length; j++) {
      share[j] = e.shapley[j] / total;
    }
    return share;
  }
}
