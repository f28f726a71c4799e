package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.survey.Scale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NetScoresTest {

  // Golden values: Rocks (2016), "Interval estimation for the 'net promoter score'", The American
  // Statistician 70(4); Sauro & Lewis (MeasuringU); /work/shared/reference/golden-values.md.

  @Test
  void waldLargeSample() {
    Score s = NetScores.of(NetScoreCounts.nps(250, 675, 75), IntervalSpec.wald(0.95));
    assertEquals(0.175, s.estimate().getAsDouble(), 1e-12);
    assertEquals(0.0171574, s.standardError().getAsDouble(), 1e-7);
    Interval ci = s.interval().orElseThrow();
    assertEquals(0.14137, ci.lower(), 1e-5);
    assertEquals(0.20863, ci.upper(), 1e-5);
    assertEquals(IntervalMethod.WALD, ci.method());
    assertEquals(1000, s.n());
    assertTrue(s.flags().isEmpty(), s.flags().toString());
  }

  @Test
  void adjustedWaldLargeSampleIsTheDefault() {
    Score s = NetScores.of(NetScoreCounts.nps(250, 675, 75));
    assertEquals(IntervalMethod.ADJUSTED_WALD, s.method());
    assertEquals(0.95, s.confidenceLevel());
    assertEquals(0.175, s.estimate().getAsDouble(), 1e-12); // the sample NPS stays the estimate
    assertEquals(0.174477, s.intervalCentre().getAsDouble(), 1e-6);
    assertEquals(0.0171522, s.standardError().getAsDouble(), 1e-7);
    Interval ci = s.interval().orElseThrow();
    assertEquals(0.14086, ci.lower(), 1e-5);
    assertEquals(0.20809, ci.upper(), 1e-5);
  }

  @Test
  void smallSampleWaldAndAdjustedWald() {
    NetScoreCounts counts = NetScoreCounts.nps(12, 5, 3);
    Score wald = NetScores.of(counts, IntervalSpec.wald(0.95));
    assertEquals(0.45, wald.estimate().getAsDouble(), 1e-12);
    assertEquals(0.1257, wald.interval().orElseThrow().lower(), 1e-4);
    assertEquals(0.7743, wald.interval().orElseThrow().upper(), 1e-4);
    Score adjusted = NetScores.of(counts);
    assertEquals(0.3913, adjusted.intervalCentre().getAsDouble(), 1e-4);
    assertEquals(0.0843, adjusted.interval().orElseThrow().lower(), 1e-4);
    assertEquals(0.6983, adjusted.interval().orElseThrow().upper(), 1e-4);
    assertTrue(adjusted.hasFlag(ScoreFlag.SMALL_SAMPLE));
  }

  @Test
  void pointsViewScalesEstimateAndIntervalTo100() {
    // golden (Rocks 2016, adjusted-Wald): 0.175, CI [0.14086, 0.20809] -> 17.5 points [14.1, 20.8]
    Score s = NetScores.of(NetScoreCounts.nps(250, 675, 75));
    ScorePoints p = s.points();
    assertEquals("points", p.unit());
    assertEquals(17.5, p.estimate().getAsDouble(), 1e-10);
    assertEquals(17.4477, p.intervalCentre().getAsDouble(), 1e-4);
    assertEquals(1.71522, p.standardError().getAsDouble(), 1e-5);
    Interval ci = p.interval().orElseThrow();
    assertEquals(14.086, ci.lower(), 1e-3);
    assertEquals(20.809, ci.upper(), 1e-3);
    assertEquals(s.interval().orElseThrow().confidenceLevel(), ci.confidenceLevel());
    assertEquals(s.interval().orElseThrow().method(), ci.method());
    assertEquals("NPS = 17.5 points, n=1000, 95% ADJUSTED_WALD [14.1, 20.8]", p.toString());
    // a share is a percentage; a mean has no points view; an empty score stays empty
    ScorePoints share = Proportions.of(18, 20, IntervalSpec.wilson(0.95)).points();
    assertEquals("%", share.unit());
    assertEquals(90.0, share.estimate().getAsDouble(), 1e-10);
    assertEquals(69.90, share.interval().orElseThrow().lower(), 1e-2); // Wilson [0.6990, 0.9721]
    assertTrue(share.toString().contains("= 90.0%"), share.toString());
    assertThrows(
        IllegalStateException.class,
        () -> Means.of(ScoreDistribution.of(Scale.csat5(), 1, 1, 1, 1, 1)).points());
    ScorePoints empty = NetScores.of(NetScoreCounts.empty(NetScoreDefinition.nps())).points();
    assertTrue(empty.estimate().isEmpty() && empty.interval().isEmpty());
    assertTrue(empty.toString().contains("none"), empty.toString());
  }

  @Test
  void emptySampleHasNoEstimateAndNoInterval() {
    Score s = NetScores.of(NetScoreCounts.empty(NetScoreDefinition.nps()));
    assertEquals(0, s.n());
    assertTrue(s.estimate().isEmpty());
    assertTrue(s.interval().isEmpty());
    assertTrue(s.standardError().isEmpty());
    assertTrue(s.hasFlag(ScoreFlag.EMPTY_SAMPLE));
    assertTrue(s.toString().contains("no interval"), s.toString());
  }

  @Test
  void waldIntervalIsClampedAndFlagged() {
    // 5 promoters of 6: Wald upper bound 0.833 + 1.96 * 0.152 > 1
    Score s = NetScores.of(NetScoreCounts.nps(5, 1, 0), IntervalSpec.wald(0.95));
    assertEquals(1.0, s.interval().orElseThrow().upper());
    assertTrue(s.hasFlag(ScoreFlag.CLAMPED));
  }

  @Test
  void nonStandardBreaksAreFlagged() {
    NetScoreDefinition strict =
        NetScoreDefinition.of("NPS strict", NetScoreDefinition.nps().scale(), 10, 10, 0, 6);
    Score s = NetScores.of(NetScoreCounts.of(strict, 10, 20, 5));
    assertTrue(s.hasFlag(ScoreFlag.NON_STANDARD_BREAKS));
    assertFalse(NetScores.of(NetScoreCounts.nps(10, 20, 5)).hasFlag(ScoreFlag.NON_STANDARD_BREAKS));
  }

  @Test
  void weightedWaldUsesLinearisedVarianceOfPerRespondentOracle() {
    SplittableRandom random = new SplittableRandom(11);
    NetScoreAccumulator acc = new NetScoreAccumulator(NetScoreDefinition.nps());
    int n = 400;
    int[] scores = new int[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = random.nextInt(11);
      weights[i] = 0.2 + 3 * random.nextDouble();
      acc.addWeighted(scores[i], weights[i]);
    }
    // independent oracle: ratio estimator and its Taylor linearisation per respondent
    double sw = 0;
    double swy = 0;
    double sw2 = 0;
    for (int i = 0; i < n; i++) {
      sw += weights[i];
      swy += weights[i] * NetScoreDefinition.nps().classify(scores[i]);
      sw2 += weights[i] * weights[i];
    }
    double theta = swy / sw;
    double lin = 0;
    for (int i = 0; i < n; i++) {
      double u = weights[i] * (NetScoreDefinition.nps().classify(scores[i]) - theta);
      lin += u * u;
    }
    double se = Math.sqrt(lin) / sw;
    Score s = NetScores.of(acc.snapshot(), IntervalSpec.wald(0.95));
    assertEquals(theta, s.estimate().getAsDouble(), 1e-12);
    assertEquals(se, s.standardError().getAsDouble(), 1e-12);
    assertEquals(sw * sw / sw2, s.effectiveN(), 1e-9);
    assertTrue(s.hasFlag(ScoreFlag.WEIGHTED));
    assertTrue(s.effectiveN() < n);
    Score adjusted = NetScores.of(acc.snapshot());
    assertTrue(adjusted.hasFlag(ScoreFlag.WEIGHTED));
  }

  @Test
  void unitWeightsReproduceUnweightedResults() {
    NetScoreAccumulator weighted = new NetScoreAccumulator(NetScoreDefinition.nps());
    int[] answers = {10, 9, 9, 8, 7, 6, 3, 10, 0, 9, 8, 10};
    for (int a : answers) {
      weighted.addWeighted(a, 1.0);
    }
    NetScoreCounts plain =
        new NetScoreAccumulator(NetScoreDefinition.nps()).addAll(answers).snapshot();
    for (IntervalSpec spec :
        new IntervalSpec[] {IntervalSpec.wald(0.9), IntervalSpec.adjustedWald(0.95)}) {
      Score a = NetScores.of(weighted.snapshot(), spec);
      Score b = NetScores.of(plain, spec);
      assertEquals(b.interval(), a.interval());
      assertEquals(b.estimate(), a.estimate());
    }
  }

  @Test
  void bootstrapIsSeededAndAgreesWithWaldOnALargeSample() {
    NetScoreCounts counts = NetScoreCounts.nps(4000, 3500, 2500); // n = 10,000
    IntervalSpec spec = IntervalSpec.bootstrapPercentile(0.95, 2000, 42L);
    Score a = NetScores.of(counts, spec);
    Score b = NetScores.of(counts, spec);
    assertEquals(a, b);
    assertNotEquals(
        a.interval(),
        NetScores.of(counts, IntervalSpec.bootstrapPercentile(0.95, 2000, 43L)).interval());
    Score wald = NetScores.of(counts, IntervalSpec.wald(0.95));
    // Wald SE = sqrt((0.4 + 0.25 - 0.0225) / 10000) = 0.0079215
    assertEquals(wald.standardError().getAsDouble(), a.standardError().getAsDouble(), 0.0006);
    assertEquals(wald.interval().orElseThrow().lower(), a.interval().orElseThrow().lower(), 0.002);
    assertEquals(wald.interval().orElseThrow().upper(), a.interval().orElseThrow().upper(), 0.002);
    Score bca = NetScores.of(counts, IntervalSpec.bootstrapBca(0.95, 2000, 42L));
    assertEquals(IntervalMethod.BOOTSTRAP_BCA, bca.interval().orElseThrow().method());
    assertEquals(
        wald.interval().orElseThrow().lower(), bca.interval().orElseThrow().lower(), 0.002);
    assertEquals(
        wald.interval().orElseThrow().upper(), bca.interval().orElseThrow().upper(), 0.002);
  }

  @Test
  void bcaShiftsTowardsTheLongTailOnASkewedSmallSample() {
    // 17 promoters, 2 passives, 1 detractor: the sampling distribution is skewed left (bounded by
    // 1), so BCa moves both bounds down relative to the percentile interval (Efron 1987).
    NetScoreCounts counts = NetScoreCounts.nps(17, 2, 1);
    Interval percentile =
        NetScores.of(counts, IntervalSpec.bootstrapPercentile(0.95, 4000, 5L))
            .interval()
            .orElseThrow();
    Interval bca =
        NetScores.of(counts, IntervalSpec.bootstrapBca(0.95, 4000, 5L)).interval().orElseThrow();
    assertTrue(bca.lower() <= percentile.lower(), bca + " vs " + percentile);
    assertTrue(bca.upper() <= percentile.upper(), bca + " vs " + percentile);
    assertTrue(NetScoreBootstrap.acceleration(counts) != 0.0);
  }

  @Test
  void bootstrapAgreesWithScipy() {
    // Independent oracle: scipy.stats.bootstrap(mean of +1/0/-1 per-respondent scores,
    // n_resamples=100000, rng default_rng(3)). (120, 50, 30): percentile [0.345, 0.55], BCa
    // [0.34, 0.545]; (17, 2, 1): percentile [0.55, 1.0], BCa [0.45, 0.95]. Tolerances allow for
    // Monte-Carlo error and the discreteness of the statistic (grid 1/n); scipy counts ties to the
    // estimate as "above" in z0, cxkit counts them half.
    NetScoreCounts medium = NetScoreCounts.nps(120, 50, 30);
    assertInterval(0.345, 0.55, medium, IntervalSpec.bootstrapPercentile(0.95, 20_000, 9L), 0.006);
    assertInterval(0.34, 0.545, medium, IntervalSpec.bootstrapBca(0.95, 20_000, 9L), 0.011);
    NetScoreCounts small = NetScoreCounts.nps(17, 2, 1);
    assertInterval(0.55, 1.0, small, IntervalSpec.bootstrapPercentile(0.95, 20_000, 9L), 0.051);
    assertInterval(0.45, 0.95, small, IntervalSpec.bootstrapBca(0.95, 20_000, 9L), 0.101);
  }

  private static void assertInterval(
      double lower, double upper, NetScoreCounts counts, IntervalSpec spec, double tolerance) {
    Interval ci = NetScores.of(counts, spec).interval().orElseThrow();
    assertEquals(lower, ci.lower(), tolerance, ci.toString());
    assertEquals(upper, ci.upper(), tolerance, ci.toString());
  }

  @Test
  void bootstrapOfASingleCategoryIsDegenerate() {
    Score s = NetScores.of(NetScoreCounts.nps(20, 0, 0), IntervalSpec.bootstrapBca(0.95, 500, 1L));
    assertEquals(1.0, s.interval().orElseThrow().lower());
    assertEquals(1.0, s.interval().orElseThrow().upper());
    assertEquals(0.0, s.standardError().getAsDouble());
  }

  @Test
  void bayesDirichletMatchesExactMomentsAndAnIndependentMonteCarlo() {
    // Posterior Dirichlet(13, 6, 4) for P=12, M=5, D=3 under the uniform prior. Reference quantiles
    // from 2,000,000 numpy draws (numpy.random.default_rng(1).dirichlet): [0.06249, 0.67166];
    // exact mean (13 - 4)/23 = 0.391304; exact SD sqrt((13*10 + 4*19 + 2*13*4) / (23^2 * 24)) =
    // 0.156260 (the numpy draws give 0.15631).
    Score s =
        NetScores.of(NetScoreCounts.nps(12, 5, 3), IntervalSpec.bayesDirichlet(0.95, 20_000, 3L));
    assertEquals(9.0 / 23.0, s.intervalCentre().getAsDouble(), 1e-12);
    assertEquals(0.156260, s.standardError().getAsDouble(), 1e-6);
    assertEquals(0.06249, s.interval().orElseThrow().lower(), 0.01);
    assertEquals(0.67166, s.interval().orElseThrow().upper(), 0.01);
    assertEquals(0.45, s.estimate().getAsDouble(), 1e-12);
  }

  @Test
  void resamplingMethodsRefuseWeightedCounts() {
    NetScoreCounts weighted =
        new NetScoreAccumulator(NetScoreDefinition.nps())
            .addWeighted(10, 2.0)
            .addWeighted(3, 1.0)
            .snapshot();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NetScores.of(weighted, IntervalSpec.bootstrapBca(0.95, 100, 1L)));
    assertTrue(
        e.getMessage().contains("counts must be unweighted for BOOTSTRAP_BCA"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> NetScores.of(weighted, IntervalSpec.bayesDirichlet(0.95, 100, 1L)));
  }

  @Test
  void refusesMethodsThatDoNotApply() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NetScores.of(NetScoreCounts.nps(1, 2, 3), IntervalSpec.wilson(0.95)));
    assertTrue(e.getMessage().contains("was WILSON"), e.getMessage());
  }

  @Test
  void intervalSpecChecksReplicates() {
    assertThrows(IllegalArgumentException.class, () -> IntervalSpec.bootstrapBca(0.95, 10, 1L));
    assertThrows(
        IllegalArgumentException.class, () -> new IntervalSpec(IntervalMethod.WALD, 0.95, 5, 0L));
    assertThrows(IllegalArgumentException.class, () -> IntervalSpec.wald(1.0));
  }

  @Test
  void toStringIsLocaleIndependent() {
    String s = NetScores.of(NetScoreCounts.nps(250, 675, 75)).toString();
    assertTrue(s.startsWith("NPS = 0.1750, n=1000, [0.14086, 0.20809] (95% ADJUSTED_WALD)"), s);
  }
}
