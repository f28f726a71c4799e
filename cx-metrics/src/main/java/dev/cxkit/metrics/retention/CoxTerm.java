package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.Locale;

/**
 * One covariate of a fitted Cox model: the coefficient β (log hazard ratio), its standard error
 * (model-based or robust, see {@code method}), the Wald z and two-sided p-value, and the hazard
 * ratio {@code exp(β)} with its interval {@code exp(β ± z σ)}.
 *
 * <pre>{@code
 * CoxTerm sex = fit.term("sex");
 * sex.hazardRatio();                  // 0.575: women churn (die) at 58% of the rate of men
 * sex.hazardRatioInterval(0.95);      // [0.414, 0.799] (95% WALD)
 * }</pre>
 *
 * @param name the covariate
 * @param coefficient β
 * @param standardError σ of β
 * @param method {@link IntervalMethod#WALD} (inverse information) or {@link
 *     IntervalMethod#ROBUST_SANDWICH}
 */
public record CoxTerm(
    String name, double coefficient, double standardError, IntervalMethod method) {

  /** Validates the fields. */
  public CoxTerm {
    checkNotNull(name, "name");
    checkNotNull(method, "method");
  }

  /** The hazard ratio {@code exp(β)} for a one-unit increase of the covariate. */
  public double hazardRatio() {
    return Math.exp(coefficient);
  }

  /** The Wald statistic {@code β / σ}. */
  public double z() {
    return coefficient / standardError;
  }

  /** The two-sided p-value of the Wald test of β = 0. */
  public double pValue() {
    return Distributions.twoSidedNormalP(z());
  }

  /** The interval {@code β ± z σ}. */
  public Interval coefficientInterval(double confidenceLevel) {
    double h = Distributions.zCritical(confidenceLevel) * standardError;
    return Interval.of(coefficient - h, coefficient + h, confidenceLevel, method);
  }

  /** The hazard-ratio interval {@code exp(β ± z σ)}. */
  public Interval hazardRatioInterval(double confidenceLevel) {
    Interval c = coefficientInterval(confidenceLevel);
    return Interval.of(Math.exp(c.lower()), Math.exp(c.upper()), confidenceLevel, method);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: coef=%.6g se=%.6g z=%.3f p=%.4g HR=%.4g",
        name,
        coefficient,
        standardError,
        z(),
        pValue(),
        hazardRatio());
  }
}
