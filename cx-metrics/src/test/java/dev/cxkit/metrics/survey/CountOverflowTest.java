package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.survey.Scale;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: counts past {@link Long#MAX_VALUE} and weight sums past the double range are refused
 * with the quantity and both operands named, never wrapped into a negative n or an Infinity.
 */
class CountOverflowTest {

  private static final long MAX = Long.MAX_VALUE;
  private static final String RANGE =
      " is outside the exact range -9223372036854775808..9223372036854775807";

  @Test
  void netScoreCountsWhoseTotalDoesNotFitAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NetScoreCounts.nps(MAX, 1, 0));
    assertEquals("respondents overflow: 9223372036854775807 + 1" + RANGE, e.getMessage());
    NetScoreCounts full = NetScoreCounts.nps(MAX - 2, 1, 1);
    assertEquals(MAX, full.n());
  }

  @Test
  void mergingNetScoreCountsNeverWraps() {
    NetScoreCounts big = NetScoreCounts.nps(MAX, 0, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> big.plus(big));
    assertEquals(
        "promoters count overflow: 9223372036854775807 + 9223372036854775807" + RANGE,
        e.getMessage());
    NetScoreCounts half = NetScoreCounts.nps(MAX / 2, 0, 0);
    NetScoreCounts otherHalf = NetScoreCounts.nps(0, MAX / 2 + 1, 0);
    assertEquals(MAX, half.plus(otherHalf).n());
    // each slot fits, the total does not
    NetScoreCounts passives = NetScoreCounts.nps(0, MAX / 2 + 2, 0);
    assertThrows(IllegalArgumentException.class, () -> half.plus(passives));
  }

  @Test
  void distributionsAndTheirMergesNeverWrap() {
    long[] counts = new long[5];
    counts[4] = MAX;
    counts[0] = 1;
    assertEquals(
        "respondents overflow: 1 + 9223372036854775807" + RANGE,
        assertThrows(
                IllegalArgumentException.class, () -> ScoreDistribution.of(Scale.csat5(), counts))
            .getMessage());
    ScoreDistribution top = ScoreDistribution.of(Scale.csat5(), 0, 0, 0, 0, MAX);
    assertThrows(IllegalArgumentException.class, () -> top.plus(top));
    ScoreDistribution bottom = ScoreDistribution.of(Scale.csat5(), 1, 0, 0, 0, 0);
    assertThrows(IllegalArgumentException.class, () -> top.plus(bottom));
    assertEquals(MAX, top.plus(ScoreDistribution.empty(Scale.csat5())).n());
  }

  @Test
  void anAccumulatorFedHugeDistributionsIsAllOrNothing() {
    ScoreAccumulator acc = new ScoreAccumulator(Scale.csat5());
    acc.add(5).add(1);
    ScoreDistribution top = ScoreDistribution.of(Scale.csat5(), 0, 0, 0, 0, MAX);
    ScoreDistribution almostFull = ScoreDistribution.of(Scale.csat5(), 0, 0, 0, 0, MAX - 1);
    assertEquals(
        "respondents of CSAT 1-5 overflow: 2 + 9223372036854775806" + RANGE,
        assertThrows(IllegalArgumentException.class, () -> acc.addAll(almostFull)).getMessage());
    assertEquals(2, acc.snapshot().n(), "the failed addAll left the counts as they were");
    ScoreAccumulator other = new ScoreAccumulator(Scale.csat5()).addAll(top);
    assertThrows(IllegalArgumentException.class, () -> other.addAll(top));
    assertEquals(MAX, other.snapshot().n(), "the failed addAll left the counts as they were");
  }

  @Test
  void weightsOutsideTheFiniteRangeAreRefused() {
    ScoreAccumulator acc = new ScoreAccumulator(Scale.csat5());
    String rule =
        "weight must be in [1e-100, 1e100] (so that weight sums and squares stay finite and"
            + " non-zero), was ";
    assertEquals(
        rule + "1.0E300 (score 5)",
        assertThrows(IllegalArgumentException.class, () -> acc.addWeighted(5, 1e300)).getMessage());
    assertEquals(
        rule + "1.0E-200 (score 2)",
        assertThrows(IllegalArgumentException.class, () -> acc.addWeighted(2, 1e-200))
            .getMessage());
    assertTrue(acc.snapshot().isEmpty());
  }

  @Test
  void weightsAtTheLimitsGiveFiniteScores() {
    // Kish's (Σw)²/Σw² and the linearised variances square the weights: at 1e100 and 1e-100 the
    // squares stay finite and non-zero, so the effective n is exactly the count here
    for (double w : new double[] {ScoreAccumulator.MAX_WEIGHT, ScoreAccumulator.MIN_WEIGHT}) {
      ScoreAccumulator acc = new ScoreAccumulator(Scale.nps());
      for (int i = 0; i < 1000; i++) {
        acc.addWeighted(i % 11, w);
      }
      ScoreDistribution d = acc.snapshot();
      assertEquals(1000.0, d.effectiveN(), 1e-9);
      NetScoreCounts counts = d.netScoreCounts(NetScoreDefinition.nps());
      assertEquals(1000.0, counts.effectiveN(), 1e-9);
      Score nps = NetScores.of(counts, IntervalSpec.of(IntervalMethod.WALD, 0.95));
      Score unweighted =
          NetScores.of(
              NetScoreCounts.nps(counts.positives(), counts.passives(), counts.negatives()),
              IntervalSpec.of(IntervalMethod.WALD, 0.95));
      assertEquals(unweighted.estimate().getAsDouble(), nps.estimate().getAsDouble(), 1e-12);
      assertEquals(
          unweighted.interval().orElseThrow().lower(), nps.interval().orElseThrow().lower(), 1e-9);
    }
  }
}
