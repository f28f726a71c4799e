package dev.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ShapleyPropertiesTest {

  @Property(tries = 60)
  void sharesAreNonNegativeSumToRSquaredAndFollowTheirDriver(
      @ForAll @IntRange(min = 1, max = 7) int p,
      @ForAll @IntRange(min = 0, max = 9) int sharedTenths,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    double[][] x = KeyDriverAnalysisTest.correlatedDrivers(rnd, p, 60, sharedTenths / 10.0);
    double[] y = KeyDriverAnalysisTest.outcome(rnd, x, 1.5);
    List<String> names = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      names.add("d" + j);
    }
    KeyDriverAnalysis a = KeyDriverAnalysis.defaults().withBootstrap(0, 1);
    KeyDriverResult r = a.analyze(names, x, y);
    double sum = 0;
    for (DriverImportance d : r.drivers()) {
      assertTrue(d.shapley() >= -1e-12, d.toString());
      sum += d.shapley();
    }
    assertEquals(r.rSquared(), sum, 1e-10);

    // Reordering the drivers reorders the values and changes nothing else.
    List<Integer> perm = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      perm.add(j);
    }
    Collections.shuffle(perm, rnd);
    double[][] shuffled = new double[p][];
    List<String> shuffledNames = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      shuffled[j] = x[perm.get(j)];
      shuffledNames.add(names.get(perm.get(j)));
    }
    KeyDriverResult s = a.analyze(shuffledNames, shuffled, y);
    for (String name : names) {
      assertEquals(r.driver(name).shapley(), s.driver(name).shapley(), 1e-10);
      assertEquals(r.driver(name).relativeWeight(), s.driver(name).relativeWeight(), 1e-10);
    }
  }
}
