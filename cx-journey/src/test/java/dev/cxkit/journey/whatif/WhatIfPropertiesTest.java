package dev.cxkit.journey.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.markov.MarkovChain;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

class WhatIfPropertiesTest {

  /** A random chain: states s1..sn, each with up to 3 successors, drop-off and conversion. */
  static MarkovChain random(long seed, int n) {
    Random rnd = new Random(seed);
    MarkovChain.Builder b = MarkovChain.builder().transition(MarkovChain.START_NAME, "s1", 1);
    for (int i = 1; i <= n; i++) {
      double[] w = new double[5];
      double sum = 0;
      for (int k = 0; k < w.length; k++) {
        w[k] = rnd.nextDouble() + (k >= 3 ? 0.1 : 0);
        sum += w[k];
      }
      String[] to = {
        "s" + (1 + rnd.nextInt(n)),
        "s" + (1 + rnd.nextInt(n)),
        "s" + (1 + rnd.nextInt(n)),
        MarkovChain.CONVERSION_NAME,
        MarkovChain.DROP_OFF_NAME
      };
      java.util.Map<String, Double> row = new java.util.LinkedHashMap<>();
      for (int k = 0; k < w.length; k++) {
        row.merge(to[k], w[k] / sum, Double::sum);
      }
      for (var e : row.entrySet()) {
        b.transition("s" + i, e.getKey(), e.getValue());
      }
    }
    return b.build();
  }

  @Property(tries = 200)
  void lessDropOffNeverLowersConversion(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 12) int n,
      @ForAll @IntRange(min = 1, max = 12) int step,
      @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
    MarkovChain c = random(seed, n);
    String s = "s" + Math.min(step, n);
    WhatIfResult r = WhatIf.of(c).evaluate(Change.reduceDropOff(s, fraction));
    assertTrue(r.conversionAfter() >= r.conversionBefore() - 1e-12, r.toString());
    WhatIfResult zero = WhatIf.of(c).evaluate(Change.reduceDropOff(s, 0));
    assertEquals(zero.conversionBefore(), zero.conversionAfter(), 0.0);
    assertEquals(zero.stepsBefore(), zero.stepsAfter(), 0.0);
  }

  /** Gauss-Seidel against a dense LU solve of (I - Q) h = r (Hipparchus). */
  @Property(tries = 100)
  void solverMatchesDenseLu(@ForAll long seed, @ForAll @IntRange(min = 1, max = 15) int n) {
    MarkovChain c = random(seed, n);
    java.util.List<Integer> states = new java.util.ArrayList<>();
    for (int s = 0; s < c.stateCount(); s++) {
      if (!c.isAbsorbing(s)) {
        states.add(s);
      }
    }
    int m = states.size();
    RealMatrix a = new Array2DRowRealMatrix(m, m);
    ArrayRealVector r = new ArrayRealVector(m);
    ArrayRealVector ones = new ArrayRealVector(m, 1.0);
    for (int i = 0; i < m; i++) {
      a.setEntry(i, i, 1);
      for (int j = 0; j < m; j++) {
        a.addToEntry(i, j, -c.probability(states.get(i), states.get(j)));
      }
      r.setEntry(i, c.probability(states.get(i), MarkovChain.CONVERSION));
    }
    LUDecomposition lu = new LUDecomposition(a);
    double h = lu.getSolver().solve(r).getEntry(0);
    double t = lu.getSolver().solve(ones).getEntry(0);
    assertEquals(h, c.absorption().conversionProbability(), 1e-12);
    assertEquals(t, c.absorption().expectedSteps(), 1e-10 * Math.max(1, t));
  }
}
