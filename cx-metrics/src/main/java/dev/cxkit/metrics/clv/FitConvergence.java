package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * How a maximum-likelihood fit ended: whether it met the gradient criterion, the iterations and
 * likelihood evaluations used, the final gradient norm and a message.
 *
 * <pre>{@code
 * FitConvergence c = BgNbd.fit(cbs).convergence();
 * if (!c.converged()) System.err.println(c.message());
 * }</pre>
 *
 * @param converged whether the largest gradient component (per customer, with respect to the log
 *     parameters) fell below the tolerance and the observed information is positive definite
 * @param iterations quasi-Newton iterations
 * @param evaluations log-likelihood and gradient evaluations, including those for the standard
 *     errors
 * @param gradientNorm the final largest absolute gradient component of the mean log-likelihood with
 *     respect to the log parameters
 * @param message what happened, in words
 */
public record FitConvergence(
    boolean converged, int iterations, int evaluations, double gradientNorm, String message) {

  /** Validates the counts. */
  public FitConvergence {
    checkArgument(iterations >= 0, "iterations must be >= 0, was %s", iterations);
    checkArgument(evaluations >= 0, "evaluations must be >= 0, was %s", evaluations);
    checkNotNull(message, "message");
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s after %d iterations (%d evaluations), gradient norm %.3g: %s",
        converged ? "converged" : "NOT converged",
        iterations,
        evaluations,
        gradientNorm,
        message);
  }
}
