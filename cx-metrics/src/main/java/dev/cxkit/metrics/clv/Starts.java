package dev.cxkit.metrics.clv;

import java.util.function.Function;

/** Data-based start values for the optimisers. */
final class Starts {
  /** Above this many rows, a fit on a systematic subsample provides the start values. */
  static final int WARM_START_ROWS = 100_000;

  private static final int SUBSAMPLE_ROWS = 20_000;

  private Starts() {}

  /** Start for (r, α, a|s, b|β): r = 1, α = mean T / max(mean x, 0.01), the rest 1. */
  static double[] countModel(CustomerSummaries s) {
    double w = 0.0;
    double sx = 0.0;
    double st = 0.0;
    for (int i = 0; i < s.size(); i++) {
      w += s.weight[i];
      sx += s.weight[i] * s.x[i];
      st += s.weight[i] * s.age[i];
    }
    double meanX = Math.max(sx / w, 0.01);
    double alpha = Math.min(Math.max(st / w / meanX, 1e-3), 1e6);
    return new double[] {1.0, alpha, 1.0, 1.0};
  }

  /**
   * Maximum-likelihood fit from the {@link #countModel} start; for large inputs every k-th row
   * (about 20,000 rows) is fitted first and its optimum and BFGS curvature start the full fit,
   * which then needs only a few iterations. The full fit's own gradient criterion decides
   * convergence, so the optimum does not depend on this choice beyond the tolerance.
   */
  static MaximumLikelihood.Result fit(
      CustomerSummaries s, Function<CustomerSummaries, LogLikelihood> model) {
    double[] start = countModel(s);
    LogLikelihood full = model.apply(s);
    if (s.size() > WARM_START_ROWS) {
      CustomerSummaries sub = s.stride(s.size() / SUBSAMPLE_ROWS);
      MaximumLikelihood.Result r = MaximumLikelihood.maximise(model.apply(sub), start);
      if (r.convergence().converged()) {
        // the subsample's curvature model is a good first guess for the full data's
        return MaximumLikelihood.maximise(full, r.parameters(), r.inverseHessian());
      }
    }
    return MaximumLikelihood.maximise(full, start);
  }
}
