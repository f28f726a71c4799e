package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;
import java.util.Locale;

/**
 * Exposure-based churn: churn events per unit of customer time at risk (for example per
 * customer-day), the maximum-likelihood estimate of a constant hazard {@code h = events /
 * exposure}.
 *
 * <p>The hazard converts to a churn probability over any duration by compounding: {@code P(churn
 * within t) = 1 - exp(-h t)}. Mergeable: {@link #plus} adds events and exposure, with {@link
 * #empty()} as identity, so the rate can be aggregated over partitions.
 *
 * <pre>{@code
 * ChurnExposure e = ChurnExposure.of(12, 36_500);   // 12 churns in 36,500 customer-days
 * e.hazard();                                       // 3.29e-4 per customer-day
 * e.churnProbability(365);                          // 1 - exp(-0.12) = 0.1131 a year
 * }</pre>
 *
 * @param churnEvents the number of churn events, {@code >= 0}
 * @param exposure total customer time at risk, finite and {@code >= 0}, in one time unit
 */
public record ChurnExposure(long churnEvents, double exposure) {

  /** Validates the counts. */
  public ChurnExposure {
    Checks.checkCount("churnEvents", churnEvents);
    checkArgument(
        Double.isFinite(exposure) && exposure >= 0.0,
        "exposure must be finite and >= 0, was %s",
        exposure);
    checkArgument(
        exposure > 0.0 || churnEvents == 0,
        "exposure must be > 0 when churnEvents > 0, was exposure=%s with churnEvents=%s",
        Double.valueOf(exposure),
        Long.valueOf(churnEvents));
  }

  /** A value with the given counts. */
  public static ChurnExposure of(long churnEvents, double exposure) {
    return new ChurnExposure(churnEvents, exposure);
  }

  /**
   * The exposure of a set of lifetimes: churn events, and the sum of all observed lifetimes
   * (churned and censored customers alike) as time at risk.
   *
   * <pre>{@code
   * ChurnExposure.of(LifetimeCounts.of(new double[] {10, 20, 20, 30, 40}, new int[] {1, 0, 1, 1, 0}));
   * // 3 events over 120 time units at risk
   * }</pre>
   */
  public static ChurnExposure of(LifetimeCounts lifetimes) {
    checkNotNull(lifetimes, "lifetimes");
    double exposure = 0.0;
    for (int i = 0; i < lifetimes.distinctTimes(); i++) {
      exposure += lifetimes.timeAt(i) * (lifetimes.eventsAt(i) + lifetimes.censoredAt(i));
    }
    return new ChurnExposure(lifetimes.totalEvents(), exposure);
  }

  /** No events and no exposure: the identity of {@link #plus}. */
  public static ChurnExposure empty() {
    return new ChurnExposure(0, 0.0);
  }

  /** The sum of the events and exposures of this and {@code other}. */
  public ChurnExposure plus(ChurnExposure other) {
    return new ChurnExposure(
        ExactMath.add("churnEvents", churnEvents, other.churnEvents),
        ExactMath.addFinite("exposure", exposure, other.exposure));
  }

  /**
   * The hazard, churn events per unit of exposure time.
   *
   * @throws IllegalStateException when there is no exposure
   * @throws IllegalArgumentException when the events per unit of exposure exceed the double range
   */
  public double hazard() {
    if (exposure <= 0.0) {
      throw new IllegalStateException("hazard needs exposure > 0, was " + exposure);
    }
    double h = churnEvents / exposure;
    if (!Double.isFinite(h)) {
      throw new IllegalArgumentException(
          "hazard overflows: churnEvents=" + churnEvents + " over exposure=" + exposure);
    }
    return h;
  }

  /**
   * The probability of churning within {@code duration} time units at a constant hazard, {@code 1 -
   * exp(-hazard * duration)}.
   *
   * @param duration finite and {@code >= 0}, in the exposure's time unit
   */
  public double churnProbability(double duration) {
    Checks.checkTime("duration", duration);
    return -Math.expm1(-hazard() * duration);
  }

  /** The probability of staying a customer for {@code duration} time units, {@code exp(-h t)}. */
  public double retentionProbability(double duration) {
    Checks.checkTime("duration", duration);
    return Math.exp(-hazard() * duration);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "ChurnExposure[churnEvents=%d, exposure=%.6g]", churnEvents, exposure);
  }
}
