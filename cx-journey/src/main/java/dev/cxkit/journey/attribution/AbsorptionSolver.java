package dev.cxkit.journey.attribution;

import java.util.Locale;

/**
 * Absorption probabilities and expected conversion value of an absorbing chain, by symmetric
 * Gauss-Seidel on the sparse system {@code (I - Q) x = r}.
 *
 * <p>x(s) is the probability of reaching the conversion state from s, y(s) the expected value
 * collected on conversion (reward = mean value per conversion leaving the converting state).
 * Removed states are absorbing null: x = y = 0. Self-loops are eliminated exactly by dividing by
 * {@code 1 - Q(s,s)}. Sweeps alternate direction and stop once the largest update is below {@value
 * #STEP}; the solution is then accepted only if the residual {@code max |((I - Q) x - r)(s)|} is at
 * most {@value #TOLERANCE} (relative to the largest reward for y). Q is substochastic with every
 * state able to reach an absorbing state, so the iteration converges for any start; warm-starting
 * from the full chain's solution (an upper bound when states are removed) makes it decrease
 * monotonically to the removal solution.
 */
final class AbsorptionSolver {
  static final double TOLERANCE = 1e-12;
  static final double STEP = 1e-15;
  static final int MAX_SWEEPS = 1_000_000;

  private AbsorptionSolver() {}

  /** Solves in place from the initial guesses {@code x}, {@code y}; returns the residual. */
  static double solve(MarkovChain chain, boolean[] removed, double[] x, double[] y) {
    int n = chain.stateCount;
    double yScale = 1;
    for (double r : chain.reward) {
      yScale = Math.max(yScale, r);
    }
    int[] rowStart = chain.rowStart;
    int[] col = chain.col;
    double[] prob = chain.prob;
    double[] self = chain.selfLoop;
    double[] conv = chain.convProb;
    double[] reward = chain.reward;
    for (int s = 0; s < n; s++) {
      if (removed != null && removed[s]) {
        x[s] = 0;
        y[s] = 0;
      }
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      boolean forward = (sweep & 1) == 0;
      double change = 0;
      for (int k = 0; k < n; k++) {
        int s = forward ? k : n - 1 - k;
        if (removed != null && removed[s]) {
          continue;
        }
        double sx = conv[s];
        double sy = conv[s] * reward[s];
        for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
          int t = col[e];
          sx += prob[e] * x[t];
          sy += prob[e] * y[t];
        }
        double d = 1.0 - self[s];
        double nx = sx / d;
        double ny = sy / d;
        change = Math.max(change, Math.max(Math.abs(nx - x[s]), Math.abs(ny - y[s]) / yScale));
        x[s] = nx;
        y[s] = ny;
      }
      if (change <= STEP || (sweep % 64 == 63)) {
        double residual = residual(chain, removed, x, y, yScale);
        if (residual <= TOLERANCE && change <= 1e-13) {
          return residual;
        }
      }
    }
    throw new IllegalStateException(
        String.format(
            Locale.ROOT,
            "absorbing chain solve must converge to residual %.1e within %d sweeps, was %.3e",
            TOLERANCE,
            MAX_SWEEPS,
            residual(chain, removed, x, y, yScale)));
  }

  /** {@code max_s |((I - Q) x - r)(s)|} over x and, scaled by {@code yScale}, y. */
  static double residual(
      MarkovChain chain, boolean[] removed, double[] x, double[] y, double yScale) {
    double worst = 0;
    for (int s = 0; s < chain.stateCount; s++) {
      if (removed != null && removed[s]) {
        continue;
      }
      double rx = x[s] * (1 - chain.selfLoop[s]) - chain.convProb[s];
      double ry = y[s] * (1 - chain.selfLoop[s]) - chain.convProb[s] * chain.reward[s];
      for (int e = chain.rowStart[s]; e < chain.rowStart[s + 1]; e++) {
        rx -= chain.prob[e] * x[chain.col[e]];
        ry -= chain.prob[e] * y[chain.col[e]];
      }
      worst = Math.max(worst, Math.max(Math.abs(rx), Math.abs(ry) / yScale));
    }
    return worst;
  }
}
