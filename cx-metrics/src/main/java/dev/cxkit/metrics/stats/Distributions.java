package dev.cxkit.metrics.stats;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.special.Gamma;

/**
 * Normal and Student t quantiles and tail probabilities, checked with cxkit messages and computed
 * by Hipparchus.
 *
 * <pre>{@code
 * Distributions.zCritical(0.95);          // 1.959964
 * Distributions.twoSidedNormalP(2.725);   // 0.00643
 * Distributions.tCritical(0.95, 9);       // 2.262157
 * }</pre>
 */
public final class Distributions {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0.0, 1.0);

  private Distributions() {}

  /** The standard normal quantile Φ⁻¹(p), for p strictly between 0 and 1. */
  public static double normalQuantile(double p) {
    checkArgument(p > 0.0 && p < 1.0, "probability must be in (0, 1), was %s", p);
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  /** The standard normal distribution function Φ(z), for finite z. */
  public static double normalCdf(double z) {
    checkArgument(Double.isFinite(z), "z must be finite, was %s", z);
    return STANDARD_NORMAL.cumulativeProbability(z);
  }

  /** The two-sided critical value z such that P(|Z| ≤ z) = {@code confidenceLevel}. */
  public static double zCritical(double confidenceLevel) {
    checkConfidence(confidenceLevel);
    return normalQuantile(0.5 + confidenceLevel / 2.0);
  }

  /** The two-sided p-value 2·(1 − Φ(|z|)) of a standard normal statistic. */
  public static double twoSidedNormalP(double z) {
    checkArgument(Double.isFinite(z), "z must be finite, was %s", z);
    return 2.0 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
  }

  /** The two-sided Student t critical value for {@code degreesOfFreedom} (may be fractional). */
  public static double tCritical(double confidenceLevel, double degreesOfFreedom) {
    checkConfidence(confidenceLevel);
    checkDegreesOfFreedom(degreesOfFreedom);
    return new TDistribution(degreesOfFreedom)
        .inverseCumulativeProbability(0.5 + confidenceLevel / 2.0);
  }

  /** The two-sided p-value of a Student t statistic with {@code degreesOfFreedom}. */
  public static double twoSidedTP(double t, double degreesOfFreedom) {
    checkArgument(Double.isFinite(t), "t must be finite, was %s", t);
    checkDegreesOfFreedom(degreesOfFreedom);
    return 2.0 * new TDistribution(degreesOfFreedom).cumulativeProbability(-Math.abs(t));
  }

  /**
   * The upper tail P(X ≥ x) of a chi-square distribution with {@code degreesOfFreedom}: the p-value
   * of a likelihood-ratio, score or Wald statistic.
   */
  public static double chiSquareUpperTail(double x, double degreesOfFreedom) {
    checkArgument(Double.isFinite(x) && x >= 0.0, "x must be finite and >= 0, was %s", x);
    checkDegreesOfFreedom(degreesOfFreedom);
    return Gamma.regularizedGammaQ(degreesOfFreedom / 2.0, x / 2.0);
  }

  /**
   * Checks a confidence level.
   *
   * @throws IllegalArgumentException unless {@code confidenceLevel} is in (0, 1)
   */
  public static double checkConfidence(double confidenceLevel) {
    checkArgument(
        confidenceLevel > 0.0 && confidenceLevel < 1.0,
        "confidenceLevel must be in (0, 1), was %s",
        confidenceLevel);
    return confidenceLevel;
  }

  private static void checkDegreesOfFreedom(double df) {
    checkArgument(
        df > 0.0 && Double.isFinite(df), "degreesOfFreedom must be finite and > 0, was %s", df);
  }
}
