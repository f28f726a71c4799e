package dev.cxkit.model.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The rule of issue 14 for calculators: finite valid inputs give finite outputs or a clear {@link
 * IllegalArgumentException}, never NaN or Infinity in a result. Shared by the per-package "finite
 * results" properties of cx-metrics and cx-journey.
 */
public final class FiniteResults {

  private FiniteResults() {}

  /**
   * Finite doubles of every magnitude: ordinary values, the double limits (±{@link
   * Double#MAX_VALUE}, {@link Double#MIN_VALUE}), values whose squares or sums overflow (1e200,
   * 1e300, 1e308) and values whose squares underflow (1e-200).
   */
  public static Arbitrary<Double> anyFinite() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6),
        Arbitraries.of(
            0.0,
            1.0,
            -1.0,
            1e-200,
            1e200,
            -1e200,
            1e300,
            -1e300,
            1e308,
            -1e308,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.MIN_VALUE,
            Double.MIN_NORMAL),
        Arbitraries.doubles().between(-Double.MAX_VALUE, Double.MAX_VALUE));
  }

  /** Finite non-negative doubles of every magnitude (amounts, times, weights). */
  public static Arbitrary<Double> anyFiniteNonNegative() {
    return anyFinite().map(Math::abs);
  }

  /**
   * Runs {@code calculation}: either every value it returns is finite, or it throws an {@link
   * IllegalArgumentException} with a message; any other outcome fails the test.
   *
   * @return whether a result was computed (false when the input was refused)
   */
  public static boolean finiteOrRefused(String what, Supplier<double[]> calculation) {
    double[] values;
    try {
      values = calculation.get();
    } catch (IllegalArgumentException e) {
      assertTrue(
          e.getMessage() != null && !e.getMessage().isBlank(),
          what + ": refused without a message");
      return false;
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": not a clear error but " + e, e);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        fail(what + ": result " + i + " is " + values[i] + " for finite input");
      }
    }
    return true;
  }
}
