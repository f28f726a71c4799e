package dev.cxkit.metrics.clv;

/** A log-likelihood with its analytic gradient, in the model's natural (positive) parameters. */
interface LogLikelihood {

  /** Number of parameters. */
  int dimension();

  /** Total weight of the data (number of customers), used to scale the objective. */
  double totalWeight();

  /**
   * The log-likelihood at {@code p} and its gradient written into {@code grad}. Outside the valid
   * region (any parameter not finite and positive) returns negative infinity.
   */
  double valueAndGradient(double[] p, double[] grad);

  /**
   * Whether parameter {@code i} is positive (optimised on the log scale; the default) rather than
   * free on the real line (a covariate coefficient).
   */
  default boolean positive(int i) {
    return true;
  }

  /** Whether every parameter is finite and strictly positive. */
  static boolean positive(double[] p) {
    for (double v : p) {
      if (!(v > 0.0 && v < Double.POSITIVE_INFINITY)) {
        return false;
      }
    }
    return true;
  }
}
