package dev.cxkit.metrics.clv;

/**
 * How {@link PredictionBootstrap} draws replicate parameters.
 *
 * <pre>{@code
 * PredictionBootstrap.of(BootstrapMethod.NONPARAMETRIC, 1000, 42);
 * }</pre>
 */
public enum BootstrapMethod {
  /**
   * Draws the log parameters from the normal approximation of the maximum-likelihood estimate: mean
   * {@code log θ̂}, covariance {@code D⁻¹ Σ D⁻¹} with {@code Σ} the inverse observed information
   * and {@code D = diag(θ̂)} (the delta method). Fast: no refits.
   */
  PARAMETRIC,
  /**
   * Resamples customers with replacement (as many as the base holds, in proportion to the row
   * weights) and refits every model on each resample, warm-started at the estimate. Makes no
   * normality assumption; costs one fit per replicate.
   */
  NONPARAMETRIC
}
