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
    int n = s.size();
    int cap = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    int[] table = new int[cap];
    int[] rep = new int[n];
    int[] pairOfRow = new int[n];
    int pairs = 0;
    for (int i = 0; i < n; i++) {
      long h = s.x[i] * 0x9E3779B97F4A7C15L;
      h = (h ^ Double.doubleToLongBits(s.age[i] + 0.0)) * 0xC2B2AE3D27D4EB4FL;
      int slot = (int) (h ^ (h >>> 32)) & (cap - 1);
      while (true) {
        int g = table[slot] - 1;
        if (g < 0) {
          table[slot] = pairs + 1;
          rep[pairs] = i;
          pairOfRow[i] = pairs++;
          break;
        }
        int j = rep[g];
        if (s.x[j] == s.x[i] && s.age[j] == s.age[i]) {
          pairOfRow[i] = g;
          break;
        }
        slot = (slot + 1) & (cap - 1);
      }
    }
    int[] px = new int[pairs];
    double[] page = new double[pairs];
    for (int g = 0; g < pairs; g++) {
      px[g] = s.x[rep[g]];
      page[g] = s.age[rep[g]];
    }
    return new BaseForecast(pairOfRow, px, page);
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
