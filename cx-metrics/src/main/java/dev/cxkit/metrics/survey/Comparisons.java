package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.survey.Scale;
import java.util.OptionalDouble;

/**
 * Tests of a difference between two samples (A − B) or between two answers of the same respondents
 * (after − before), each with standard error, statistic, two-sided p-value, interval and effect
 * size. Scores on different scales or breaks are refused: map them first with {@link ScaleMapping}.
 * For many comparisons (segments × touchpoints × periods) adjust the p-values with {@link
 * dev.cxkit.metrics.stats.MultipleComparisons}.
 *
 * <ul>
 *   <li>Net scores, independent: adjusted-Wald z (Rocks 2016; each sample gets 3/4, 3/2, 3/4
 *       pseudo-counts; Kish effective n when weighted) or Wald z with linearised variances. The
 *       reported difference is of the sample net scores; the z statistic and the interval use the
 *       difference of the adjusted centres ({@link ScoreComparison#intervalCentre()}). Effect size:
 *       the difference over √((V_A + V_B)/2), Cohen's d on the +1/0/−1 answer scores.
 *   <li>Proportions, independent: N−1 two-proportion test z = (p_A − p_B)/√(P̄(1 − P̄)(1/n_A +
 *       1/n_B))·√((N − 1)/N) (Campbell 2007), Agresti–Caffo interval (add one success and one
 *       failure per sample). Effect size Cohen's h.
 *   <li>Means, independent: Welch t with Welch–Satterthwaite degrees of freedom; effect size
 *       Cohen's d with the average variance, (x̄_A − x̄_B)/√((s_A² + s_B²)/2).
 *   <li>Paired (same respondents twice): t test on per-respondent differences, n − 1 degrees of
 *       freedom, effect size d_z = mean difference / SD of differences. For top-box shares each
 *       respondent's difference is of their 0/1 top-box indicator. For net scores each respondent's
 *       difference is of their +1/0/−1 promoter/detractor indicator scores, so the mean difference
 *       equals NPS(after) − NPS(before).
 * </ul>
 *
 * <pre>{@code
 * ScoreComparison c = Comparisons.netScores(
 *     NetScoreCounts.nps(300, 100, 100), NetScoreCounts.nps(250, 130, 120));
 * // difference 0.14, interval centre 0.13917, SE 0.05107, z 2.725, p 0.0064
 * ScoreComparison w = Comparisons.means(MeanSummary.of(10, 0.75, 1.79), MeanSummary.of(10, 2.33,
 *     2.0), 0.95);
 * }</pre>
 */
public final class Comparisons {

  private Comparisons() {}

  /** Two independent net scores, adjusted-Wald z test, 95% interval. */
  public static ScoreComparison netScores(NetScoreCounts a, NetScoreCounts b) {
    return netScores(a, b, ComparisonMethod.ADJUSTED_WALD_Z, 0.95);
  }

