package dev.cxkit.metrics.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: Cronbach's alpha does not depend on the unit of the responses, so responses near the
 * double limits give the alpha of the same responses on a 1–5 scale, not NaN.
 */
class ScaleFreePropertiesTest {

  // the javadoc example of CronbachAlpha: alpha 0.9796
  private static final double[][] RESPONSES = {{4, 5, 4}, {3, 4, 3}, {5, 5, 5}, {2, 3, 2}};

  @Property(tries = 200)
  void alphaIsTheSameInAnyUnit(@ForAll @IntRange(min = -1070, max = 1020) int exponent) {
    double f = Math.scalb(1.0, exponent);
    double[][] scaled = new double[RESPONSES.length][];
    for (int i = 0; i < RESPONSES.length; i++) {
      scaled[i] = new double[RESPONSES[i].length];
      for (int j = 0; j < RESPONSES[i].length; j++) {
        scaled[i][j] = RESPONSES[i][j] * f;
      }
    }
    assertEquals(CronbachAlpha.of(RESPONSES), CronbachAlpha.of(scaled), 1e-12);
  }

  @Test
  void responsesOfOneE300() {
    double[][] big = new double[RESPONSES.length][];
    for (int i = 0; i < RESPONSES.length; i++) {
      big[i] = new double[RESPONSES[i].length];
      for (int j = 0; j < RESPONSES[i].length; j++) {
        big[i][j] = RESPONSES[i][j] * 1e300;
      }
    }
    // (d · 1e300)² overflowed to Infinity and alpha came out NaN before the scaling
    assertEquals(0.9796, CronbachAlpha.of(big), 5e-5);
  }
}
