package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.survey.Scale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreBreakdownTest {

  record Row(String region, int likelihood, double weight) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("north", 10, 1.0),
          new Row("north", 9, 1.0),
          new Row("north", 3, 1.0),
          new Row("south", 10, 2.0),
          new Row("north", 10, 1.0),
          new Row("north", 8, 1.0),
          new Row("north", 9, 1.0),
          new Row("north", 7, 1.0),
          new Row("north", 6, 1.0),
          new Row("north", 10, 1.0));

  @Test
  void totalIsPooledFromCountsNotAveragedRates() {
    ScoreBreakdown<String> byRegion =
        ScoreBreakdown.of(Scale.nps(), ROWS, Row::region, Row::likelihood);
    assertEquals(List.of("north", "south"), List.copyOf(byRegion.segments()));
    Map<String, Score> nps =
        byRegion.netScores(NetScoreDefinition.nps(), IntervalSpec.adjustedWald(0.95));
    assertEquals(3.0 / 9.0, nps.get("north").estimate().getAsDouble(), 1e-12); // 5 P, 2 D of 9
    assertEquals(1.0, nps.get("south").estimate().getAsDouble(), 1e-12);
    double pooled =
        NetScores.of(byRegion.total().netScoreCounts(NetScoreDefinition.nps()))
            .estimate()
            .getAsDouble();
    assertEquals(0.4, pooled, 1e-12); // 6 P, 2 D of 10
    assertNotEquals((3.0 / 9.0 + 1.0) / 2.0, pooled); // the average of rates would be 0.667
    assertEquals(byRegion.total(), byRegion.pooled(Set.of("north", "south")));
    assertTrue(byRegion.segment("west").isEmpty());
  }

  @Test
  void mergeIsSegmentWise() {
    ScoreBreakdown<String> all = ScoreBreakdown.of(Scale.nps(), ROWS, Row::region, Row::likelihood);
    ScoreBreakdown<String> first =
        ScoreBreakdown.of(Scale.nps(), ROWS.subList(0, 4), Row::region, Row::likelihood);
    ScoreBreakdown<String> second =
        ScoreBreakdown.of(Scale.nps(), ROWS.subList(4, ROWS.size()), Row::region, Row::likelihood);
    assertEquals(all, first.plus(second));
    assertEquals(all, all.plus(ScoreBreakdown.empty(Scale.nps())));
  }

  @Test
  void weightedBreakdownAndRowErrors() {
    ScoreBreakdown<String> weighted =
        ScoreBreakdown.ofWeighted(Scale.nps(), ROWS, Row::region, Row::likelihood, Row::weight);
    assertTrue(weighted.segment("south").isWeighted());
    assertEquals(11.0, weighted.total().totalWeight(), 1e-12);
    List<Row> bad = List.of(new Row("x", 10, 1.0), new Row("x", 12, 1.0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreBreakdown.of(Scale.nps(), bad, Row::region, Row::likelihood));
    assertEquals("row 1: NPS 0-10 score must be 0..10, was 12", e.getMessage());
    List<Row> negative = List.of(new Row("x", 10, -1.0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ScoreBreakdown.ofWeighted(
                Scale.nps(), negative, Row::region, Row::likelihood, Row::weight));
  }

  @Test
  void topBoxAndMeansPerSegment() {
    ScoreBreakdown<String> byRegion =
        ScoreBreakdown.of(Scale.nps(), ROWS, Row::region, Row::likelihood);
    assertEquals(
        1.0, byRegion.topBox(2, IntervalSpec.wilson(0.95)).get("south").estimate().getAsDouble());
    assertEquals(10.0, byRegion.means(IntervalSpec.t(0.95)).get("south").estimate().getAsDouble());
  }
}
