package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.survey.Scale;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

  // R's `sleep` data set (Cushny & Peebles 1905, via Student 1908), documented results of
  // t.test(extra ~ group, data = sleep) and the paired version; reproduced with
  // scipy.stats.ttest_ind(equal_var=False) and ttest_rel.
  private static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
  private static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

  @Test
  void twoSampleAdjustedWaldNetScores() {
    // golden: Rocks (2016) / Sauro & Lewis, (P, D, n) = (300, 100, 500) vs (250, 120, 500)
    ScoreComparison c =
        Comparisons.netScores(NetScoreCounts.nps(300, 100, 100), NetScoreCounts.nps(250, 130, 120));
    assertEquals(ComparisonMethod.ADJUSTED_WALD_Z, c.method());
    // the golden "Δ 0.13917" is the difference of the adjusted centres, 200/503 − 130/503; the
    // sample net scores are 200/500 − 130/500 = 0.14
    assertEquals(0.14, c.difference(), 1e-12);
    assertEquals(0.13917, c.intervalCentre(), 1e-5);
    assertEquals(70.0 / 503.0, c.intervalCentre(), 1e-12);
    assertEquals(0.05107, c.standardError(), 1e-5);
    assertEquals(2.725, c.statistic(), 1e-3);
    assertEquals(0.0064, c.pValue(), 1e-4);
    assertEquals(c.intervalCentre(), (c.interval().lower() + c.interval().upper()) / 2, 1e-12);
    assertTrue(c.isSignificant(0.05));
    assertTrue(c.degreesOfFreedom().isEmpty());
  }

  @Test
  void netScoreDifferenceIsOfTheEstimatesNotOfTheAdjustedCentres() {
    // hand calculation (issue 15's case, NPS 0.30 vs 0.00): A = 4 promoters, 5 passives,
    // 1 detractor, B = 2, 6, 2; n' = 13; centres (4.75 − 1.75)/13 = 3/13 and 0;
    // V'_A = 6.5/13 − (3/13)² = 0.446746, V'_B = 5.5/13 = 0.423077;
    // SE = √((0.446746 + 0.423077)/13) = 0.258669, z = (3/13)/SE = 0.89214, p = 0.37232
    ScoreComparison c =
        Comparisons.netScores(NetScoreCounts.nps(4, 5, 1), NetScoreCounts.nps(2, 6, 2));
    assertEquals(0.3, c.difference(), 1e-12);
    assertEquals(3.0 / 13.0, c.intervalCentre(), 1e-12);
    assertEquals(0.258669, c.standardError(), 1e-6);
    assertEquals(0.89214, c.statistic(), 1e-5);
    assertEquals(0.37232, c.pValue(), 1e-5);
    assertEquals(3.0 / 13.0 - 1.959964 * 0.2586686, c.interval().lower(), 1e-6);
    assertEquals(3.0 / 13.0 + 1.959964 * 0.2586686, c.interval().upper(), 1e-6);
    assertTrue(c.toString().contains("difference 0.30000, interval centre 0.23077"), c.toString());
    // Wald has no adjustment: the centre is the estimate difference
    ScoreComparison wald =
        Comparisons.netScores(
            NetScoreCounts.nps(4, 5, 1),
            NetScoreCounts.nps(2, 6, 2),
            ComparisonMethod.WALD_Z,
            0.95);
    assertEquals(0.3, wald.difference(), 1e-12);
    assertEquals(wald.difference(), wald.intervalCentre());
    assertTrue(!wald.toString().contains("interval centre"), wald.toString());
  }

  @Test
  void coarseCovarianceErrorIsNotMade() {
    // golden: dropping the promoter/detractor covariance gives SE 0.01603 instead of 0.01716
    ScoreComparison c =
        Comparisons.netScores(
            NetScoreCounts.nps(250, 675, 75),
            NetScoreCounts.nps(250, 675, 75),
            ComparisonMethod.WALD_Z,
            0.95);
    assertEquals(0.0171574 * Math.sqrt(2), c.standardError(), 1e-7);
    assertEquals(0.0, c.difference());
    assertEquals(1.0, c.pValue());
  }

  @Test
  void welchTMatchesRSleepExample() {
    // R: t = -1.8608, df = 17.776, p-value = 0.07939, 95% CI -3.3654832 0.2054832
    ScoreComparison c = Comparisons.means(MeanSummary.of(SLEEP_1), MeanSummary.of(SLEEP_2), 0.95);
    assertEquals(-1.58, c.difference(), 1e-12);
    assertEquals(-1.8608135, c.statistic(), 1e-6);
    assertEquals(17.776474, c.degreesOfFreedom().getAsDouble(), 1e-5);
    assertEquals(0.0793941, c.pValue(), 1e-6);
    assertEquals(-3.3654832, c.interval().lower(), 1e-6);
    assertEquals(0.2054832, c.interval().upper(), 1e-6);
    // Cohen's d with the average variance: -1.58 / sqrt((1.78901^2 + 2.00225^2) / 2)
    assertEquals(
        -1.58 / Math.sqrt((1.7890097 * 1.7890097 + 2.0022487 * 2.0022487) / 2),
        c.effectSize(),
        1e-6);
  }

  @Test
  void pairedTMatchesRSleepExample() {
    // R: t.test(extra[group == 1], extra[group == 2], paired = TRUE):
    // t = -4.0621, df = 9, p-value = 0.002833, 95% CI -2.4598858 -0.7001142
    ScoreComparison c = Comparisons.paired(SLEEP_2, SLEEP_1, 0.95);
    assertEquals(ComparisonMethod.PAIRED_T, c.method());
    assertEquals(-1.58, c.difference(), 1e-12);
    assertEquals(-4.0621277, c.statistic(), 1e-6);
    assertEquals(9.0, c.degreesOfFreedom().getAsDouble());
    assertEquals(0.0028329, c.pValue(), 1e-7);
    assertEquals(-2.4598858, c.interval().lower(), 1e-6);
    assertEquals(-0.7001142, c.interval().upper(), 1e-6);
  }

  @Test
  void nMinusOneTwoProportionTestMatchesScaledChiSquare() {
    // Campbell (2007), Statistics in Medicine 26: N-1 chi-square = chi2 * (N - 1)/N. Independent
    // computation: scipy.stats.chi2_contingency([[40, 10], [30, 20]], correction=False) gives
    // chi2 4.7619048; * 99/100 = 4.7142857, p = 0.0299130. Agresti-Caffo interval
    // [0.0187940, 0.3658214].
    ScoreComparison c = Comparisons.proportions(40, 50, 30, 50, 0.95);
    assertEquals(0.2, c.difference(), 1e-12);
    // Agresti–Caffo centre: 41/52 − 31/52
    assertEquals(10.0 / 52.0, c.intervalCentre(), 1e-12);
    assertEquals(Math.sqrt(4.7142857), c.statistic(), 1e-6);
    assertEquals(0.0299130, c.pValue(), 1e-6);
    assertEquals(0.0187940, c.interval().lower(), 1e-6);
    assertEquals(0.3658214, c.interval().upper(), 1e-6);
    assertEquals(
        2 * Math.asin(Math.sqrt(0.8)) - 2 * Math.asin(Math.sqrt(0.6)), c.effectSize(), 1e-12);
    // unequal sizes: 11/12 vs 5/10 -> N-1 chi2 4.5572917, p 0.0327789
    ScoreComparison small = Comparisons.proportions(11, 12, 5, 10, 0.95);
    assertEquals(0.0327789, small.pValue(), 1e-6);
  }

  @Test
  void topBoxComparisonUsesTheDistributions() {
    ScoreDistribution a = ScoreDistribution.of(Scale.csat5(), 2, 3, 5, 20, 20); // 40 of 50
    ScoreDistribution b = ScoreDistribution.of(Scale.csat5(), 5, 5, 10, 15, 15); // 30 of 50
    ScoreComparison c = Comparisons.topBox(a, b, 2, 0.95);
    assertEquals(Comparisons.proportions(40, 50, 30, 50, 0.95).pValue(), c.pValue(), 1e-12);
    assertEquals("CSAT 1-5 top-2-box", c.measure());
  }

  @Test
  void welchOnDistributionsAgreesWithSummaries() {
    ScoreDistribution a = ScoreDistribution.of(Scale.csat5(), 2, 3, 5, 6, 4);
    ScoreDistribution b = ScoreDistribution.of(Scale.csat5(), 1, 1, 4, 10, 9);
    double[] rawA = expand(a);
    double[] rawB = expand(b);
    ScoreComparison fromDistributions = Comparisons.means(a, b, 0.95);
    ScoreComparison fromRaw = Comparisons.means(MeanSummary.of(rawA), MeanSummary.of(rawB), 0.95);
    assertEquals(fromRaw.pValue(), fromDistributions.pValue(), 1e-12);
    assertEquals(fromRaw.difference(), fromDistributions.difference(), 1e-12);
    assertEquals(
        fromRaw.degreesOfFreedom().getAsDouble(),
        fromDistributions.degreesOfFreedom().getAsDouble(),
        1e-9);
  }

  @Test
  void pairedNetScoresUseIndicatorDifferences() {
    // Hand computation. before: 10, 9, 6, 3, 8, 7; after: 10, 6, 9, 8, 9, 2
    // classes before: +1, +1, -1, -1, 0, 0 (NPS 0); after: +1, -1, +1, 0, +1, -1 (NPS 1/6)
    // differences: 0, -2, 2, 1, 1, -1 -> mean 1/6, SD sqrt(((-1/6)^2 + (-13/6)^2 + (11/6)^2
    //   + 2 (5/6)^2 + (-7/6)^2) / 5) = sqrt(10.8333/5) = 1.4719601, SE 0.6009252, t 0.2773501
    int[] before = {10, 9, 6, 3, 8, 7};
    int[] after = {10, 6, 9, 8, 9, 2};
    ScoreComparison c = Comparisons.pairedNetScores(NetScoreDefinition.nps(), before, after, 0.95);
    assertEquals(1.0 / 6.0, c.difference(), 1e-12);
    assertEquals(0.6009252, c.standardError(), 1e-7);
    assertEquals(0.2773501, c.statistic(), 1e-7);
    assertEquals(5.0, c.degreesOfFreedom().getAsDouble());
    assertEquals(npsOf(after) - npsOf(before), c.difference(), 1e-12);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Comparisons.pairedNetScores(
                    NetScoreDefinition.nps(), before, new int[] {1, 2, 3, 4, 5, 11}, 0.95));
    assertEquals("after[5] must be a point of NPS 0-10 (0..10), was 11", e.getMessage());
  }

  @Test
  void pairedTopBoxUsesIndicatorDifferences() {
    // CSAT top-2-box (4-5) before: 1, 0, 1, 0, 0; after: 1, 1, 1, 1, 0 -> differences 0, 1, 0, 1,
    // 0: mean 0.4, SD sqrt(1.2 / 4) = 0.5477226, SE 0.2449490, t 1.6329932 (hand computation)
    int[] before = {5, 3, 4, 1, 2};
    int[] after = {4, 5, 5, 4, 3};
    ScoreComparison c = Comparisons.pairedTopBox(Scale.csat5(), 2, before, after, 0.95);
    assertEquals(0.4, c.difference(), 1e-12);
    assertEquals(0.2449490, c.standardError(), 1e-7);
    assertEquals(1.6329932, c.statistic(), 1e-7);
    // low-is-good scale: CES 1.0 top-2-box is 1-2
    ScoreComparison ces =
        Comparisons.pairedTopBox(Scale.ces1(), 2, new int[] {3, 4, 2}, new int[] {1, 2, 2}, 0.95);
    assertEquals(2.0 / 3.0, ces.difference(), 1e-12);
    assertThrows(
        IllegalArgumentException.class,
        () -> Comparisons.pairedTopBox(Scale.csat5(), 5, before, after, 0.95));
  }

  @Test
  void pairedMeansOnAScale() {
    ScoreComparison c =
        Comparisons.pairedMeans(
            Scale.csat5(), new int[] {3, 4, 2, 5}, new int[] {4, 4, 3, 5}, 0.95);
    assertEquals(0.5, c.difference(), 1e-12);
    assertEquals("CSAT 1-5 mean", c.measure());
  }

  @Test
  void refusesMixedScalesEmptySamplesAndDegenerateTests() {
    IllegalArgumentException scales =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Comparisons.means(
                    ScoreDistribution.of(Scale.ces1(), 1, 2, 3, 4, 5),
                    ScoreDistribution.of(Scale.ces2(), 1, 2, 3, 4, 5, 6, 7),
                    0.95));
    assertTrue(scales.getMessage().contains("ScaleMapping"), scales.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Comparisons.netScores(NetScoreCounts.nps(0, 0, 0), NetScoreCounts.nps(1, 1, 1)));
    IllegalArgumentException degenerate =
        assertThrows(
            IllegalArgumentException.class,
            () -> Comparisons.paired(new double[] {1, 2, 3}, new double[] {2, 3, 4}, 0.95));
    assertTrue(degenerate.getMessage().contains("standard error"), degenerate.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Comparisons.paired(new double[] {1, 2}, new double[] {2}, 0.95));
    assertThrows(
        IllegalArgumentException.class,
        () -> Comparisons.paired(new double[] {1, Double.NaN}, new double[] {2, 3}, 0.95));
  }

  private static double npsOf(int[] answers) {
    NetScoreCounts counts =
        new NetScoreAccumulator(NetScoreDefinition.nps()).addAll(answers).snapshot();
    return NetScores.of(counts).estimate().getAsDouble();
  }

  private static double[] expand(ScoreDistribution d) {
    double[] values = new double[(int) d.n()];
    int i = 0;
    for (int point = d.scale().min(); point <= d.scale().max(); point++) {
      for (long k = 0; k < d.count(point); k++) {
        values[i++] = point;
      }
    }
    return values;
  }
}
