package dev.cxkit.metrics.retention;

/**
 * The probability that a customer acquired at time 0 is still a customer at time {@code t}.
 *
 * <p>Implementations return values in [0, 1], equal to 1 at {@code t = 0} (unless customers can be
 * lost at time 0) and non-increasing in {@code t}. Time is in the unit of the data the curve was
 * built from (days for a Kaplan–Meier curve on days, renewal periods for a shifted-beta-geometric
 * fit).
 *
 * <pre>{@code
 * RetentionCurve constant = RetentionCurve.constant(0.8);
 * constant.survival(2);                            // 0.64
 * RetentionCurve km = KaplanMeier.fit(data);       // a KaplanMeierCurve is a RetentionCurve
 * }</pre>
 */
public interface RetentionCurve {

  /**
   * The survival probability S(t).
   *
   * @param t time since acquisition, finite and {@code >= 0}
   * @throws IllegalArgumentException when {@code t} is negative or not finite
   */
  double survival(double t);

  /**
   * A curve with the same retention rate {@code r} in every period: S(t) = r<sup>t</sup>.
   *
   * @param retentionRate per-period retention, in [0, 1]
   */
  static ConstantRetentionCurve constant(double retentionRate) {
    return new ConstantRetentionCurve(retentionRate);
  }
}
