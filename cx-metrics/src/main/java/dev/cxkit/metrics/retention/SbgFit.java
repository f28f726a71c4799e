package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hipparchus.special.Beta;

/**
 * A fitted shifted-beta-geometric retention model: parameters, standard errors, log-likelihood,
 * convergence report, and the implied retention curve and projections. Time is in renewal periods:
 * S(t) is the share of the cohort still active after {@code t} renewal opportunities (constant
 * between renewals).
 *
 * {@snippet class=dev.cxkit.metrics.retention.SnippetsTest region=sbgFit}
 */
public final class SbgFit implements RetentionCurve {

  private static final long MAX_DERL_TERMS = 50_000_000L;

  private final double alpha;
  private final double beta;
  private final double logLikelihood;
  private final double alphaStandardError;
  private final double betaStandardError;
  private final long[][] cohorts;
  private final boolean converged;
  private final int iterations;
  private final double gradientNorm;
  private final String message;
  private final double logBetaAB;

  SbgFit(
      double alpha,
      double beta,
      double logLikelihood,
      double alphaStandardError,
      double betaStandardError,
      long[][] cohorts,
      boolean converged,
      int iterations,
      double gradientNorm,
      String message) {
    this.alpha = alpha;
    this.beta = beta;
    this.logLikelihood = logLikelihood;
    this.alphaStandardError = alphaStandardError;
    this.betaStandardError = betaStandardError;
    this.cohorts = cohorts;
    this.converged = converged;
    this.iterations = iterations;
    this.gradientNorm = gradientNorm;
    this.message = message;
    this.logBetaAB = Beta.logBeta(alpha, beta);
  }

  /** The fitted α of the Beta churn-probability distribution. */
  public double alpha() {
    return alpha;
  }

  /** The fitted β of the Beta churn-probability distribution. */
  public double beta() {
    return beta;
  }

  /** The maximised log-likelihood. */
  public double logLikelihood() {
    return logLikelihood;
  }

  /** Standard error of α from the observed information; empty when not converged. */
  public OptionalDouble alphaStandardError() {
    return Double.isNaN(alphaStandardError)
        ? OptionalDouble.empty()
        : OptionalDouble.of(alphaStandardError);
  }

  /** Standard error of β from the observed information; empty when not converged. */
  public OptionalDouble betaStandardError() {
    return Double.isNaN(betaStandardError)
        ? OptionalDouble.empty()
        : OptionalDouble.of(betaStandardError);
  }

  /** A confidence interval for α, normal on ln α (so always positive); empty when not converged. */
  public Optional<Interval> alphaInterval(double confidenceLevel) {
    return logNormalInterval(alpha, alphaStandardError, confidenceLevel);
  }

  /** A confidence interval for β, normal on ln β (so always positive); empty when not converged. */
  public Optional<Interval> betaInterval(double confidenceLevel) {
    return logNormalInterval(beta, betaStandardError, confidenceLevel);
  }

  private static Optional<Interval> logNormalInterval(double value, double se, double level) {
    double z = Checks.zFor(level);
    if (Double.isNaN(se)) {
      return Optional.empty();
    }
    double w = z * se / value; // delta method: SE(ln x) = SE(x) / x
    return Optional.of(
        Interval.of(
            value * Math.exp(-w), value * Math.exp(w), level, IntervalMethod.OBSERVED_INFORMATION));
  }

  /** Whether the optimiser stopped on a small gradient norm. */
  public boolean converged() {
    return converged;
  }

  /** Newton iterations used. */
  public int iterations() {
    return iterations;
  }

  /** The gradient norm on (ln α, ln β) when the optimiser stopped. */
  public double gradientNorm() {
    return gradientNorm;
  }

  /** Why the optimiser stopped. */
  public String convergenceMessage() {
    return message;
  }

  /** Number of cohorts the model was fitted to. */
  public int cohorts() {
    return cohorts.length;
  }

