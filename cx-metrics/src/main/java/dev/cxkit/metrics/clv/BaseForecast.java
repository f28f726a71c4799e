package dev.cxkit.metrics.clv;

import org.jspecify.annotations.Nullable;

/**
 * Per-customer forecasts of a whole base in one pass: P(alive), expected transactions over a
 * horizon and discounted expected transactions. Every count model factors {@code E[Y(t) | x, t_x,
 * T] = W(t; x, T) · P(alive | x, t_x, T)}, and {@code W} (the hypergeometric part) depends on
 * {@code (x, T)} only: it is computed once per distinct pair, so a base of 100,000 customers costs
 * a few thousand hypergeometric series, and a bootstrap replicate as much again.
 */
final class BaseForecast {
  final int[] pairOfRow;
  final int[] pairX;
  final double[] pairAge;

  private BaseForecast(int[] pairOfRow, int[] pairX, double[] pairAge) {
    this.pairOfRow = pairOfRow;
    this.pairX = pairX;
    this.pairAge = pairAge;
  }

  /** The distinct (x, T) pairs of {@code s}. */
  static BaseForecast index(CustomerSummaries s) {
    RowGroups g = RowGroups.of(s.x, s.age, null);
    int[] px = new int[g.size()];
    double[] page = new double[g.size()];
    for (int k = 0; k < g.size(); k++) {
      px[k] = s.x[g.representative[k]];
      page[k] = s.age[g.representative[k]];
    }
    return new BaseForecast(g.groupOfRow, px, page);
  }

  /**
   * Fills, for every row of {@code s}, {@code alive[i]}, {@code expected[i] = E[Y(horizon)]} and
   * (with a specification) {@code discounted[i]} = the discounted expected transactions of {@code
   * spec}.
   *
   * @throws ArithmeticException if a forecast cannot be evaluated at the model's parameters
   */
  <M extends TransactionModel> void predict(
      CountModelFamily<M> family,
      M model,
      CustomerSummaries s,
      double horizon,
      @Nullable ClvSpecification spec,
      double[] alive,
      double[] expected,
      double @Nullable [] discounted) {
    int pairs = pairX.length;
    double[] wHorizon = new double[pairs];
    double[] wDiscounted = spec == null ? null : new double[pairs];
    for (int g = 0; g < pairs; g++) {
      wHorizon[g] =
          Checks.finite(
              family.whileAlive.at(model, horizon, pairX[g], pairAge[g]),
              family.label + " E[Y(t) | alive]");
      if (spec != null) {
        double previous = 0.0;
        double factor = 1.0;
        double sum = 0.0;
        for (int k = 1; k <= spec.periods(); k++) {
          double cumulative =
              family.whileAlive.at(model, k * spec.periodLength(), pairX[g], pairAge[g]);
          factor /= 1.0 + spec.discountRate();
          sum += (cumulative - previous) * factor;
          previous = cumulative;
        }
        wDiscounted[g] = Checks.finite(sum, family.label + " discounted E[Y | alive]");
      }
    }
    for (int i = 0; i < s.size(); i++) {
      int g = pairOfRow[i];
      double a =
          Checks.finite(
              family.alive.at(model, s.x[i], s.tx[i], s.age[i]), family.label + " P(alive)");
      alive[i] = a;
      expected[i] = wHorizon[g] * a;
      if (discounted != null && wDiscounted != null) {
        discounted[i] = wDiscounted[g] * a;
      }
    }
  }
}
