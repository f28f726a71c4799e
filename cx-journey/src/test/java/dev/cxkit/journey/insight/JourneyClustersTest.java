package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.TestJourneys;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JourneyClustersTest {

  @Test
  void optimalMatchingByHand() {
    Journeys js =
        TestJourneys.of(List.of(List.of("a", "b", "c"), List.of("a", "c"), List.of("a", "x", "c")));
    SequenceDistance om = SequenceDistance.byChannel(1, 1, 2);
    // one deletion
    assertEquals(1.0, om.distance(js, 0, 1));
    // one substitution within the same channel ("web" for all test events)
    assertEquals(1.0, om.distance(js, 0, 2));
    // same-channel substitution 1.5 is cheaper than delete + insert (2)
    assertEquals(1.5, SequenceDistance.byChannel(1, 1.5, 2).distance(js, 0, 2));
    assertEquals(0.0, om.distance(js, 1, 1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SequenceDistance.byChannel(1, 3, 3));
    assertTrue(e.getMessage().startsWith("distance substitution costs must satisfy"));
  }

  @Test
  void pamRecoversTwoPlantedJourneyTypes() {
    Random rnd = new Random(3);
    List<List<String>> paths = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      List<String> p = new ArrayList<>();
      String[] base =
          i % 2 == 0
              ? new String[] {"ad", "web", "cart", "pay"}
              : new String[] {"call", "agent", "callback", "store", "visit"};
      for (String s : base) {
        if (rnd.nextDouble() > 0.15) {
          p.add(s);
        }
      }
      if (p.isEmpty()) {
        p.add(base[0]);
      }
      paths.add(p);
    }
    Journeys js = TestJourneys.of(paths);
    JourneyClusters c = JourneyClusters.pam(js, 2, SequenceDistance.byChannel(1, 2, 2), 1000, 1);
    int[] seen = c.journeys();
    for (int i = 0; i < seen.length; i++) {
      for (int j = 0; j < seen.length; j++) {
        boolean sameType = seen[i] % 2 == seen[j] % 2;
        assertEquals(sameType, c.clusterOf(i) == c.clusterOf(j), c.toString());
      }
    }
    // PAM ends at a local optimum no better than the brute-force optimum over all medoid pairs
    SequenceDistance om = SequenceDistance.byChannel(1, 2, 2);
    double best = Double.POSITIVE_INFINITY;
    for (int a = 0; a < js.count(); a++) {
      for (int b = a + 1; b < js.count(); b++) {
        double t = 0;
        for (int i = 0; i < js.count(); i++) {
          t += Math.min(om.distance(js, i, a), om.distance(js, i, b));
        }
        best = Math.min(best, t);
      }
    }
    assertEquals(best, c.totalDistance(), 1e-9);
  }

  @Test
  void badK() {
    Journeys js = TestJourneys.of(List.of(List.of("a")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JourneyClusters.pam(js, 2, SequenceDistance.byChannel(1, 1, 2), 10, 1));
    assertEquals("k must be in 1..1, was 2", e.getMessage());
  }
}
