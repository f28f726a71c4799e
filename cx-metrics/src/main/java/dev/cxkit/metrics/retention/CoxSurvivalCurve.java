package dev.cxkit.metrics.retention;

import java.util.Arrays;
import java.util.Locale;

/**
 * The survival curve a fitted Cox model predicts for one covariate profile, {@code S(t | z) =
 * exp(−H0(t) exp(β'(z − z̄)))} with the baseline cumulative hazard {@code H0} of Breslow (Breslow
 * ties) or its Efron analogue (Efron ties), as R's {@code survfit(coxfit, newdata)}. A step
 * function that changes at the event times and holds its last value after the largest one.
 *
 * <pre>{@code
 * CoxSurvivalCurve s = fit.survival(new double[] {2, 60, 1});
 * s.survival(365);   // 0.5337 (lung, a 60-year-old woman with ECOG score 1)
 * }</pre>
 */
public final class CoxSurvivalCurve implements RetentionCurve {
  private final double[] times;
  private final double[] cumulativeHazard;
  private final double relativeRisk;

  CoxSurvivalCurve(double[] times, double[] baselineCumulativeHazard, double relativeRisk) {
    this.times = times;
    this.cumulativeHazard = baselineCumulativeHazard;
    this.relativeRisk = relativeRisk;
  }

  /** The cumulative hazard {@code H(t | z)}. */
  public double cumulativeHazard(double t) {
    Checks.checkTime("t", t);
    int i = Arrays.binarySearch(times, t);
    int k = i >= 0 ? i : -i - 2;
    return k < 0 ? 0.0 : cumulativeHazard[k] * relativeRisk;
  }

  @Override
  public double survival(double t) {
    return Math.exp(-cumulativeHazard(t));
  }

  /** The relative risk {@code exp(β'(z − z̄))} of the profile against the mean covariates. */
  public double relativeRisk() {
    return relativeRisk;
  }

  /** The event times at which the curve steps (a fresh copy). */
  public double[] times() {
    return times.clone();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CoxSurvivalCurve{relativeRisk=%.4f, steps=%d, S(last)=%.4f}",
        relativeRisk,
        times.length,
        times.length == 0 ? 1.0 : Math.exp(-cumulativeHazard[times.length - 1] * relativeRisk));
  }
}
