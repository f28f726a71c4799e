package dev.cxkit.spark;

import java.io.Serializable;

/**
 * What to compute when scoring customers: the horizon of the expected purchases and, for the
 * lifetime value, the margin, number and length of periods and the discount rate per period (as
 * {@link dev.cxkit.metrics.clv.GammaGamma#customerLifetimeValue}).
 *
 * <pre>{@code
 * ClvScoring s = ClvScoring.horizon(52).withValue(0.3, 12, 4.33, 0.01);  // weeks, monthly periods
 * }</pre>
 *
 * @param horizon time over which expected purchases are counted (the summaries' time unit), > 0
 * @param margin profit share of spend in (0, 1]
 * @param periods discounting periods, >= 1
 * @param periodLength length of one period in the summaries' time unit, > 0
 * @param discountRate discount rate per period, >= 0
 */
public record ClvScoring(
    double horizon, double margin, int periods, double periodLength, double discountRate)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the settings. */
  public ClvScoring {
    check(horizon > 0 && Double.isFinite(horizon), "horizon", horizon, "finite and > 0");
    check(margin > 0 && margin <= 1, "margin", margin, "in (0, 1]");
    check(periods >= 1, "periods", periods, ">= 1");
    check(periodLength > 0 && Double.isFinite(periodLength), "periodLength", periodLength, "> 0");
    check(discountRate >= 0 && Double.isFinite(discountRate), "discountRate", discountRate, ">= 0");
  }

  /** Expected purchases over {@code horizon}; lifetime value over 12 periods of horizon / 12. */
  public static ClvScoring horizon(double horizon) {
    return new ClvScoring(horizon, 1.0, 12, horizon / 12, 0.0);
  }

  /** These settings with the lifetime value's margin, periods, period length and discount rate. */
  public ClvScoring withValue(
      double margin, int periods, double periodLength, double discountRate) {
    return new ClvScoring(horizon, margin, periods, periodLength, discountRate);
  }

  private static void check(boolean ok, String field, Object value, String rule) {
    if (!ok) {
      throw new IllegalArgumentException(field + " must be " + rule + ", was " + value);
    }
  }
}
