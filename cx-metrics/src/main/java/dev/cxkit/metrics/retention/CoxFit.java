package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A fitted Cox proportional-hazards model: coefficients with standard errors (model-based, or
 * robust when requested), hazard ratios with intervals, the partial log-likelihood with the
 * likelihood-ratio and score tests against the model without covariates, predicted survival curves
 * and the proportional-hazards test. Created by {@link CoxRegression#fit}.
 *
 * <pre>{@code
 * CoxFit fit = CoxRegression.efron().fit(data);
 * fit.terms();                        // one CoxTerm per covariate
 * fit.likelihoodRatioPValue();        // against the null model
 * fit.leftOut();                      // rows left out for a missing covariate
 * }</pre>
 */
public final class CoxFit {
  private final SurvivalData data;
  private final CoxEngine engine;
  private final CoxTies ties;
  private final double[] beta;
  private final double[] variance;
  private final double @Nullable [] robustVariance;
  private final double nullLogLikelihood;
  private final double logLikelihood;
  private final double scoreStatistic;
  private final int iterations;
  private final boolean converged;
  private final double[] eventTimes;
  private final double[] baseline;
  private @Nullable ProportionalHazardsTest zph;

  CoxFit(
      SurvivalData data,
      CoxEngine engine,
      CoxTies ties,
      double[] beta,
      double[] variance,
      double @Nullable [] robustVariance,
      double nullLogLikelihood,
      double logLikelihood,
      double scoreStatistic,
      int iterations,
      boolean converged) {
    this.data = data;
    this.engine = engine;
    this.ties = ties;
    this.beta = beta;
    this.variance = variance;
    this.robustVariance = robustVariance;
    this.nullLogLikelihood = nullLogLikelihood;
    this.logLikelihood = logLikelihood;
    this.scoreStatistic = scoreStatistic;
    this.iterations = iterations;
    this.converged = converged;
    int m = 0;
    for (int g = 0; g < engine.groups; g++) {
      m += engine.deaths[g] > 0 ? 1 : 0;
    }
    eventTimes = new double[m];
    baseline = new double[m];
    double h = 0.0;
    for (int g = 0, j = 0; g < engine.groups; g++) {
      if (engine.deaths[g] > 0) {
        h += engine.hazard[g];
        eventTimes[j] = engine.time[engine.start[g]];
        baseline[j++] = h;
      }
    }
  }

  /** Covariate names, in the order of the coefficients. */
  public List<String> covariates() {
    return data.covariates();
  }

  /** How ties were handled. */
  public CoxTies ties() {
    return ties;
  }

  /** Rows used (complete rows). */
  public int n() {
    return engine.n;
  }

  /** Churn events among the rows used. */
  public int events() {
    int d = 0;
    for (int g : engine.deaths) {
      d += g;
    }
    return d;
  }

  /** Rows left out because a covariate was missing. */
  public int leftOut() {
    return data.incompleteRows();
  }

  /** Newton–Raphson iterations used. */
  public int iterations() {
    return iterations;
  }

  /** Whether the partial likelihood converged within {@link CoxRegression#MAX_ITERATIONS}. */
  public boolean converged() {
    return converged;
  }

  /** Whether standard errors are the robust (sandwich) ones. */
  public boolean robust() {
    return robustVariance != null;
  }

  /** The coefficients β (a fresh copy). */
  public double[] coefficients() {
    return beta.clone();
  }

  /** The covariance matrix of β used for inference (robust when requested), row-major copy. */
  public double[][] covariance() {
    double[] v = robustVariance != null ? robustVariance : variance;
    int p = beta.length;
    double[][] out = new double[p][p];
    for (int i = 0; i < p; i++) {
      out[i] = Arrays.copyOfRange(v, i * p, (i + 1) * p);
    }
    return out;
  }

  /** Model-based standard errors (inverse information), whatever was requested. */
  public double[] modelStandardErrors() {
    return diagonalRoot(variance);
  }

  private double[] diagonalRoot(double[] v) {
    int p = beta.length;
    double[] se = new double[p];
    for (int k = 0; k < p; k++) {
      se[k] = Math.sqrt(v[k * p + k]);
    }
    return se;
  }

  /** One term per covariate, with the standard errors used for inference. */
  public List<CoxTerm> terms() {
    double[] se = diagonalRoot(robustVariance != null ? robustVariance : variance);
    IntervalMethod method =
        robustVariance != null ? IntervalMethod.ROBUST_SANDWICH : IntervalMethod.WALD;
    List<CoxTerm> out = new ArrayList<>();
    for (int k = 0; k < beta.length; k++) {
      out.add(new CoxTerm(data.covariates().get(k), beta[k], se[k], method));
    }
    return out;
  }

  /** The term of covariate {@code name}. */
  public CoxTerm term(String name) {
    int k = data.covariates().indexOf(name);
    checkArgument(k >= 0, "covariate must be one of %s, was '%s'", data.covariates(), name);
    return terms().get(k);
  }

  /** The maximised log partial likelihood. */
  public double logLikelihood() {
    return logLikelihood;
  }

  /** The log partial likelihood at β = 0. */
  public double nullLogLikelihood() {
    return nullLogLikelihood;
  }

  /** {@code 2 (LL − LL0)}, chi-square with one degree of freedom per covariate. */
  public double likelihoodRatioStatistic() {
    return Math.max(0.0, 2.0 * (logLikelihood - nullLogLikelihood));
  }

  /** The p-value of the likelihood-ratio test against the model without covariates. */
  public double likelihoodRatioPValue() {
    return Distributions.chiSquareUpperTail(likelihoodRatioStatistic(), beta.length);
  }

  /** The score (log-rank) statistic of β = 0. */
  public double scoreStatistic() {
    return scoreStatistic;
  }

  /** The mean of each covariate over the rows used (the centre of {@link #survival}). */
  public double[] means() {
    return engine.means.clone();
  }

  /**
   * The predicted survival curve of a customer with covariate values {@code z} (in the order of
   * {@link #covariates()}).
   */
  public CoxSurvivalCurve survival(double... z) {
    checkNotNull(z, "z");
    checkArgument(
        z.length == beta.length,
        "z must have one value per covariate %s, was %s values",
        data.covariates(),
        z.length);
    double eta = 0.0;
    for (int k = 0; k < z.length; k++) {
      checkArgument(
          Double.isFinite(z[k]),
          "z[%s] (%s) must be finite, was %s",
          k,
          data.covariates().get(k),
          z[k]);
      eta += beta[k] * (z[k] - engine.means[k]);
    }
    return new CoxSurvivalCurve(eventTimes, baseline, Math.exp(eta));
  }

  /** The proportional-hazards test (R's {@code cox.zph}, transform "km"). */
  public synchronized ProportionalHazardsTest proportionalHazardsTest() {
    if (zph == null) {
      zph = SchoenfeldTest.of(engine, data.covariates());
    }
    return zph;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "CoxFit{ties=%s, n=%d, events=%d, leftOut=%d, LL=%.4f, LL0=%.4f, LR=%.3f, p=%.4g%s}",
                ties,
                n(),
                events(),
                leftOut(),
                logLikelihood,
                nullLogLikelihood,
                likelihoodRatioStatistic(),
                likelihoodRatioPValue(),
                robust() ? ", robust" : ""));
    for (CoxTerm t : terms()) {
      sb.append("\n  ").append(t);
    }
    return sb.toString();
  }
}