  /**
   * Two independent net scores with {@link ComparisonMethod#ADJUSTED_WALD_Z} or {@link
   * ComparisonMethod#WALD_Z}.
   *
   * @throws IllegalArgumentException if a sample is empty, the definitions differ or the method
   *     does not apply
   */
  public static ScoreComparison netScores(
      NetScoreCounts a, NetScoreCounts b, ComparisonMethod method, double confidenceLevel) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    checkNotNull(method, "method");
    checkArgument(
        method == ComparisonMethod.ADJUSTED_WALD_Z || method == ComparisonMethod.WALD_Z,
        "method for net scores must be ADJUSTED_WALD_Z or WALD_Z, was %s",
        method);
    Distributions.checkConfidence(confidenceLevel);
    a.checkSameMeasure(b, "sample B");
    checkNonEmpty(a.n(), b.n());
    IntervalMethod intervalMethod =
        method == ComparisonMethod.WALD_Z ? IntervalMethod.WALD : IntervalMethod.ADJUSTED_WALD;
    double[] ca = NetScores.centreAndStandardError(a, intervalMethod);
    double[] cb = NetScores.centreAndStandardError(b, intervalMethod);
    double difference = NetScores.estimate(a) - NetScores.estimate(b);
    // Wald's centre is the estimate itself (computed here without a second rounding)
    double centreDifference = method == ComparisonMethod.WALD_Z ? difference : ca[0] - cb[0];
    double standardError = Math.hypot(ca[1], cb[1]);
    double perRespondentA = ca[1] * ca[1] * sizeFor(a, intervalMethod);
    double perRespondentB = cb[1] * cb[1] * sizeFor(b, intervalMethod);
    double pooledSd = Math.sqrt((perRespondentA + perRespondentB) / 2.0);
    return normalTest(
        a.definition().name(),
        method,
        a.n(),
        b.n(),
        difference,
        centreDifference,
        standardError,
        confidenceLevel,
        intervalMethod,
        2.0,
        pooledSd == 0.0 ? 0.0 : difference / pooledSd,
        "d on +1/0/-1 scores");
  }

  /** Two independent unweighted proportions, N−1 two-proportion test, Agresti–Caffo interval. */
  public static ScoreComparison proportions(
      long successesA, long nA, long successesB, long nB, double confidenceLevel) {
    checkArgument(
        successesA >= 0 && successesA <= nA,
        "successesA must be in [0, nA=%s], was %s",
        nA,
        successesA);
    checkArgument(
        successesB >= 0 && successesB <= nB,
        "successesB must be in [0, nB=%s], was %s",
        nB,
        successesB);
    return proportions(
        (double) successesA / Math.max(nA, 1),
        nA,
        nA,
        (double) successesB / Math.max(nB, 1),
        nB,
        nB,
        "share",
        confidenceLevel);
  }

  /**
   * Two independent top-box shares (weighted shares and Kish effective n when weighted).
   *
   * @throws IllegalArgumentException if the scales differ or a sample is empty
   */
  public static ScoreComparison topBox(
      ScoreDistribution a, ScoreDistribution b, int boxes, double confidenceLevel) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    ScoreDistribution.checkSameScale(a.scale(), b.scale(), "sample B");
    checkNonEmpty(a.n(), b.n());
    Score sa = Proportions.topBox(a, boxes, IntervalSpec.wald(confidenceLevel));
    Score sb = Proportions.topBox(b, boxes, IntervalSpec.wald(confidenceLevel));
    return proportions(
        sa.estimate().getAsDouble(),
        a.n(),
        a.effectiveN(),
        sb.estimate().getAsDouble(),
        b.n(),
        b.effectiveN(),
        sa.label(),
        confidenceLevel);
  }

  private static ScoreComparison proportions(
      double pA,
      long nA,
      double mA,
      double pB,
      long nB,
      double mB,
      String measure,
      double confidenceLevel) {
    Distributions.checkConfidence(confidenceLevel);
    checkNonEmpty(nA, nB);
    double total = mA + mB;
    double pooled = (pA * mA + pB * mB) / total;
    double standardError = Math.sqrt(pooled * (1 - pooled) * (1 / mA + 1 / mB));
    double testError = standardError / Math.sqrt((total - 1) / total);
    double difference = pA - pB;
    // Agresti–Caffo: add one success and one failure to each sample
    double adjustedA = (pA * mA + 1) / (mA + 2);
    double adjustedB = (pB * mB + 1) / (mB + 2);
    double intervalError =
        Math.sqrt(adjustedA * (1 - adjustedA) / (mA + 2) + adjustedB * (1 - adjustedB) / (mB + 2));
    double z = Distributions.zCritical(confidenceLevel);
    double centre = adjustedA - adjustedB;
    Interval interval =
        Interval.of(
                centre - z * intervalError,
                centre + z * intervalError,
                confidenceLevel,
                IntervalMethod.ADJUSTED_WALD)
            .clampedTo(-1, 1);
    double[] statAndP = normalStatistic(difference, testError);
    double cohensH = 2 * Math.asin(Math.sqrt(pA)) - 2 * Math.asin(Math.sqrt(pB));
    return new ScoreComparison(
        measure,
        ComparisonMethod.N_MINUS_ONE_TWO_PROPORTION,
        nA,
        nB,
        difference,
        centre,
        standardError,
        statAndP[0],
        OptionalDouble.empty(),
        statAndP[1],
        interval,
        cohensH,
        "Cohen's h");
  }

  /** Two independent samples summarised by n, mean and SD: Welch's t test. */
  public static ScoreComparison means(MeanSummary a, MeanSummary b, double confidenceLevel) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return welch(
        "mean",
        a.n(),
        a.mean(),
        a.varianceOfMean(),
        b.n(),
        b.mean(),
        b.varianceOfMean(),
        confidenceLevel,
        Double.POSITIVE_INFINITY);
  }

  /**
   * Two independent distributions on the same scale: Welch's t test on the means (linearised
   * variances when weighted).
   *
   * @throws IllegalArgumentException if the scales differ or a sample has fewer than 2 respondents
   */
  public static ScoreComparison means(
      ScoreDistribution a, ScoreDistribution b, double confidenceLevel) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    ScoreDistribution.checkSameScale(a.scale(), b.scale(), "sample B");
    checkArgument(a.n() >= 2, "sample A n must be >= 2 for a t test, was %s", a.n());
    checkArgument(b.n() >= 2, "sample B n must be >= 2 for a t test, was %s", b.n());
    double[] ma = Means.meanAndVarianceOfMean(a);
    double[] mb = Means.meanAndVarianceOfMean(b);
    return welch(
        a.scale().name() + " mean",
        a.n(),
        ma[0],
        ma[1],
        b.n(),
        mb[0],
        mb[1],
        confidenceLevel,
        a.scale().max() - a.scale().min());
  }

  private static ScoreComparison welch(
      String measure,
      long nA,
      double meanA,
      double varianceA,
      long nB,
      double meanB,
      double varianceB,
      double confidenceLevel,
      double range) {
    Distributions.checkConfidence(confidenceLevel);
    double variance = varianceA + varianceB;
    double standardError = Math.sqrt(variance);
    double difference = meanA - meanB;
    double df =
        variance == 0.0
            ? nA + nB - 2.0
            : variance
                * variance
                / (varianceA * varianceA / (nA - 1) + varianceB * varianceB / (nB - 1));
    double averageVariance = (varianceA * nA + varianceB * nB) / 2.0;
    return tTest(
        measure,
        ComparisonMethod.WELCH_T,
        nA,
        nB,
        difference,
        standardError,
        df,
        confidenceLevel,
        range,
        averageVariance == 0.0 ? 0.0 : difference / Math.sqrt(averageVariance),
        "Cohen's d (average variance)");
  }

  /**
   * The same respondents' net-score answers twice: paired t test on each respondent's change of
   * +1/0/−1 score; the mean change equals NPS(after) − NPS(before).
   *
   * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 2 pairs or an
   *     answer outside the scale
   */
  public static ScoreComparison pairedNetScores(
      NetScoreDefinition definition, int[] before, int[] after, double confidenceLevel) {
    checkNotNull(definition, "definition");
    checkPairs(before.length, after.length);
    Scale scale = definition.scale();
    double[] differences = new double[before.length];
    for (int i = 0; i < before.length; i++) {
      checkPoint(scale, "before", i, before[i]);
      checkPoint(scale, "after", i, after[i]);
      differences[i] = definition.classify(after[i]) - definition.classify(before[i]);
    }
    return pairedT(definition.name(), differences, confidenceLevel, 2.0);
  }

  /**
   * The same respondents' answers twice: paired t test on each respondent's change of the top-box
   * indicator (1 if the answer is in the {@code boxes} best points, else 0); the mean change equals
   * the top-box share after minus before.
   *
   * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 2 pairs or an
   *     answer outside the scale, or unless 1 ≤ boxes &lt; points
   */
  public static ScoreComparison pairedTopBox(
      Scale scale, int boxes, int[] before, int[] after, double confidenceLevel) {
    checkNotNull(scale, "scale");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkArgument(
        boxes >= 1 && boxes < scale.points(),
        "boxes must be in [1, %s) for %s, was %s",
        scale.points(),
        scale,
        boxes);
    checkPairs(before.length, after.length);
    double[] differences = new double[before.length];
    for (int i = 0; i < before.length; i++) {
      checkPoint(scale, "before", i, before[i]);
      checkPoint(scale, "after", i, after[i]);
      differences[i] = topBox(scale, boxes, after[i]) - topBox(scale, boxes, before[i]);
    }
    return pairedT(scale.name() + " top-" + boxes + "-box", differences, confidenceLevel, 1.0);
  }

  private static int topBox(Scale scale, int boxes, int answer) {
    return scale.goodness(answer) >= 1.0 - (boxes - 0.5) / (scale.points() - 1.0) ? 1 : 0;
  }

  /** The same respondents' answers on one scale twice: paired t test on the mean answer. */
  public static ScoreComparison pairedMeans(
      Scale scale, int[] before, int[] after, double confidenceLevel) {
    checkNotNull(scale, "scale");
    checkPairs(before.length, after.length);
    double[] differences = new double[before.length];
    for (int i = 0; i < before.length; i++) {
      checkPoint(scale, "before", i, before[i]);
      checkPoint(scale, "after", i, after[i]);
      differences[i] = (double) after[i] - before[i];
    }
    return pairedT(scale.name() + " mean", differences, confidenceLevel, scale.max() - scale.min());
  }

  /** Paired t test on raw values of the same units measured twice (after − before). */
  public static ScoreComparison paired(double[] before, double[] after, double confidenceLevel) {
    checkPairs(before.length, after.length);
    double[] differences = new double[before.length];
    for (int i = 0; i < before.length; i++) {
      checkArgument(
          Double.isFinite(before[i]), "before[%s] must be finite, was %s", i, (Object) before[i]);
      checkArgument(
          Double.isFinite(after[i]), "after[%s] must be finite, was %s", i, (Object) after[i]);
      differences[i] = after[i] - before[i];
    }
    return pairedT("mean", differences, confidenceLevel, Double.POSITIVE_INFINITY);
  }

  private static ScoreComparison pairedT(
      String measure, double[] differences, double confidenceLevel, double range) {
    Distributions.checkConfidence(confidenceLevel);
    MeanSummary summary = MeanSummary.of(differences);
    double sd = summary.standardDeviation();
    return tTest(
        measure,
        ComparisonMethod.PAIRED_T,
        summary.n(),
        summary.n(),
        summary.mean(),
        Math.sqrt(summary.varianceOfMean()),
        summary.n() - 1.0,
        confidenceLevel,
        range,
        sd == 0.0 ? 0.0 : summary.mean() / sd,
        "d_z");
  }

  private static ScoreComparison tTest(
      String measure,
      ComparisonMethod method,
      long nA,
      long nB,
      double difference,
      double standardError,
      double df,
      double confidenceLevel,
      double range,
      double effectSize,
      String effectSizeMeasure) {
    checkVariation(difference, standardError);
    double statistic = standardError == 0.0 ? 0.0 : difference / standardError;
    double p = standardError == 0.0 ? 1.0 : Distributions.twoSidedTP(statistic, df);
    double halfWidth = Distributions.tCritical(confidenceLevel, df) * standardError;
    Interval interval =
        Interval.of(
            difference - halfWidth, difference + halfWidth, confidenceLevel, IntervalMethod.T);
    if (Double.isFinite(range)) {
      interval = interval.clampedTo(-range, range);
    }
    return new ScoreComparison(
        measure,
        method,
        nA,
        nB,
        difference,
        difference,
        standardError,
        statistic,
        OptionalDouble.of(df),
        p,
        interval,
        effectSize,
        effectSizeMeasure);
  }

  /** A z test and interval around {@code centre} (the adjusted difference, or the estimate one). */
  private static ScoreComparison normalTest(
      String measure,
      ComparisonMethod method,
      long nA,
      long nB,
      double difference,
      double centre,
      double standardError,
      double confidenceLevel,
      IntervalMethod intervalMethod,
      double range,
      double effectSize,
      String effectSizeMeasure) {
    double[] statAndP = normalStatistic(centre, standardError);
    double halfWidth = Distributions.zCritical(confidenceLevel) * standardError;
    Interval interval =
        Interval.of(centre - halfWidth, centre + halfWidth, confidenceLevel, intervalMethod)
            .clampedTo(-range, range);
    return new ScoreComparison(
        measure,
        method,
        nA,
        nB,
        difference,
        centre,
        standardError,
        statAndP[0],
        OptionalDouble.empty(),
        statAndP[1],
        interval,
        effectSize,
        effectSizeMeasure);
  }

  private static double[] normalStatistic(double difference, double standardError) {
    checkVariation(difference, standardError);
    if (standardError == 0.0) {
      return new double[] {0.0, 1.0};
    }
    double z = difference / standardError;
    return new double[] {z, Distributions.twoSidedNormalP(z)};
  }

  private static void checkVariation(double difference, double standardError) {
    checkArgument(
        standardError > 0.0 || difference == 0.0,
        "standard error of the difference must be > 0 to test a difference of %s, was 0 (every"
            + " answer is identical within each sample)",
        difference);
  }

  private static double sizeFor(NetScoreCounts counts, IntervalMethod method) {
    return method == IntervalMethod.WALD ? counts.effectiveN() : counts.effectiveN() + 3.0;
  }

  private static void checkNonEmpty(double nA, double nB) {
    checkArgument(nA > 0, "sample A n must be > 0, was %s", nA);
    checkArgument(nB > 0, "sample B n must be > 0, was %s", nB);
  }

  private static void checkPairs(int before, int after) {
    checkArgument(
        before == after,
        "after must have one answer per before answer (%s pairs), was %s",
        before,
        after);
    checkArgument(before >= 2, "pairs must be >= 2 for a paired test, was %s", before);
  }

  private static void checkPoint(Scale scale, String field, int index, int value) {
    checkArgument(
        scale.contains(value),
        "%s[%s] must be a point of %s (%s..%s), was %s",
        field,
        index,
        scale.name(),
        scale.min(),
        scale.max(),
        value);
  }
}
