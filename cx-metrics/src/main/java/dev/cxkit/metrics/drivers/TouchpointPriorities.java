package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.stats.Quantiles;
import dev.cxkit.model.survey.Direction;
import dev.cxkit.model.survey.Scale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Touchpoint priorities: one ranked, explainable answer to which touchpoints matter, how we are
 * doing at them and what to improve first.
 *
 * <p><b>Importance</b> is each touchpoint's Shapley/LMG share of the explained variance of the
 * outcome (see {@link KeyDriverAnalysis}). <b>Performance</b> is the mean rating, also expressed as
 * goodness on [0, 1] (1 the good end of the rating scale). <b>Priority rule</b>: priority =
 * importance × (1 − goodness), the share of the outcome a touchpoint drives times the room it has
 * left to improve; touchpoints are ranked by priority, highest first. All three carry seeded
 * bootstrap percentile intervals from the same replicates, together with the share of replicates in
 * which the touchpoint ranks first, so a user sees when the top spot is a coin toss. Each line also
 * names its importance–performance region (mean crosshair) and says why in words.
 *
 * <pre>{@code
 * PriorityRanking r = TouchpointPriorities.defaults()
 *     .analyze(List.of("website", "store", "support"),
 *              new double[][] {website, store, support}, overallSatisfaction, Scale.csat5());
 * r.priorities().get(0).touchpoint();   // what to improve first
 * }</pre>
 */
public final class TouchpointPriorities {

  static final String RULE =
      "priority = importance share x (1 - goodness), highest first; importance = Shapley/LMG share"
          + " of explained variance, goodness = mean rating on [0, 1]";

  private final int replicates;
  private final long seed;
  private final double confidenceLevel;

  private TouchpointPriorities(int replicates, long seed, double confidenceLevel) {
    checkArgument(replicates >= 0, "bootstrap replicates must be >= 0, was %s", replicates);
    checkArgument(
        confidenceLevel > 0 && confidenceLevel < 1,
        "confidenceLevel must be in (0, 1), was %s",
        confidenceLevel);
    this.replicates = replicates;
    this.seed = seed;
    this.confidenceLevel = confidenceLevel;
  }

  /** 1,000 seeded bootstrap replicates (seed 1), 95% intervals. */
  public static TouchpointPriorities defaults() {
    return new TouchpointPriorities(1000, 1L, 0.95);
  }

  /** With {@code replicates} bootstrap replicates (0: no intervals). */
  public TouchpointPriorities withBootstrap(int replicates, long seed) {
    return new TouchpointPriorities(replicates, seed, confidenceLevel);
  }

  /** With another confidence level. */
  public TouchpointPriorities withConfidenceLevel(double level) {
    return new TouchpointPriorities(replicates, seed, level);
  }

