package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Locale;

/**
 * The assumptions of a customer-lifetime-value calculation: the profit margin as a share of spend,
 * the number of future periods, the length of a period in the model's time unit, and the discount
 * rate per period. Transactions of period k are discounted by {@code (1 + d)^k} (see {@link
 * TransactionModel#discountedExpectedTransactions}).
 *
 * <pre>{@code
 * ClvSpecification twelveMonths = ClvSpecification.builder()
 *     .margin(0.3)              // 30 % of spend is profit
 *     .periods(12)              // twelve months
 *     .periodLength(52.0 / 12)  // a month in weeks (the model's unit)
 *     .discountRate(0.01)       // 1 % per month
 *     .build();
 * gg.customerLifetimeValue(model, 2, 30.43, 38.86, 22.35, twelveMonths);
 * }</pre>
 *
 * @param margin profit margin as a share of spend, in (0, 1]
 * @param periods number of future periods, {@code >= 1}
 * @param periodLength length of one period in the model's time unit, finite and {@code > 0}
 * @param discountRate discount rate per period, finite and {@code >= 0}
 */
public record ClvSpecification(
    double margin, int periods, double periodLength, double discountRate) {

  /** Validates every field. */
  public ClvSpecification {
    checkArgument(margin > 0.0 && margin <= 1.0, "margin must be in (0, 1], was %s", margin);
    checkArgument(periods >= 1, "periods must be >= 1, was %s", periods);
    checkArgument(
        Double.isFinite(periodLength) && periodLength > 0.0,
        "periodLength must be finite and > 0, was %s",
        periodLength);
    checkArgument(
        Double.isFinite(discountRate) && discountRate >= 0.0,
        "discountRate must be finite and >= 0, was %s",
        discountRate);
  }

  /** A builder; margin 1, one period of length 1 and no discounting until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The whole horizon {@code periods × periodLength} in the model's time unit. */
  public double horizon() {
    return periods * periodLength;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ClvSpecification{margin=%s, periods=%d, periodLength=%s, discountRate=%s}",
        margin,
        periods,
        periodLength,
        discountRate);
  }

  /**
   * Collects the assumptions by name.
   *
   * <pre>{@code
   * ClvSpecification.builder().margin(0.25).periods(52).periodLength(1).discountRate(0.002).build();
   * }</pre>
   */
  public static final class Builder {
    private double margin = 1.0;
    private int periods = 1;
    private double periodLength = 1.0;
    private double discountRate;

    Builder() {}

    /** Profit margin as a share of spend, in (0, 1]. */
    public Builder margin(double margin) {
      this.margin = margin;
      return this;
    }

    /** Number of future periods, {@code >= 1}. */
    public Builder periods(int periods) {
      this.periods = periods;
      return this;
    }

    /** Length of one period in the model's time unit. */
    public Builder periodLength(double periodLength) {
      this.periodLength = periodLength;
      return this;
    }

    /** Discount rate per period, {@code >= 0}. */
    public Builder discountRate(double discountRate) {
      this.discountRate = discountRate;
      return this;
    }

    /** The specification; checks every field. */
    public ClvSpecification build() {
      return new ClvSpecification(margin, periods, periodLength, discountRate);
    }
  }
}
