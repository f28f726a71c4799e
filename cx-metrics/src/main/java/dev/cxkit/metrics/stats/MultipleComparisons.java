package dev.cxkit.metrics.stats;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for families of tests (segments × touchpoints × periods), with the same
 * definitions as R's {@code p.adjust}: Holm's step-down family-wise error control and
 * Benjamini–Hochberg false-discovery-rate control. Adjusted values come back in the input order.
 * Calculators that run families of tests take the choice as a {@link PValueAdjustment}.
 *
 * <pre>{@code
 * double[] p = {0.01, 0.04, 0.03, 0.005};
 * double[] holm = MultipleComparisons.holm(p);                // {0.03, 0.06, 0.06, 0.02}
 * double[] bh = MultipleComparisons.benjaminiHochberg(p);     // {0.02, 0.04, 0.04, 0.02}
 * }</pre>
 */
public final class MultipleComparisons {

  private MultipleComparisons() {}

  /**
   * Holm (1979) step-down adjustment: sorted ascending, adjusted p(i) = max over j ≤ i of min(1, (m
   * − j + 1)·p(j)). Controls the family-wise error rate under any dependence.
   */
  public static double[] holm(double... pValues) {
    Integer[] order = ascending(pValues);
    int m = pValues.length;
    double[] adjusted = new double[m];
    double running = 0.0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }

  /**
   * Benjamini–Hochberg (1995) step-up adjustment: sorted ascending, adjusted p(i) = min over j ≥ i
   * of min(1, m·p(j)/j). Controls the false discovery rate for independent or positively dependent
   * tests.
   */
  public static double[] benjaminiHochberg(double... pValues) {
    Integer[] order = ascending(pValues);
    int m = pValues.length;
    double[] adjusted = new double[m];
    double running = 1.0;
    for (int rank = m - 1; rank >= 0; rank--) {
      int i = order[rank];
      running = Math.min(running, Math.min(1.0, (double) m * pValues[i] / (rank + 1)));
      adjusted[i] = running;
    }
    return adjusted;
  }

  /** The p-values unchanged (a copy), after the same checks as the adjustments. */
  static double[] none(double... pValues) {
    ascending(pValues);
    return pValues.clone();
  }

  private static Integer[] ascending(double[] pValues) {
    checkArgument(pValues.length > 0, "pValues must not be empty, was %s values", pValues.length);
    for (int i = 0; i < pValues.length; i++) {
      double p = pValues[i];
      checkArgument(p >= 0.0 && p <= 1.0, "pValues[%s] must be in [0, 1], was %s", i, (Object) p);
    }
    Integer[] order = IntStream.range(0, pValues.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
    return order;
  }
}
