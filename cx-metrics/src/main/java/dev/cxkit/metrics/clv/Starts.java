package dev.cxkit.metrics.clv;

/** Data-based start values for the optimisers. */
final class Starts {
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
}
