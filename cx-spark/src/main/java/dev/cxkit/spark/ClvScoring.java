package dev.cxkit.spark;

import dev.cxkit.metrics.clv.ClvSpecification;

/**
 * What to compute when scoring customers: the horizon of the expected purchases and cx-metrics'
 * {@link ClvSpecification} of the lifetime value (margin, periods, period length, discount rate).
 *
 * <pre>{@code
 * ClvScoring s = new ClvScoring(52, ClvSpecification.builder()
 *     .margin(0.3).periods(12).periodLength(52.0 / 12).discountRate(0.01).build());
 * }</pre>
 *
 * @param horizon time over which expected purchases are counted (the summaries' time unit), > 0
 * @param value the lifetime-value assumptions
 */
public record ClvScoring(double horizon, ClvSpecification value) {

  /** Validates the horizon; the specification validates itself. */
  public ClvScoring {
    if (!(horizon > 0 && Double.isFinite(horizon))) {
      throw new IllegalArgumentException("horizon must be finite and > 0, was " + horizon);
    }
    if (value == null) {
      throw new IllegalArgumentException("value must be given, was null");
    }
  }

  /**
   * Expected purchases over {@code horizon}; lifetime value over the same horizon, undiscounted.
   */
  public static ClvScoring horizon(double horizon) {
    return new ClvScoring(
        horizon, ClvSpecification.builder().periods(1).periodLength(horizon).build());
  }

  /** These settings with other lifetime-value assumptions. */
  public ClvScoring withValue(ClvSpecification spec) {
    return new ClvScoring(horizon, spec);
  }
}
