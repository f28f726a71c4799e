package dev.cxkit.journey.attribution;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Absorption probabilities and expected conversion value of an absorbing chain: block
 * back-substitution over strongly connected components, Gauss-Seidel inside cyclic components.
 *
 * <p>x(s) is the probability of reaching the conversion state from s, y(s) the expected value
 * collected on conversion (reward = mean value per conversion leaving the converting state); both
 * solve {@code (I - Q) v = r}. Removed states are absorbing null: x = y = 0. {@link MarkovChain}
 * numbers states by component in reverse topological order, so a component's rows refer only to
 * itself and to components already solved. A one-state component is solved exactly in one step (its
 * self-loop eliminated by dividing by {@code 1 - Q(s,s)}); a cyclic component is iterated with
 * forward sweeps (in the chain's numbering, late path positions first) until the largest update is
 * below {@value #CHECK} and its residual {@code max |((I - Q) v - r)(s)|} (y relative to the
 * largest reward) is at most {@value #TARGET} ({@value #TOLERANCE} after {@value #TIGHT_SWEEPS}
 * sweeps). The returned residual is recomputed over the whole system; the error of x is at most it
 * times the largest expected number of steps to absorption. Q is substochastic and every state
 * reaches an absorbing state, so the iteration converges from any start.
 */
final class AbsorptionSolver {
  static final double TOLERANCE = 1e-12;
  static final double TARGET = 1e-14;
  static final double CHECK = 1e-13;
  static final int TIGHT_SWEEPS = 500;
  static final int MAX_SWEEPS = 1_000_000;

  private AbsorptionSolver() {}

  /** Solves in place (initial guesses in {@code x}, {@code y}); returns the global residual. */
  static double solve(MarkovChain chain, boolean @Nullable [] removed, double[] x, double[] y) {
    int n = chain.stateCount;
    double yScale = 1;
    for (double r : chain.reward) {
      yScale = Math.max(yScale, r);
    }
    for (int s = 0; s < n; s++) {
      if (removed != null && removed[s]) {
        x[s] = 0;
        y[s] = 0;
      }
    }
    int[] blocks = chain.blockStart;
    for (int b = 0; b + 1 < blocks.length; b++) {
      int lo = blocks[b];
      int hi = blocks[b + 1];
      if (hi - lo == 1) {
        update(chain, removed, x, y, lo, yScale);
        continue;
      }
      boolean solved = false;
      for (int sweep = 0; sweep < MAX_SWEEPS && !solved; sweep++) {
        double change = 0;
        for (int s = lo; s < hi; s++) {
          change = Math.max(change, update(chain, removed, x, y, s, yScale));
        }
        if (change <= CHECK) {
          double residual = residual(chain, removed, x, y, yScale, lo, hi);
          solved = residual <= (sweep < TIGHT_SWEEPS ? TARGET : TOLERANCE);
        }
      }
      if (!solved) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "absorbing chain solve must converge to residual %.1e within %d sweeps, was %.3e",
                TOLERANCE,
                MAX_SWEEPS,
                residual(chain, removed, x, y, yScale, lo, hi)));
      }
    }
    return residual(chain, removed, x, y, yScale, 0, n);
  }

  /** One Gauss-Seidel update of state s; returns the (scaled) change. */
  private static double update(
      MarkovChain chain,
      boolean @Nullable [] removed,
      double[] x,
      double[] y,
      int s,
      double yScale) {
    if (removed != null && removed[s]) {
      return 0;
    }
    double conv = chain.convProb[s];
    double sx = conv;
    double sy = conv * chain.reward[s];
    int[] col = chain.col;
    double[] prob = chain.prob;
    for (int e = chain.rowStart[s], end = chain.rowStart[s + 1]; e < end; e++) {
      int t = col[e];
      sx += prob[e] * x[t];
      sy += prob[e] * y[t];
    }
    double d = 1.0 - chain.selfLoop[s];
    double nx = sx / d;
    double ny = sy / d;
    double change = Math.max(Math.abs(nx - x[s]), Math.abs(ny - y[s]) / yScale);
    x[s] = nx;
    y[s] = ny;
    return change;
  }

  /** {@code max |((I - Q) v - r)(s)|} over states [lo, hi), y scaled by {@code yScale}. */
  static double residual(
      MarkovChain chain,
      boolean @Nullable [] removed,
      double[] x,
      double[] y,
      double yScale,
      int lo,
      int hi) {
    double worst = 0;
    for (int s = lo; s < hi; s++) {
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
