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
   * {@link #countModel} start, refined for large inputs by fitting every k-th row first (about
   * 20,000 rows): the full fit then needs only a few iterations. The result of the full fit does
   * not depend on this choice beyond the optimiser's tolerance.
   */
  static double[] warm(CustomerSummaries s, Function<CustomerSummaries, LogLikelihood> model) {
    double[] start = countModel(s);
    if (s.size() <= WARM_START_ROWS) {
      return start;
    }
    CustomerSummaries sub = s.stride(s.size() / SUBSAMPLE_ROWS);
    MaximumLikelihood.Result r = MaximumLikelihood.maximise(model.apply(sub), start);
    return r.convergence().converged() ? r.parameters() : start;
  }
}
