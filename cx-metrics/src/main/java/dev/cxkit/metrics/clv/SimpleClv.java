package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.retention.ConstantRetentionCurve;
import dev.cxkit.metrics.retention.RetentionCurve;
import java.util.Locale;

/**
 * Simple customer lifetime value (Gupta &amp; Lehmann 2003, "Customers as assets", Journal of
 * Interactive Marketing 17(1)): a constant margin per period, earned while the customer survives,
 * discounted per period.
 *
 * <p>The timing convention is explicit:
 *
 * <ul>
 *   <li>{@link Timing#PERIOD_END}: the margin of period t is earned at its end if the customer
 *       survived t periods: CLV = Σ<sub>t=1..H</sub> m S(t) / (1 + i)<sup>t</sup>. With a constant
 *       rate r and H = ∞: m r / (1 + i − r).
 *   <li>{@link Timing#PERIOD_START}: the margin is earned at the start of each period, including
 *       the first (undiscounted, certain): CLV = Σ<sub>t=0..H−1</sub> m S(t) / (1 + i)<sup>t</sup>.
 *       With a constant rate and H = ∞: m (1 + i) / (1 + i − r).
 * </ul>
 *
 * H counts the margins that can be earned. S(t) is read from the retention curve at t × {@code
 * curveTimePerPeriod} (default 1: the curve is already in CLV periods; use 30.4375 for a
 * Kaplan–Meier curve in days with monthly margins).
 *
 * <pre>{@code
 * SimpleClv clv = SimpleClv.of(100, 0.10, SimpleClv.Timing.PERIOD_END, RetentionCurve.constant(0.8));
 * clv.infiniteHorizon();       // 266.67
 * clv.overPeriods(5);          // five margins only
 * SimpleClv.of(100, 0.10, SimpleClv.Timing.PERIOD_START, sbgFit).infiniteHorizon();
 * }</pre>
 */
public final class SimpleClv {

  private static final int MAX_TERMS = 1_000_000;
  private static final double RELATIVE_TOLERANCE = 1e-13;

  /**
   * When in each period the margin is earned.
   *
   * <pre>{@code
   * SimpleClv.closedForm(100, 0.8, 0.1, SimpleClv.Timing.PERIOD_END);     // 266.67
   * SimpleClv.closedForm(100, 0.8, 0.1, SimpleClv.Timing.PERIOD_START);   // 366.67
   * }</pre>
   */
  public enum Timing {
    /** At the end of the period, if the customer survived it (Gupta &amp; Lehmann's formula). */
    PERIOD_END,
    /** At the start of the period, the first one included. */
    PERIOD_START
  }

  private final double margin;
  private final double discountRate;
  private final Timing timing;
  private final RetentionCurve curve;
  private final double curveTimePerPeriod;

  private SimpleClv(
      double margin,
      double discountRate,
      Timing timing,
      RetentionCurve curve,
      double curveTimePerPeriod) {
    this.margin = margin;
    this.discountRate = discountRate;
    this.timing = timing;
    this.curve = curve;
    this.curveTimePerPeriod = curveTimePerPeriod;
  }

  /**
   * A calculator.
   *
   * @param marginPerPeriod margin per period, finite (may be negative for loss-making customers)
   * @param discountRatePerPeriod discount rate i per period, finite and {@code > -1} (so that the
   *     discount base 1 + i is positive)
   * @param timing when the margin is earned
   * @param curve the survival curve, in CLV periods unless {@link #withCurveTimePerPeriod} says
   *     otherwise
   */
  public static SimpleClv of(
      double marginPerPeriod, double discountRatePerPeriod, Timing timing, RetentionCurve curve) {
    checkArgument(
        Double.isFinite(marginPerPeriod),
        "marginPerPeriod must be finite, was %s",
        marginPerPeriod);
    checkArgument(
        Double.isFinite(discountRatePerPeriod) && discountRatePerPeriod > -1.0,
        "discountRatePerPeriod must be finite and > -1 (discount base 1 + i must be > 0), was %s",
        discountRatePerPeriod);
    checkNotNull(timing, "timing");
    checkNotNull(curve, "curve");
    return new SimpleClv(marginPerPeriod, discountRatePerPeriod, timing, curve, 1.0);
  }

