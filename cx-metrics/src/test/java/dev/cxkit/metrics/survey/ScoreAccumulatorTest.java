package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.survey.Scale;
import org.junit.jupiter.api.Test;

class ScoreAccumulatorTest {

  @Test
  void countsEveryPoint() {
    ScoreAccumulator acc = new ScoreAccumulator(Scale.csat5());
    acc.addAll(new int[] {1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5}).add(5);
    ScoreDistribution d = acc.snapshot();
    assertEquals(ScoreDistribution.of(Scale.csat5(), 1, 2, 3, 4, 2), d);
    assertEquals(12, d.n());
    assertFalse(d.isWeighted());
    assertEquals(12.0, d.effectiveN());
  }

  @Test
  void addAllIsAllOrNothingAndNamesTheOffendingIndex() {
    ScoreAccumulator acc = new ScoreAccumulator(Scale.nps());
    acc.add(10);
    int[] bad = {9, 9, 9, 8, 7, 7, 11, 3};
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acc.addAll(bad));
    assertEquals("scores[6] must be a point of NPS 0-10 (0..10), was 11", e.getMessage());
    assertEquals(
        ScoreDistribution.of(Scale.nps(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), acc.snapshot());
    int[] badTail = {9, 9, 9, 8, 7, 7, 3, 3, 2, -1};
    e = assertThrows(IllegalArgumentException.class, () -> acc.addAll(badTail));
    assertEquals("scores[9] must be a point of NPS 0-10 (0..10), was -1", e.getMessage());
    assertEquals(1, acc.snapshot().n());
  }

  @Test
  void rejectsBadWeights() {
    ScoreAccumulator acc = new ScoreAccumulator(Scale.csat5());
    IllegalArgumentException nan =
        assertThrows(IllegalArgumentException.class, () -> acc.addWeighted(4, Double.NaN));
    assertEquals("weight must be finite and > 0, was NaN (score 4)", nan.getMessage());
    assertThrows(IllegalArgumentException.class, () -> acc.addWeighted(4, -1.0));
    assertThrows(IllegalArgumentException.class, () -> acc.addWeighted(4, 0.0));
    assertThrows(IllegalArgumentException.class, () -> acc.addWeighted(6, 1.0));
    assertThrows(
        IllegalArgumentException.class,
        () -> acc.addAllWeighted(new int[] {1, 2}, new double[] {1.0}));
    assertTrue(acc.snapshot().isEmpty());
  }

  @Test
  void weightsGiveKishEffectiveN() {
    ScoreAccumulator acc = new ScoreAccumulator(Scale.csat5());
    acc.addAllWeighted(new int[] {5, 4, 1}, new double[] {1.0, 2.0, 3.0});
    ScoreDistribution d = acc.snapshot();
    assertTrue(d.isWeighted());
    assertEquals(3, d.n());
    assertEquals(6.0, d.totalWeight());
    // Kish (1965): (sum w)^2 / sum w^2 = 36 / 14
    assertEquals(36.0 / 14.0, d.effectiveN(), 1e-12);
    assertEquals(3.0, d.weight(1));
  }

  @Test
  void distributionRejectsBadCountsAndOtherScales() {
    assertThrows(IllegalArgumentException.class, () -> ScoreDistribution.of(Scale.csat5(), 1, 2));
    assertThrows(
        IllegalArgumentException.class, () -> ScoreDistribution.of(Scale.csat5(), 1, 2, 3, -4, 5));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScoreDistribution.empty(Scale.ces1()).plus(ScoreDistribution.empty(Scale.csat5())));
    assertTrue(e.getMessage().contains("ScaleMapping"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ScoreDistribution.empty(Scale.ces1()).count(0));
  }

  @Test
  void accumulatorsCountAndPrintTheirState() {
    ScoreAccumulator acc = new ScoreAccumulator(Scale.csat5()).addAll(new int[] {5, 4, 4});
    acc.addWeighted(3, 1.5);
    assertEquals(4, acc.n());
    assertEquals("ScoreAccumulator{CSAT 1-5, n=4, weighted}", acc.toString());
    NetScoreAccumulator nps =
        new NetScoreAccumulator(NetScoreDefinition.nps())
            .addAll(new int[] {10, 9, 7, 0})
            .addAll(NetScoreCounts.nps(1, 0, 1));
    assertEquals(6, nps.n());
    assertEquals(
        "NetScoreAccumulator{NPS, n=6: promoters=3, passives=1, detractors=2}", nps.toString());
    // band counts have no scale points: the per-point distribution is then unknown
    IllegalStateException e = assertThrows(IllegalStateException.class, nps::distribution);
    assertTrue(e.getMessage().contains("2 respondents were added as band counts"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            nps.addAll(
                NetScoreCounts.of(
                    NetScoreDefinition.of("strict", Scale.nps(), 10, 10, 0, 6), 1, 0, 0)));
  }
}
