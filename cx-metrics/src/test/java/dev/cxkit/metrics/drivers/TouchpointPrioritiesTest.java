package dev.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.survey.Direction;
import dev.cxkit.model.survey.Scale;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TouchpointPrioritiesTest {

  private static final List<String> NAMES = List.of("website", "store", "support");

  /** Support drives the outcome and performs badly; the store performs well and matters little. */
  private static double[][] ratings(Random rnd, int n, double[] outcome) {
    double[][] r = new double[3][n];
    double[] centre = {3.5, 4.5, 2.0};
    for (int i = 0; i < n; i++) {
      double y = 0;
      for (int j = 0; j < 3; j++) {
        r[j][i] = Math.max(1, Math.min(5, Math.round(centre[j] + rnd.nextGaussian())));
      }
      y = 0.3 * r[0][i] + 0.1 * r[1][i] + 0.9 * r[2][i] + rnd.nextGaussian() * 0.8;
      outcome[i] = y;
    }
    return r;
  }

  @Test
  void ranksTheImportantUnderperformerFirstAndExplainsWhy() {
    Random rnd = new Random(21);
    int n = 400;
    double[] y = new double[n];
    double[][] r = ratings(rnd, n, y);
    PriorityRanking ranking =
        TouchpointPriorities.defaults().withBootstrap(200, 8).analyze(NAMES, r, y, Scale.csat5());
    TouchpointPriority top = ranking.priorities().get(0);
    assertEquals("support", top.touchpoint());
    assertEquals(1, top.rank());
    assertEquals(IpaRegion.CONCENTRATE_HERE, top.region());
    assertTrue(top.reason().startsWith("matters and underperforms: improve first"), top.reason());
    assertTrue(top.firstShare().getAsDouble() > 0.9);
    assertTrue(top.priorityInterval().orElseThrow().contains(top.priority()));
    assertTrue(ranking.toString().contains("1. support: "), ranking.toString());

    // Independent recomputation of the rule from the public key-driver result.
    KeyDriverResult k = KeyDriverAnalysis.defaults().withBootstrap(0, 1).analyze(NAMES, r, y);
    for (TouchpointPriority p : ranking.priorities()) {
      double mean = 0;
      double[] col = r[NAMES.indexOf(p.touchpoint())];
      for (double v : col) {
        mean += v / n;
      }
      double goodness = (mean - 1) / 4.0;
      double share = k.driver(p.touchpoint()).shapleyShare();
      assertEquals(share, p.importance(), 1e-12);
      assertEquals(mean, p.performance(), 1e-12);
      assertEquals(share * (1 - goodness), p.priority(), 1e-12);
    }
    double sum = ranking.priorities().stream().mapToDouble(TouchpointPriority::importance).sum();
    assertEquals(1.0, sum, 1e-12);
  }

  @Test
  void lowIsGoodScalesInvertGoodness() {
    Random rnd = new Random(2);
    int n = 200;
    double[] y = new double[n];
    double[][] r = ratings(rnd, n, y);
    Scale effort = Scale.of("effort 1-5", 1, 5, Direction.LOW_IS_GOOD);
    PriorityRanking ranking =
        TouchpointPriorities.defaults().withBootstrap(0, 1).analyze(NAMES, r, y, effort);
    for (TouchpointPriority p : ranking.priorities()) {
      assertEquals(1 - (p.performance() - 1) / 4.0, p.goodness(), 1e-12);
      assertTrue(p.importanceInterval().isEmpty());
    }
  }

  @Test
  void rejectsRatingsOffTheScale() {
    double[] y = {1, 2, 3, 4, 5};
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TouchpointPriorities.defaults()
                    .analyze(List.of("a"), new double[][] {{1, 2, 3, 9, 5}}, y, Scale.csat5()));
    assertTrue(e.getMessage().contains("rating of 'a' at row 3 must be within CSAT 1-5 1..5"));
  }
}
