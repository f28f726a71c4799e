package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.model.survey.Scale;
import org.junit.jupiter.api.Test;

class ProportionsAndMeansTest {

  // Brown, Cai & DasGupta (2001), Statistical Science 16(2); Agresti & Coull (1998), The American
  // Statistician 52(2): 18 of 20 satisfied.
  @Test
  void eighteenOfTwentyWilsonAgrestiCoullWald() {
    Interval wilson = Proportions.of(18, 20).interval().orElseThrow();
    assertEquals(0.6990, wilson.lower(), 1e-4);
    assertEquals(0.9721, wilson.upper(), 1e-4);
    Interval ac = Proportions.of(18, 20, IntervalSpec.agrestiCoull(0.95)).interval().orElseThrow();
    assertEquals(0.6868, ac.lower(), 1e-4);
    assertEquals(0.9843, ac.upper(), 1e-4);
    Score wald = Proportions.of(18, 20, IntervalSpec.wald(0.95));
    // the Wald upper bound 1.0315 is why Wald is not the default: clamped and flagged
    assertEquals(0.7685, wald.interval().orElseThrow().lower(), 1e-4);
    assertEquals(1.0, wald.interval().orElseThrow().upper());
    assertTrue(wald.hasFlag(ScoreFlag.CLAMPED));
    assertEquals(0.9, wald.estimate().getAsDouble(), 1e-12);
  }

  @Test
  void topBoxFollowsTheScaleDirection() {
    ScoreDistribution csat = ScoreDistribution.of(Scale.csat5(), 2, 3, 5, 6, 4);
    Score top2 = Proportions.topBox(csat, 2);
    assertEquals(0.5, top2.estimate().getAsDouble(), 1e-12);
    assertEquals("CSAT 1-5 top-2-box", top2.label());
    assertEquals(Proportions.of(10, 20).interval(), top2.interval());
    // CES 1.0 is low-is-good: the two best boxes are 1 and 2
    ScoreDistribution ces1 = ScoreDistribution.of(Scale.ces1(), 7, 3, 5, 3, 2);
    assertEquals(0.5, Proportions.topBox(ces1, 2).estimate().getAsDouble(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Proportions.topBox(csat, 5));
  }

  @Test
  void weightedShareUsesKishEffectiveN() {
    ScoreAccumulator acc = new ScoreAccumulator(Scale.csat5());
    acc.addAllWeighted(new int[] {5, 5, 1, 2}, new double[] {2, 1, 1, 1});
    ScoreDistribution d = acc.snapshot();
    Score share = Proportions.topBox(d, 2, IntervalSpec.wilson(0.95));
    assertEquals(0.6, share.estimate().getAsDouble(), 1e-12);
    assertEquals(25.0 / 7.0, share.effectiveN(), 1e-12);
    assertTrue(share.hasFlag(ScoreFlag.WEIGHTED));
    // Wald linearised: sum w^2 (y - p)^2 / W^2 = (5 * 0.16 + 2 * 0.36) / 25
    Score wald = Proportions.topBox(d, 2, IntervalSpec.wald(0.95));
    assertEquals(Math.sqrt((5 * 0.16 + 2 * 0.36) / 25), wald.standardError().getAsDouble(), 1e-12);
  }

  @Test
  void meanTIntervalMatchesScipy() {
    // scipy.stats.t.ppf(0.975, 19): mean 3.35, s 1.2680279, 95% CI [2.7565447, 3.9434553]
    Score mean = Means.of(ScoreDistribution.of(Scale.csat5(), 2, 3, 5, 6, 4));
    assertEquals(3.35, mean.estimate().getAsDouble(), 1e-12);
    assertEquals(1.2680279 / Math.sqrt(20), mean.standardError().getAsDouble(), 1e-7);
    assertEquals(2.7565447, mean.interval().orElseThrow().lower(), 1e-6);
    assertEquals(3.9434553, mean.interval().orElseThrow().upper(), 1e-6);
  }

  @Test
  void meanOfOneRespondentHasNoIntervalAndMeanOfNoneNoEstimate() {
    Score one = Means.of(ScoreDistribution.of(Scale.csat5(), 0, 0, 0, 1, 0));
    assertEquals(4.0, one.estimate().getAsDouble());
    assertTrue(one.interval().isEmpty());
    Score none = Means.of(ScoreDistribution.empty(Scale.csat5()));
    assertTrue(none.estimate().isEmpty());
    assertTrue(none.hasFlag(ScoreFlag.EMPTY_SAMPLE));
  }

  @Test
  void weightedMeanWithUnitWeightsEqualsUnweighted() {
    int[] answers = {1, 2, 2, 3, 5, 5, 4, 4, 4};
    ScoreAccumulator weighted = new ScoreAccumulator(Scale.csat5());
    for (int a : answers) {
      weighted.addWeighted(a, 1.0);
    }
    Score w = Means.of(weighted.snapshot());
    Score u = Means.of(new ScoreAccumulator(Scale.csat5()).addAll(answers).snapshot());
    assertEquals(u.estimate().getAsDouble(), w.estimate().getAsDouble(), 1e-12);
    assertEquals(u.standardError().getAsDouble(), w.standardError().getAsDouble(), 1e-12);
  }

  @Test
  void meanIntervalClampedToTheScale() {
    Score s = Means.of(ScoreDistribution.of(Scale.csat5(), 0, 0, 0, 1, 2));
    assertTrue(s.interval().orElseThrow().upper() <= 5.0);
    assertTrue(s.hasFlag(ScoreFlag.CLAMPED));
  }

  @Test
  void csatCarriesTopTwoBoxAndMean() {
    CsatScore csat = CsatScore.of(ScoreDistribution.of(Scale.csat5(), 2, 3, 5, 6, 4));
    assertEquals(0.5, csat.topTwoBox().estimate().getAsDouble(), 1e-12);
    assertEquals(3.35, csat.mean().estimate().getAsDouble(), 1e-12);
    assertTrue(csat.topTwoBox().hasFlag(ScoreFlag.SMALL_SAMPLE));
  }

  @Test
  void rejectsBadProportionInput() {
    assertThrows(IllegalArgumentException.class, () -> Proportions.of(21, 20));
    assertThrows(IllegalArgumentException.class, () -> Proportions.of(-1, 20));
    assertThrows(
        IllegalArgumentException.class,
        () -> Means.of(ScoreDistribution.empty(Scale.csat5()), IntervalSpec.wilson(0.95)));
  }
}