  /**
   * This calculator reading the curve at {@code t × curveTimePerPeriod}.
   *
   * @param curveTimePerPeriod curve time units per CLV period, finite and {@code > 0}
   */
  public SimpleClv withCurveTimePerPeriod(double curveTimePerPeriod) {
    checkArgument(
        Double.isFinite(curveTimePerPeriod) && curveTimePerPeriod > 0,
        "curveTimePerPeriod must be finite and > 0, was %s",
        curveTimePerPeriod);
    return new SimpleClv(margin, discountRate, timing, curve, curveTimePerPeriod);
  }

  /**
   * The closed form for a constant retention rate and an infinite horizon: {@code m r / (1 + i −
   * r)} (period end) or {@code m (1 + i) / (1 + i − r)} (period start).
   *
   * @throws IllegalArgumentException when {@code r >= 1 + i} (the series diverges)
   */
  public static double closedForm(
      double marginPerPeriod, double retentionRate, double discountRatePerPeriod, Timing timing) {
    SimpleClv clv =
        of(marginPerPeriod, discountRatePerPeriod, timing, RetentionCurve.constant(retentionRate));
    return clv.constantInfinite(retentionRate);
  }

  private double constantInfinite(double r) {
    double base = 1.0 + discountRate;
    checkArgument(
        r < base,
        "infinite-horizon CLV diverges: retentionRate must be < 1 + discountRatePerPeriod = %s,"
            + " was %s",
        base,
        r);
    return finite(
        timing == Timing.PERIOD_END ? margin * r / (base - r) : margin * base / (base - r));
  }

  /**
   * CLV over a finite horizon of {@code periods} margins.
   *
   * @param periods the number of margins that can be earned, {@code >= 0}
   */
  public double overPeriods(int periods) {
    checkArgument(periods >= 0, "periods must be >= 0, was %s", periods);
    int first = timing == Timing.PERIOD_END ? 1 : 0;
    double base = 1.0 + discountRate;
    double sum = 0.0;
    double discount = Math.pow(base, -first);
    long end = (long) first + periods; // first + periods overflows an int at Integer.MAX_VALUE
    for (long t = first; t < end; t++) {
      double term = curve.survival(t * curveTimePerPeriod) * discount;
      if (term == 0.0) {
        break; // S never increases and the discount only falls: every later term is 0 too
      }
      sum += term;
      discount /= base;
    }
    return finite(margin * sum);
  }

  private double finite(double value) {
    checkArgument(
        Double.isFinite(value),
        "CLV must be finite, was %s (marginPerPeriod=%s, discountRatePerPeriod=%s)",
        value,
        margin,
        discountRate);
    return value;
  }

  /**
   * CLV over an infinite horizon. Exact for a constant curve; otherwise the sum runs until the
   * remaining terms are provably negligible (the tail is at most S(t) Σ<sub>k≥t</sub> (1 +
   * i)<sup>−k</sup> because S never increases).
   *
   * @throws IllegalArgumentException when the sum does not converge (for example no discounting and
   *     a curve that stays above 0)
   */
  public double infiniteHorizon() {
    if (curve instanceof ConstantRetentionCurve) {
      double r = ((ConstantRetentionCurve) curve).retentionRate();
      return constantInfinite(Math.pow(r, curveTimePerPeriod));
    }
    int first = timing == Timing.PERIOD_END ? 1 : 0;
    double base = 1.0 + discountRate;
    double sum = 0.0;
    double discount = Math.pow(base, -first);
    for (int t = first; t < MAX_TERMS; t++) {
      double s = curve.survival(t * curveTimePerPeriod);
      sum += s * discount;
      discount /= base;
      if (s == 0.0) {
        return finite(margin * sum);
      }
      if (discountRate > 0) {
        // tail after t: <= s * discount * (1 + 1/i)
        double tail = s * discount * (1.0 + 1.0 / discountRate);
        if (tail <= RELATIVE_TOLERANCE * sum) {
          return finite(margin * sum);
        }
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "infinite-horizon CLV does not converge within %d periods: discountRatePerPeriod=%s"
                + " with a curve still at S=%s; use a positive discount rate or a finite horizon",
            MAX_TERMS,
            discountRate,
            curve.survival((MAX_TERMS - 1) * curveTimePerPeriod)));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "SimpleClv[margin=%.4f, discountRate=%.4f, timing=%s, curve=%s]",
        margin,
        discountRate,
        timing,
        curve);
  }
}
