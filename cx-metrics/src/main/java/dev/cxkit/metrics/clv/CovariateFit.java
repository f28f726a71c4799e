package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.DesignChecks;
import dev.cxkit.metrics.stats.Distributions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A BG/NBD or Pareto/NBD fit with time-invariant covariates (CLVTools formulation, see {@link
 * Covariates}): the baseline model (the parameters of a customer with all covariates 0), the
 * purchase-process and drop-out coefficients with standard errors, and the likelihood-ratio test
 * against the same model without covariates.
 *
 * <pre>{@code
 * CovariateFit<ParetoNbd> fit = ParetoNbd.fit(cbs, channel, channel);
 * fit.transactionCoefficient(0);          // γ_trans of "referral"
 * fit.likelihoodRatioPValue();            // do the covariates matter?
 * ParetoNbd c7 = fit.forCustomer(channel.row(7), channel.row(7));   // customer 7's own model
 * c7.probabilityAlive(2, 30.4, 38.9);
 * }</pre>
 *
 * @param <M> the model type
 */
public final class CovariateFit<M extends TransactionModel> {
  private final BtydFit<M> baseline;
  private final BtydFit<M> withoutCovariates;
  private final double[] parameters;
  private final Covariates trans;
  private final Covariates life;
  private final Function<double[], M> make;
  private final boolean pareto;

  private CovariateFit(
      BtydFit<M> baseline,
      BtydFit<M> withoutCovariates,
      double[] parameters,
      Covariates trans,
      Covariates life,
      Function<double[], M> make,
      boolean pareto) {
    this.baseline = baseline;
    this.withoutCovariates = withoutCovariates;
    this.parameters = parameters;
    this.trans = trans;
    this.life = life;
    this.make = make;
    this.pareto = pareto;
  }

  static <M extends TransactionModel> CovariateFit<M> fit(
      CountModelFamily<M> family,
      boolean pareto,
      CustomerSummaries s,
      Covariates trans,
      Covariates life) {
    checkNotNull(s, "summaries");
    checkNotNull(trans, "transaction covariates");
    checkNotNull(life, "lifetime covariates");
    checkArgument(
        trans.rows() == s.size() && life.rows() == s.size(),
        "covariates must have one row per summary row (%s), were %s (transaction) and %s (lifetime)",
        s.size(),
        trans.rows(),
        life.rows());
    checkArgument(trans.count() + life.count() > 0, "at least one covariate is required, was none");
    if (trans.count() > 0) {
      DesignChecks.requireEstimable(trans.names(), trans.values, trans.rows());
    }
    if (life.count() > 0) {
      DesignChecks.requireEstimable(life.names(), life.values, life.rows());
    }
    BtydFit<M> plain = family.fit(s);
    double[] start = new double[4 + trans.count() + life.count()];
    System.arraycopy(plain.model().parameters(), 0, start, 0, 4);
    CovariateLikelihood ll = new CovariateLikelihood(pareto, s, trans, life);
    MaximumLikelihood.Result res = MaximumLikelihood.maximise(ll, start);
    List<String> names = new ArrayList<>(family.names);
    trans.names().forEach(n -> names.add("trans." + n));
    life.names().forEach(n -> names.add("life." + n));
    BtydFit<M> full = BtydFit.of(res, names, family.make);
    return new CovariateFit<>(full, plain, res.parameters(), trans, life, family.make, pareto);
  }

  /** Whether the fit converged. */
  public boolean converged() {
    return baseline.converged();
  }

  /**
   * The whole fit: parameter names ({@code r, alpha, a|s, b|beta, trans.<name>…, life.<name>…}),
   * standard errors, covariance, log-likelihood and convergence report. Its model is the baseline
   * (all covariates 0).
   */
  public BtydFit<M> fit() {
    return baseline;
  }

  /** The same model fitted without covariates (the null model of the likelihood-ratio test). */
  public BtydFit<M> withoutCovariates() {
    return withoutCovariates;
  }

  /** Purchase-process coefficient {@code k} (of {@link Covariates#names()} of that process). */
  public double transactionCoefficient(int k) {
    checkArgument(k >= 0 && k < trans.count(), "k must be in [0, %s), was %s", trans.count(), k);
    baseline.model();
    return parameters[4 + k];
  }

  /** Drop-out coefficient {@code k}. */
  public double lifetimeCoefficient(int k) {
    checkArgument(k >= 0 && k < life.count(), "k must be in [0, %s), was %s", life.count(), k);
    baseline.model();
    return parameters[4 + trans.count() + k];
  }

  /** Standard error of {@link #transactionCoefficient(int)}. */
  public double transactionStandardError(int k) {
    transactionCoefficient(k);
    return baseline.standardError(4 + k);
  }

  /** Standard error of {@link #lifetimeCoefficient(int)}. */
  public double lifetimeStandardError(int k) {
    lifetimeCoefficient(k);
    return baseline.standardError(4 + trans.count() + k);
  }

  /**
   * {@code 2 (LL − LL without covariates)}, chi-square with one degree of freedom per coefficient.
   */
  public double likelihoodRatioStatistic() {
    return Math.max(0.0, 2.0 * (baseline.logLikelihood() - withoutCovariates.logLikelihood()));
  }

  /** Degrees of freedom of the likelihood-ratio test. */
  public int degreesOfFreedom() {
    return trans.count() + life.count();
  }

  /** P-value of the likelihood-ratio test against the model without covariates. */
  public double likelihoodRatioPValue() {
    return Distributions.chiSquareUpperTail(likelihoodRatioStatistic(), degreesOfFreedom());
  }

  /**
   * The model of a customer with the given covariate values: {@code α_i}, and {@code a_i, b_i} or
   * {@code β_i}, with the coefficients applied; all predictions of {@link TransactionModel} follow.
   */
  public M forCustomer(double[] transaction, double[] lifetime) {
    baseline.model();
    checkArgument(
        transaction.length == trans.count() && lifetime.length == life.count(),
        "expected %s transaction and %s lifetime values, were %s and %s",
        trans.count(),
        life.count(),
        transaction.length,
        lifetime.length);
    double et = 0.0;
    for (int k = 0; k < transaction.length; k++) {
      et += parameters[4 + k] * transaction[k];
    }
    double el = 0.0;
    for (int k = 0; k < lifetime.length; k++) {
      el += parameters[4 + trans.count() + k] * lifetime[k];
    }
    double[] p = {parameters[0], parameters[1] * Math.exp(-et), parameters[2], parameters[3]};
    if (pareto) {
      p[3] *= Math.exp(-el);
    } else {
      p[2] *= Math.exp(el);
      p[3] *= Math.exp(el);
    }
    return make.apply(p);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CovariateFit{%s, LR=%.3f on %d df, p=%.4g}",
        baseline,
        likelihoodRatioStatistic(),
        degreesOfFreedom(),
        likelihoodRatioPValue());
  }
}
