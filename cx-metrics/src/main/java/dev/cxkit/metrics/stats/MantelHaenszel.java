package dev.cxkit.metrics.stats;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Optional;

/**
 * The Mantel-Haenszel risk difference over stratified 2 x 2 tables with Sato's variance, valid both
 * for a few large strata and for many sparse ones.
 *
 * <p>Stratum k holds {@code x_k} events among {@code n_k} exposed and {@code y_k} events among
 * {@code m_k} unexposed units, {@code N_k = n_k + m_k}. The estimate is {@code RD = sum (x_k m_k -
 * y_k n_k) / N_k / sum n_k m_k / N_k} (Cochran weights {@code n_k m_k / N_k}); its variance is
 * {@code (RD sum P_k + sum Q_k) / (sum n_k m_k / N_k)^2} with {@code P_k = (n_k^2 y_k - m_k^2 x_k +
 * n_k m_k (m_k - n_k) / 2) / N_k^2} and {@code Q_k = (x_k (m_k - y_k) + y_k (n_k - x_k)) / (2 N_k)}
 * (Sato T., "On the variance estimator for the Mantel-Haenszel risk difference", Biometrics 45,
 * 1989, 1323-1324; consistent for large and sparse strata alike, as Greenland and Robins,
 * Biometrics 41, 1985, 55-68 require of it; Rothman, Greenland and Lash, <i>Modern
 * Epidemiology</i>, 3rd ed., ch. 15). Strata without both arms carry no weight. Units must be
 * independent: one per table row.
 *
 * <pre>{@code
 * MantelHaenszel.Accumulator acc = MantelHaenszel.accumulator();
 * acc.add(8, 106, 5, 120).add(22, 98, 16, 85);
 * MantelHaenszel.RiskDifference rd = acc.riskDifference().orElseThrow();
 * rd.estimate();            // 0.0349
 * rd.interval(0.95);        // Wald interval on Sato's standard error
 * }</pre>
 */
public final class MantelHaenszel {
  private MantelHaenszel() {}

  /** An empty accumulator of strata. */
  public static Accumulator accumulator() {
    return new Accumulator();
  }

  /**
   * A risk difference with its variance.
   *
   * @param estimate the Mantel-Haenszel risk difference, exposed minus unexposed, in [-1, 1]
   * @param variance Sato's variance estimate, at least 0
   * @param strata strata given
   * @param informativeStrata strata with both arms (the ones carrying weight)
   * @param exposed exposed units over all strata
   * @param exposedEvents events among them
   * @param unexposed unexposed units over all strata
   * @param unexposedEvents events among them
   */
  public record RiskDifference(
      double estimate,
      double variance,
      int strata,
      int informativeStrata,
      long exposed,
      long exposedEvents,
      long unexposed,
      long unexposedEvents) {

    /** Checks the fields. */
    public RiskDifference {
      checkArgument(
          estimate >= -1 && estimate <= 1, "risk difference must be in [-1, 1], was %s", estimate);
      checkArgument(
          variance >= 0 && Double.isFinite(variance),
          "variance must be finite and >= 0, was %s",
          variance);
    }

    /** The standard error, {@code sqrt(variance)}. */
    public double standardError() {
      return Math.sqrt(variance);
    }

    /** The Wald interval on Sato's standard error at {@code level}, clamped to [-1, 1]. */
    public Interval interval(double level) {
      double half = Distributions.zCritical(level) * standardError();
      return Interval.of(estimate - half, estimate + half, level, IntervalMethod.WALD)
          .clampedTo(-1, 1);
    }

    /** The two-sided p-value of {@code RD / se} against 0 (1 when the variance is 0). */
    public double pValue() {
      return variance == 0 ? 1.0 : Distributions.twoSidedNormalP(estimate / standardError());
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "RiskDifference[%+.5f, se %.5f, %d/%d strata, exposed %d/%d, unexposed %d/%d]",
          estimate,
          standardError(),
          informativeStrata,
          strata,
          exposedEvents,
          exposed,
          unexposedEvents,
          unexposed);
    }
  }

  /** Mutable sums over strata; {@link #add} one stratum at a time. Not thread-safe. */
  public static final class Accumulator {
    private int strata;
    private int informative;
    private long n1;
    private long a1;
    private long n0;
    private long a0;
    private double numerator;
    private double weights;
    private double sumP;
    private double sumQ;

    Accumulator() {}

    /**
     * Adds one stratum.
     *
     * @throws IllegalArgumentException when a count is negative or events exceed units
     */
    public Accumulator add(long exposedEvents, long exposed, long unexposedEvents, long unexposed) {
      checkArgument(
          exposed >= 0 && exposedEvents >= 0 && exposedEvents <= exposed,
          "stratum exposed events must be in 0..exposed, was %s of %s",
          exposedEvents,
          exposed);
      checkArgument(
          unexposed >= 0 && unexposedEvents >= 0 && unexposedEvents <= unexposed,
          "stratum unexposed events must be in 0..unexposed, was %s of %s",
          unexposedEvents,
          unexposed);
      strata++;
      n1 = Math.addExact(n1, exposed);
      a1 = Math.addExact(a1, exposedEvents);
      n0 = Math.addExact(n0, unexposed);
      a0 = Math.addExact(a0, unexposedEvents);
      if (exposed == 0 || unexposed == 0) {
        return this;
      }
      informative++;
      double x = exposedEvents;
      double n = exposed;
      double y = unexposedEvents;
      double m = unexposed;
      double total = n + m;
      numerator += (x * m - y * n) / total;
      weights += n * m / total;
      sumP += (n * n * y - m * m * x + n * m * (m - n) / 2) / (total * total);
      sumQ += (x * (m - y) + y * (n - x)) / (2 * total);
      return this;
    }

    /** The estimate, or empty when no stratum holds both arms. */
    public Optional<RiskDifference> riskDifference() {
      if (informative == 0) {
        return Optional.empty();
      }
      double rd = Math.max(-1, Math.min(1, numerator / weights));
      double var = Math.max(0, (rd * sumP + sumQ) / (weights * weights));
      return Optional.of(new RiskDifference(rd, var, strata, informative, n1, a1, n0, a0));
    }

    /** Strata added so far. */
    public int strata() {
      return strata;
    }

    @Override
    public String toString() {
      return "MantelHaenszel.Accumulator[" + strata + " strata]";
    }
  }
}
