package dev.cxkit.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultipleComparisonsTest {

  // Benjamini & Hochberg (1995), J. R. Statist. Soc. B 57(1), section 4.2: the 15 p-values of the
  // myocardial-infarction example. At q = 0.05 their step-up procedure rejects the 4 smallest;
  // Holm's (Bonferroni-type) procedure rejects 3. Adjusted values as R's p.adjust, computed by
  // hand:
  // BH p(i) = min_{j>=i} 15 p(j)/j, Holm p(i) = max_{j<=i} (15 - j + 1) p(j).
  private static final double[] BH_1995 = {
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
    0.6528, 0.7590, 1.000
  };

  @Test
  void benjaminiHochbergMatchesThePaper() {
    double[] adjusted = MultipleComparisons.benjaminiHochberg(BH_1995);
    double[] expected = {
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0638571, 0.0638571, 0.0645, 0.0765, 0.486,
      0.5811818, 0.714875, 0.7532308, 0.8132143, 1.0
    };
    assertArrayEquals(expected, adjusted, 1e-6);
    assertEquals(4, countBelow(adjusted, 0.05));
  }

  @Test
  void holmMatchesHandComputation() {
    double[] adjusted = MultipleComparisons.holm(BH_1995);
    double[] expected = {
      0.0015, 0.0056, 0.0247, 0.114, 0.2211, 0.278, 0.278, 0.278, 0.3213, 1, 1, 1, 1, 1, 1
    };
    assertArrayEquals(expected, adjusted, 1e-9);
    assertEquals(3, countBelow(adjusted, 0.05));
  }

  @Test
  void adjustedValuesKeepInputOrder() {
    double[] p = {0.01, 0.04, 0.03, 0.005};
    assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, MultipleComparisons.holm(p), 1e-12);
    assertArrayEquals(
        new double[] {0.02, 0.04, 0.04, 0.02}, MultipleComparisons.benjaminiHochberg(p), 1e-12);
  }

  @Test
  void rejectsBadPValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MultipleComparisons.holm(0.1, Double.NaN));
    assertTrue(e.getMessage().contains("pValues[1] must be in [0, 1], was NaN"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MultipleComparisons.benjaminiHochberg(1.5));
    assertThrows(IllegalArgumentException.class, MultipleComparisons::holm);
  }

  private static int countBelow(double[] values, double alpha) {
    int count = 0;
    for (double v : values) {
      if (v <= alpha) {
        count++;
      }
    }
    return count;
  }
}