  /**
   * Ranks the touchpoints.
   *
   * @param touchpoints touchpoint names
   * @param ratings one column of ratings per touchpoint, on {@code scale}
   * @param outcome the outcome per respondent (overall satisfaction, likelihood to recommend)
   * @param scale the scale of the touchpoint ratings
   * @throws IllegalArgumentException as {@link KeyDriverAnalysis#analyze}, and for a rating outside
   *     the scale
   */
  public PriorityRanking analyze(
      List<String> touchpoints, double[][] ratings, double[] outcome, Scale scale) {
    checkNotNull(scale, "scale");
    List<String> names = List.copyOf(touchpoints);
    int n = outcome.length;
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    Correlations.validate(names, ratings, outcome, ones, KeyDriverAnalysis.MAX_EXACT_DRIVERS);
    for (int j = 0; j < ratings.length; j++) {
      for (int i = 0; i < n; i++) {
        double v = ratings[j][i];
        if (v < scale.min() || v > scale.max()) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "rating of '%s' at row %d must be within %s %d..%d, was %s",
                  names.get(j),
                  i,
                  scale.name(),
                  scale.min(),
                  scale.max(),
                  v));
        }
      }
    }
    KeyDriverAnalysis.Estimate full =
        KeyDriverAnalysis.Estimate.of(
            KeyDriverAnalysis.correlationsOrExplain(names, ratings, outcome, ones));
    int p = names.size();
    double[] share = shares(full.shapley);
    double[] perf = ImportancePerformanceAnalysis.weightedMeans(ratings, ones);
    double[] good = goodness(perf, scale);
    double[] priority = priority(share, good);

    double[][] bShare = new double[p][replicates];
    double[][] bPerf = new double[p][replicates];
    double[][] bPriority = new double[p][replicates];
    int[] first = new int[p];
    int ok = 0;
    if (replicates > 0) {
      SplittableRandom random = new SplittableRandom(seed);
      double[] counts = new double[n];
      for (int b = 0; b < replicates; b++) {
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
          counts[random.nextInt(n)]++;
        }
        double[] s;
        try {
          s =
              shares(
                  KeyDriverAnalysis.Estimate.of(Correlations.matrix(ratings, outcome, counts))
                      .shapley);
        } catch (IllegalArgumentException degenerate) {
          continue;
        }
        double[] bp = ImportancePerformanceAnalysis.weightedMeans(ratings, counts);
        double[] pr = priority(s, goodness(bp, scale));
        int top = 0;
        for (int j = 0; j < p; j++) {
          bShare[j][ok] = s[j];
          bPerf[j][ok] = bp[j];
          bPriority[j][ok] = pr[j];
          if (pr[j] > pr[top]) {
            top = j;
          }
        }
        first[top]++;
        ok++;
      }
      checkArgument(
          ok >= 2,
          "bootstrap must leave at least 2 usable replicates, was %s of %s",
          ok,
          replicates);
    }

    double meanGood = 0;
    double meanPerf = 0;
    for (int j = 0; j < p; j++) {
      meanGood += good[j] / p;
      meanPerf += perf[j] / p;
    }
    Integer[] order = new Integer[p];
    for (int j = 0; j < p; j++) {
      order[j] = j;
    }
    Arrays.sort(
        order,
        Comparator.comparingDouble((Integer j) -> -priority[j]).thenComparing(j -> names.get(j)));
    int[] importanceRank = rankDescending(share);
    List<TouchpointPriority> out = new ArrayList<>();
    for (int r = 0; r < p; r++) {
      int j = order[r];
      boolean matters = share[j] >= 1.0 / p;
      boolean good2 = good[j] >= meanGood;
      IpaRegion region =
          matters
              ? good2 ? IpaRegion.KEEP_UP_THE_GOOD_WORK : IpaRegion.CONCENTRATE_HERE
              : good2 ? IpaRegion.POSSIBLE_OVERKILL : IpaRegion.LOW_PRIORITY;
      Optional<Interval> si = interval(bShare[j], ok);
      Optional<Interval> pi = interval(bPerf[j], ok);
      Optional<Interval> pri = interval(bPriority[j], ok);
      OptionalDouble fs =
          ok > 0 ? OptionalDouble.of((double) first[j] / ok) : OptionalDouble.empty();
      String reason =
          reason(
              share[j],
              si,
              importanceRank[j],
              p,
              perf[j],
              pi,
              meanPerf,
              scale,
              region,
              priority[j],
              pri,
              fs);
      out.add(
          new TouchpointPriority(
              r + 1,
              names.get(j),
              share[j],
              si,
              perf[j],
              pi,
              good[j],
              priority[j],
              pri,
              fs,
              region,
              reason));
    }
    return new PriorityRanking(out, Math.max(0, Math.min(1, full.rSquared)), n, ok, RULE);
  }

  private Optional<Interval> interval(double[] values, int ok) {
    return ok > 0
        ? Optional.of(
            Quantiles.percentileInterval(
                java.util.Arrays.copyOf(values, ok),
                confidenceLevel,
                IntervalMethod.BOOTSTRAP_PERCENTILE))
        : Optional.empty();
  }

  private static String reason(
      double share,
      Optional<Interval> si,
      int importanceRank,
      int p,
      double perf,
      Optional<Interval> pi,
      double meanPerf,
      Scale scale,
      IpaRegion region,
      double priority,
      Optional<Interval> pri,
      OptionalDouble firstShare) {
    String action =
        switch (region) {
          case CONCENTRATE_HERE -> "matters and underperforms: improve first";
          case KEEP_UP_THE_GOOD_WORK -> "matters and performs well: protect";
          case LOW_PRIORITY -> "matters less and underperforms: low priority";
          case POSSIBLE_OVERKILL -> "matters less and performs well: possible overkill";
          default -> region.toString();
        };
    return String.format(
            Locale.ROOT,
            "%s; importance %.1f%% of explained variance%s (rank %d of %d, %s average %.1f%%);"
                + " performance %.2f on %s%s (%s touchpoint average %.2f); priority %.4f%s",
            action,
            share * 100,
            si.map(
                    i ->
                        String.format(
                            Locale.ROOT, " [%.1f%%, %.1f%%]", i.lower() * 100, i.upper() * 100))
                .orElse(""),
            importanceRank,
            p,
            share >= 1.0 / p ? "at or above" : "below",
            100.0 / p,
            perf,
            scale.name(),
            pi.map(i -> String.format(Locale.ROOT, " [%.2f, %.2f]", i.lower(), i.upper()))
                .orElse(""),
            perf >= meanPerf ? "at or above" : "below",
            meanPerf,
            priority,
            pri.map(i -> String.format(Locale.ROOT, " [%.4f, %.4f]", i.lower(), i.upper()))
                .orElse(""))
        + (firstShare.isPresent()
            ? String.format(
                Locale.ROOT,
                "; ranked first in %.0f%% of replicates",
                firstShare.getAsDouble() * 100)
            : "");
  }

  private static int[] rankDescending(double[] v) {
    int[] rank = new int[v.length];
    for (int j = 0; j < v.length; j++) {
      int r = 1;
      for (int k = 0; k < v.length; k++) {
        if (v[k] > v[j]) {
          r++;
        }
      }
      rank[j] = r;
    }
    return rank;
  }

  private static double[] shares(double[] shapley) {
    double total = 0;
    for (double v : shapley) {
      total += v;
    }
    checkArgument(total > 0, "explained variance must be positive, was %s", total);
    double[] s = new double[shapley.length];
    for (int j = 0; j < s.length; j++) {
      s[j] = shapley[j] / total;
    }
    return s;
  }

  private static double[] goodness(double[] means, Scale scale) {
    double[] g = new double[means.length];
    double range = scale.max() - scale.min();
    for (int j = 0; j < g.length; j++) {
      double pos = (means[j] - scale.min()) / range;
      g[j] = scale.direction() == Direction.HIGH_IS_GOOD ? pos : 1.0 - pos;
    }
    return g;
  }

  private static double[] priority(double[] share, double[] good) {
    double[] pr = new double[share.length];
    for (int j = 0; j < pr.length; j++) {
      pr[j] = share[j] * (1.0 - good[j]);
    }
    return pr;
  }
}
