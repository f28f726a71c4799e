package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.survey.Scale;
import org.junit.jupiter.api.Test;

class EffortAndMappingTest {

  @Test
  void ces2Score() {
    ScoreDistribution answers = ScoreDistribution.of(Scale.ces2(), 1, 2, 3, 4, 10, 20, 10);
    EffortScore ces = EffortScore.of(EffortScale.ces2(), answers);
    assertEquals(0.8, ces.easyShare().estimate().getAsDouble(), 1e-12);
    assertEquals(0.68, ces.netEasy().estimate().getAsDouble(), 1e-12);
    assertEquals(
        (1 + 4 + 9 + 16 + 50 + 120 + 70) / 50.0, ces.mean().estimate().getAsDouble(), 1e-12);
    assertEquals(EffortScale.CesVersion.CES_2_0, ces.effortScale().version());
  }

  @Test
  void ces1IsLowIsGood() {
    ScoreDistribution answers = ScoreDistribution.of(Scale.ces1(), 10, 5, 3, 1, 1);
    EffortScore ces = EffortScore.of(EffortScale.ces1(), answers);
    assertEquals(0.75, ces.easyShare().estimate().getAsDouble(), 1e-12);
    assertEquals(0.65, ces.netEasy().estimate().getAsDouble(), 1e-12);
  }

  @Test
  void refusesEffortAnswersOnAnotherScale() {
    ScoreDistribution ces1Answers = ScoreDistribution.of(Scale.ces1(), 10, 5, 3, 1, 1);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> EffortScore.of(EffortScale.ces2(), ces1Answers));
    assertTrue(e.getMessage().contains("map it with an explicit ScaleMapping"), e.getMessage());
    // with an explicit mapping the trend is allowed
    ScaleMapping mapping = ScaleMapping.byPosition(Scale.ces1(), Scale.ces2());
    ScoreDistribution mapped = mapping.apply(ces1Answers);
    assertEquals(Scale.ces2(), mapped.scale());
    assertEquals(20, mapped.n());
    assertEquals(10, mapped.count(7));
    EffortScore.of(EffortScale.ces2(), mapped);
    Comparisons.means(mapped, ScoreDistribution.of(Scale.ces2(), 1, 2, 3, 4, 10, 20, 10), 0.95);
  }

  @Test
  void byPositionRespectsDirections() {
    // CES 1.0 goodness 1, .75, .5, .25, 0 -> CES 2.0 points 1 + round(6 g) = 7, 6 (5.5 up), 4, 3, 1
    ScaleMapping m = ScaleMapping.byPosition(Scale.ces1(), Scale.ces2());
    assertArrayEquals(new int[] {7, 6, 4, 3, 1}, m.apply(new int[] {1, 2, 3, 4, 5}));
    assertEquals(m, ScaleMapping.of(Scale.ces1(), Scale.ces2(), 7, 6, 4, 3, 1));
    ScaleMapping back = ScaleMapping.byPosition(Scale.ces2(), Scale.ces1());
    assertEquals(1, back.apply(7));
    assertEquals(5, back.apply(1));
  }

  @Test
  void explicitMappingIsChecked() {
    assertThrows(
        IllegalArgumentException.class, () -> ScaleMapping.of(Scale.ces1(), Scale.ces2(), 7, 6, 4));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScaleMapping.of(Scale.ces1(), Scale.ces2(), 8, 6, 4, 2, 1));
    assertTrue(e.getMessage().contains("target of CES 1.0 1-5 point 1"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ScaleMapping.byPosition(Scale.ces1(), Scale.ces2()).apply(new int[] {6}));
  }

  @Test
  void customEffortScale() {
    Scale effort = Scale.of("Effort 1-10", 1, 10, dev.cxkit.model.survey.Direction.LOW_IS_GOOD);
    EffortScale custom =
        EffortScale.custom(NetScoreDefinition.of("Net easy 10", effort, 1, 3, 7, 10));
    assertEquals(EffortScale.CesVersion.CUSTOM, custom.version());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EffortScale(EffortScale.CesVersion.CUSTOM, Scale.ces2(), NetScoreDefinition.nps()));
  }
}
