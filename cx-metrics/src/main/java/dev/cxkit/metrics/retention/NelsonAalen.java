package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

/**
 * The Nelson–Aalen estimator of the cumulative hazard (Nelson 1972; Aalen 1978): {@code H(t) =
 * Σ_{t_j ≤ t} d_j / n_j} with variance {@code Σ d_j / n_j²}, as R's {@code survfit(..., ctype = 1)}
 * ({@code cumhaz}, {@code std.chaz}).
 *
 * <pre>{@code
 * CumulativeHazardCurve h = NelsonAalen.fit(LifetimeCounts.of(times, events));
 * h.cumulativeHazard(365);     // lung: 0.8883
 * h.standardError(365);        // 0.08697
 * h.survival(365);             // exp(-H): the Fleming–Harrington survival estimate
 * }</pre>
 */
public final class NelsonAalen {
  private NelsonAalen() {}

  /**
   * Fits the cumulative hazard.
   *
   * @throws IllegalArgumentException when {@code data} has no customers
   */
  public static CumulativeHazardCurve fit(LifetimeCounts data) {
    checkNotNull(data, "data");
    checkArgument(
        data.customers() > 0, "data must contain at least one customer, was %s", data.customers());
    int m = data.distinctTimes();
    double[] times = new double[m];
    double[] hazard = new double[m];
    double[] variance = new double[m];
    long[] atRisk = new long[m];
    long n = data.customers();
    double h = 0.0;
    double v = 0.0;
    for (int j = 0; j < m; j++) {
      long d = data.eventsAt(j);
      times[j] = data.timeAt(j);
      atRisk[j] = n;
      if (d > 0) {
        h += (double) d / n;
        v += (double) d / ((double) n * n);
      }
      hazard[j] = h;
      variance[j] = v;
      n -= d + data.censoredAt(j);
    }
    return new CumulativeHazardCurve(times, atRisk, hazard, variance);
  }
}
