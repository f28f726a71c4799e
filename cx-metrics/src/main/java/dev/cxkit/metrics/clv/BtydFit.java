package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A maximum-likelihood fit of a buy-till-you-die model: the model, the maximised log-likelihood,
 * standard errors from the observed information (inverse of the negative Hessian of the
 * log-likelihood, natural parameter scale) and the convergence report. A fit that did not converge
 * refuses to hand out its model: {@link #model()} throws and {@link #lastIterate()} shows where it
 * stopped.
 *
 * <pre>{@code
 * BtydFit<BgNbd> fit = BgNbd.fit(cbs);
 * BgNbd model = fit.model();            // throws IllegalStateException if not converged
 * double seR = fit.standardError(0);    // standard error of r
 * }</pre>
 *
 * @param <M> the fitted model type
 */
public final class BtydFit<M> {
  private final M model;
  private final List<String> parameterNames;
  private final double logLikelihood;
  private final double[] standardErrors;
  private final double[][] covariance;
  private final FitConvergence convergence;

  BtydFit(
      M model,
      List<String> parameterNames,
      double logLikelihood,
      double[] standardErrors,
      double[][] covariance,
      FitConvergence convergence) {
    this.model = checkNotNull(model);
    this.parameterNames = List.copyOf(parameterNames);
    this.logLikelihood = logLikelihood;
    this.standardErrors = standardErrors.clone();
    this.covariance = new double[covariance.length][];
    for (int i = 0; i < covariance.length; i++) {
      this.covariance[i] = covariance[i].clone();
    }
    this.convergence = checkNotNull(convergence);
  }

  /** The fit of an optimiser result, the model built from the parameter vector by {@code make}. */
  static <M> BtydFit<M> of(
      MaximumLikelihood.Result res, List<String> names, Function<double[], M> make) {
    return new BtydFit<>(
        make.apply(res.parameters()),
        names,
        res.logLikelihood(),
        res.standardErrors(),
        res.covariance(),
        res.convergence());
  }

  /**
   * The fitted model.
   *
   * @throws IllegalStateException if the fit did not converge (the message is the report)
   */
  public M model() {
    if (!convergence.converged()) {
      throw new IllegalStateException("fit did not converge: " + convergence);
    }
    return model;
  }

  /** The parameters where the optimiser stopped, converged or not (for diagnosis). */
  public M lastIterate() {
    return model;
  }

  /** Whether the fit converged (shorthand for {@code convergence().converged()}). */
  public boolean converged() {
    return convergence.converged();
  }

  /** Parameter names, in the order of {@link #standardError(int)}. */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /** The maximised log-likelihood (including all constant terms). */
  public double logLikelihood() {
    return logLikelihood;
  }

  /**
   * Standard error of parameter {@code i} on its natural scale, from the observed information.
   *
   * @throws IllegalStateException if the fit did not converge
   */
  public double standardError(int i) {
    model();
    checkArgument(
        i >= 0 && i < standardErrors.length,
        "parameter index must be in [0, %s), was %s",
        standardErrors.length,
        i);
    return standardErrors[i];
  }

  /**
   * The estimated covariance matrix of the parameters on their natural scale (inverse observed
   * information), in the order of {@link #parameterNames()}; a fresh copy.
   *
   * @throws IllegalStateException if the fit did not converge
   */
  public double[][] covariance() {
    model();
    double[][] c = new double[covariance.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = covariance[i].clone();
    }
    return c;
  }

  /** The convergence report. */
  public FitConvergence convergence() {
    return convergence;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(model).append(String.format(Locale.ROOT, ", LL=%.4f", logLikelihood));
    if (convergence.converged()) {
      sb.append(", SE{");
      for (int i = 0; i < standardErrors.length; i++) {
        sb.append(i == 0 ? "" : ", ")
            .append(parameterNames.get(i))
            .append(String.format(Locale.ROOT, "=%.5g", standardErrors[i]));
      }
      sb.append('}');
    }
    return sb.append(", ").append(convergence).toString();
  }
}