  /** The survivor counts of cohort {@code index} (0 for a single-cohort fit), a copy. */
  public long[] survivors(int index) {
    checkArgument(
        index >= 0 && index < cohorts.length,
        "index must be in [0, %s), was %s",
        cohorts.length,
        index);
    return cohorts[index].clone();
  }

  /**
   * The retention rate of period {@code t}: the share of customers active after {@code t − 1}
   * renewals who renew again, r<sub>t</sub> = (β + t − 1)/(α + β + t − 1).
   *
   * @param t period, {@code >= 1}
   */
  public double retentionRate(int t) {
    checkArgument(t >= 1, "t must be >= 1, was %s", t);
    return (beta + t - 1) / (alpha + beta + t - 1);
  }

  /**
   * S(t) = B(α, β + ⌊t⌋)/B(α, β), the probability of still being active after ⌊t⌋ renewal
   * opportunities.
   */
  @Override
  public double survival(double t) {
    Checks.checkTime("t", t);
    double k = Math.floor(t);
    if (k == 0) {
      return 1.0;
    }
    return Math.exp(Beta.logBeta(alpha, beta + k) - logBetaAB);
  }

  /**
   * P(T = t) = S(t − 1) − S(t): the probability that a new customer churns at renewal {@code t}.
   *
   * @param t period, {@code >= 1}
   */
  public double churnProbability(int t) {
    checkArgument(t >= 1, "t must be >= 1, was %s", t);
    return survival(t - 1) * alpha / (alpha + beta + t - 1);
  }

  /**
   * The expected number of a cohort of {@code cohortSize} new customers still active after {@code
   * t} renewals: n<sub>0</sub> S(t).
   */
  public double expectedSurvivors(long cohortSize, int t) {
    checkArgument(cohortSize >= 0, "cohortSize must be >= 0, was %s", cohortSize);
    checkArgument(t >= 0, "t must be >= 0, was %s", t);
    return cohortSize * survival(t);
  }

  /**
   * Discounted expected residual lifetime (Fader &amp; Hardie 2010, "Customer-base valuation in a
   * contractual setting: the perils of ignoring heterogeneity", Marketing Science 29(1)) of a
   * customer who has made {@code renewals} renewals and now faces the next renewal decision: the
   * expected number of future payments, the next one undiscounted and the k-th later one discounted
   * by (1 + d)<sup>−k</sup>,
   *
   * <pre>
   *   DERL = Σ_{k≥0} S(n + k)/S(n − 1) (1 + d)^−k  with n = renewals + 1
   *        = (β + n − 1)/(α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1/(1 + d)).
   * </pre>
   *
   * Multiply by the margin per payment for the residual lifetime value.
   *
   * @param discountRate per period, finite and {@code > 0}
   * @param renewals renewals already made, {@code >= 0}
   */
  public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
    checkArgument(
        Double.isFinite(discountRate) && discountRate > 0.0,
        "discountRate must be finite and > 0, was %s",
        discountRate);
    checkArgument(renewals >= 0, "renewals must be >= 0, was %s", renewals);
    double z = 1.0 / (1.0 + discountRate);
    int n = renewals + 1;
    double term = (beta + n - 1) / (alpha + beta + n - 1);
    double sum = 0.0;
    for (long k = 0; k < MAX_DERL_TERMS; k++) {
      sum += term;
      double ratio = z * (beta + n + k) / (alpha + beta + n + k);
      term *= ratio;
      // remaining terms shrink by at most z each: tail <= term / (1 - z)
      if (term / (1.0 - z) <= 1e-15 * sum) {
        return sum;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "discountRate is too small for the series to converge in %d terms, was %s",
            MAX_DERL_TERMS,
            discountRate));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "SbgFit[alpha=%.6f, beta=%.6f, LL=%.4f, converged=%s, iterations=%d]",
        alpha,
        beta,
        logLikelihood,
        converged,
        iterations);
  }
}
