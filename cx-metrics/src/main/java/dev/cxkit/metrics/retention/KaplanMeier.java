package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

/**
 * The Kaplan–Meier (product-limit) estimator of the survival function from right-censored
 * lifetimes, with Greenwood's variance (Kaplan &amp; Meier 1958; Greenwood 1926).
 *
 * <p>At each distinct time t<sub>j</sub> with n<sub>j</sub> customers at risk and d<sub>j</sub>
 * churn events, S(t) = Π<sub>t_j ≤ t</sub> (1 − d<sub>j</sub>/n<sub>j</sub>). Customers censored at
 * t<sub>j</sub> are counted at risk at t<sub>j</sub> (events precede censoring at tied times, as in
 * R's {@code survfit} and lifelines).
 *
 * {@snippet class=dev.cxkit.metrics.retention.SnippetsTest region=kaplanMeier}
 */
public final class KaplanMeier {

  private KaplanMeier() {}

  /**
   * Fits the survival curve.
   *
   * @param data lifetimes with at least one customer
   * @throws IllegalArgumentException when {@code data} has no customers
   */
  public static KaplanMeierCurve fit(LifetimeCounts data) {
    checkNotNull(data, "data");
    checkArgument(
        data.customers() > 0, "data must contain at least one customer, was %s", data.customers());
    int m = data.distinctTimes();
    double[] times = new double[m];
    long[] atRisk = new long[m];
    long[] events = new long[m];
    double[] survival = new double[m];
    double[] greenwoodSum = new double[m];
    long n = data.customers();
    double s = 1.0;
    double g = 0.0;
    for (int j = 0; j < m; j++) {
      long d = data.eventsAt(j);
      times[j] = data.timeAt(j);
      atRisk[j] = n;
      events[j] = d;
      if (d > 0) {
        s *= 1.0 - (double) d / n;
        g = d < n ? g + (double) d / ((double) n * (n - d)) : Double.POSITIVE_INFINITY;
      }
      survival[j] = s;
      greenwoodSum[j] = g;
      n -= d + data.censoredAt(j);
    }
    return new KaplanMeierCurve(times, atRisk, events, survival, greenwoodSum);
  }
}
