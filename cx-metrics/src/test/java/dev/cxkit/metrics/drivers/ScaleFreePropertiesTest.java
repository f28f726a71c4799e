package dev.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 14: correlations, Shapley values and relative weights do not depend on the units of the
 * ratings or of the survey weights, so ratings of 1e300 or weights of 1e-300 give the same result
 * as ratings of 1 to 10 (not NaN from overflowed squares, nor a "constant column" from underflowed
 * ones).
 */
class ScaleFreePropertiesTest {

  private static final List<String> NAMES = List.of("speed", "price");

  /**
   * The sample jqwik once found (seed -8501324937943566846): ratings times 2^426 and weights times
   * 2^234 overflowed the weighted squares, although neither alone was near the double limit, and
   * the outcome was reported as constant.
   */
  @Example
  void ratingsAndWeightsLargeTogetherButNotAlone() {
    unitsOfRatingsAndWeightsDoNotChangeTheAnalysis(426, 234);
    unitsOfRatingsAndWeightsDoNotChangeTheAnalysis(-426, -234);
    unitsOfRatingsAndWeightsDoNotChangeTheAnalysis(426, -600);
  }

  @Property(tries = 60)
  void unitsOfRatingsAndWeightsDoNotChangeTheAnalysis(
      @ForAll @IntRange(min = -1000, max = 1000) int ratingExponent,
      @ForAll @IntRange(min = -1000, max = 1000) int weightExponent) {
    double[][] drivers = {DriverFixtures.SWISS_AGRICULTURE, DriverFixtures.SWISS_EDUCATION};
    double[] outcome = DriverFixtures.SWISS_FERTILITY;
    double[] weights = new double[outcome.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 + i % 3;
    }
    KeyDriverResult plain =
        KeyDriverAnalysis.defaults().analyzeWeighted(NAMES, drivers, outcome, weights);
    double r = Math.scalb(1.0, ratingExponent);
    double w = Math.scalb(1.0, weightExponent);
    KeyDriverResult scaled =
        KeyDriverAnalysis.defaults()
            .analyzeWeighted(NAMES, times(drivers, r), times(outcome, r), times(weights, w));
    assertEquals(plain.rSquared(), scaled.rSquared(), 1e-12);
    assertEquals(plain.effectiveN(), scaled.effectiveN(), 1e-9);
    for (String name : NAMES) {
      DriverImportance a = plain.driver(name);
      DriverImportance b = scaled.driver(name);
      assertEquals(a.shapley(), b.shapley(), 1e-12, name);
      assertEquals(a.relativeWeight(), b.relativeWeight(), 1e-12, name);
      assertEquals(a.correlation(), b.correlation(), 1e-12, name);
      assertEquals(a.vif(), b.vif(), 1e-9, name);
    }
  }

  private static double[][] times(double[][] columns, double f) {
    double[][] out = new double[columns.length][];
    for (int j = 0; j < columns.length; j++) {
      out[j] = times(columns[j], f);
    }
    return out;
  }

  private static double[] times(double[] values, double f) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] * f;
    }
    return out;
  }
}
