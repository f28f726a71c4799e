package dev.cxkit.metrics.stats;

/**
 * How a family of p-values is adjusted for multiple comparisons: the choice a caller passes to a
 * calculator that runs many tests (segments × touchpoints × periods). The adjustments themselves
 * live in {@link MultipleComparisons}.
 *
 * <pre>{@code
 * double[] adjusted = PValueAdjustment.HOLM.adjust(0.01, 0.04, 0.03, 0.005);
 * // {0.03, 0.06, 0.06, 0.02}, as MultipleComparisons.holm
 * }</pre>
 */
public enum PValueAdjustment {
  /** No adjustment: each test on its own (the family-wise error rate grows with the tests). */
  NONE,
  /** Holm (1979) step-down: controls the family-wise error rate under any dependence. */
  HOLM,
  /** Benjamini–Hochberg (1995) step-up: controls the false discovery rate. */
  BENJAMINI_HOCHBERG;

  /**
   * The adjusted p-values, in the input order.
   *
   * @throws IllegalArgumentException if there are no p-values or one is outside [0, 1]
   */
  public double[] adjust(double... pValues) {
    return switch (this) {
      case NONE -> MultipleComparisons.none(pValues);
      case HOLM -> MultipleComparisons.holm(pValues);
      case BENJAMINI_HOCHBERG -> MultipleComparisons.benjaminiHochberg(pValues);
    };
  }
}
