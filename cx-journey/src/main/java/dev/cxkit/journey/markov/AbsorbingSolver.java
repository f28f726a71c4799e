package dev.cxkit.journey.markov;

import java.util.Arrays;
import java.util.Locale;

/**
 * The absorbing-chain solver of cxkit: {@code (I - Q) x = b} over the transient states of a chain
 * for several right-hand sides at once, and the expected visits {@code (I - Q)^T v = e_start}.
 *
 * <p>The transient states are renumbered once: strongly connected components ({@link Components})
 * in reverse topological order, so that every row refers only to its own component and to
 * components solved before it; within a component by decreasing position hint (late path positions
 * first), the start state last. A component of one state is solved exactly in one step (its
 * self-loop eliminated by dividing by {@code 1 - Q(s,s)}); an acyclic chain is therefore plain
 * back-substitution. A cyclic component is iterated with forward Gauss-Seidel sweeps until the
 * largest scaled update is below {@value #CHECK} and its scaled residual {@code max |((I - Q) x -
 * b)(s)|} is at most {@value #TARGET} ({@value #TOLERANCE} after {@value #TIGHT_SWEEPS} sweeps; an
 * {@link IllegalStateException} after {@value #MAX_SWEEPS}). Each right-hand side is scaled by the
 * larger of its given scale and its largest solution value, so expected steps and times are held to
 * a relative residual. Q is substochastic and every state reaches an absorbing state, so the sweeps
 * converge from any start; a warm start (for example the solution without a removal) only saves
 * sweeps.
 *
 * <p>Removed states are absorbing non-conversion: their solution is 0 and they send no visits.
 */
final class AbsorbingSolver {
  static final double TARGET = 1e-14;
  static final double TOLERANCE = 1e-12;
  static final double CHECK = 1e-13;
  static final int TIGHT_SWEEPS = 500;
  static final int MAX_SWEEPS = 1_000_000;

  /** Number of transient states. */
  final int n;

  /** Chain state id of each solve index. */
  final int[] chainState;

  /** Solve index of each chain state id, -1 for absorbing states. */
  final int[] solveIndex;

  private final int[] rowStart;
  private final int[] col;
  private final double[] prob;
  private final double[] self;
  private final int[] blockStart;
  private int[] inCol;
  private double[] inProb;
  private volatile int[] inStart; // written last: publishes inCol and inProb

  private AbsorbingSolver(
      int[] chainState,
      int[] solveIndex,
      int[] rowStart,
      int[] col,
      double[] prob,
      double[] self,
      int[] blockStart) {
    this.n = chainState.length;
    this.chainState = chainState;
    this.solveIndex = solveIndex;
    this.rowStart = rowStart;
    this.col = col;
    this.prob = prob;
    this.self = self;
    this.blockStart = blockStart;
  }

  /**
   * The solver of a chain given as compressed rows over all {@code stateCount} states ({@code
   * absorbing[s]} rows are ignored; transitions into absorbing states are the exits); {@code
   * position[s]} orders the states within a component (larger first), {@code start} goes last.
   */
  static AbsorbingSolver of(
      boolean[] absorbing,
      int start,
      int[] chainRowStart,
      int[] chainCols,
      double[] chainProbs,
      double[] position) {
    int states = absorbing.length;
    int[] local = new int[states];
    int t = 0;
    for (int s = 0; s < states; s++) {
      local[s] = absorbing[s] ? -1 : t++;
    }
    int[] ids = new int[t];
    for (int s = 0; s < states; s++) {
      if (local[s] >= 0) {
        ids[local[s]] = s;
      }
    }
    int edges = 0;
    for (int i = 0; i < t; i++) {
      int s = ids[i];
      for (int k = chainRowStart[s]; k < chainRowStart[s + 1]; k++) {
        if (local[chainCols[k]] >= 0) {
          edges++;
        }
      }
    }
    int[] from = new int[edges];
    int[] to = new int[edges];
    int e = 0;
    for (int i = 0; i < t; i++) {
      int s = ids[i];
      for (int k = chainRowStart[s]; k < chainRowStart[s + 1]; k++) {
        int j = local[chainCols[k]];
        if (j >= 0) {
          from[e] = i;
          to[e++] = j;
        }
      }
    }
    int[] component = Components.of(t, edges, from, to);
    Integer[] order = new Integer[t];
    double[] hint = new double[t];
    for (int i = 0; i < t; i++) {
      order[i] = i;
      hint[i] = ids[i] == start ? Double.NEGATIVE_INFINITY : position[ids[i]];
    }
    Arrays.sort(
        order,
        (a, b) ->
            component[a] != component[b]
                ? Integer.compare(component[a], component[b])
                : Double.compare(hint[b], hint[a]));
    int[] newId = new int[t];
    int[] chainState = new int[t];
    int[] blocks = new int[t + 1];
    int blockCount = 0;
    for (int i = 0; i < t; i++) {
      newId[order[i]] = i;
      chainState[i] = ids[order[i]];
      if (i == 0 || component[order[i]] != component[order[i - 1]]) {
        blocks[blockCount++] = i;
      }
    }
    blocks[blockCount] = t;
    int[] solveIndex = new int[states];
    Arrays.fill(solveIndex, -1);
    for (int i = 0; i < t; i++) {
      solveIndex[chainState[i]] = i;
    }
    int[] rowStart = new int[t + 1];
    double[] self = new double[t];
    for (int i = 0; i < t; i++) {
      int s = chainState[i];
      int count = 0;
      for (int k = chainRowStart[s]; k < chainRowStart[s + 1]; k++) {
        int j = solveIndex[chainCols[k]];
        if (j == i) {
          self[i] += chainProbs[k];
        } else if (j >= 0) {
          count++;
        }
      }
      rowStart[i + 1] = rowStart[i] + count;
    }
    int[] col = new int[rowStart[t]];
    double[] prob = new double[rowStart[t]];
    for (int i = 0; i < t; i++) {
      int s = chainState[i];
      int at = rowStart[i];
      for (int k = chainRowStart[s]; k < chainRowStart[s + 1]; k++) {
        int j = solveIndex[chainCols[k]];
        if (j >= 0 && j != i) {
          col[at] = j;
          prob[at++] = chainProbs[k];
        }
      }
    }
    return new AbsorbingSolver(
        chainState, solveIndex, rowStart, col, prob, self, Arrays.copyOf(blocks, blockCount + 1));
  }

  /** Number of strongly connected components. */
  int blocks() {
    return blockStart.length - 1;
  }

  /** Number of transient-to-transient transitions with positive probability (self-loops too). */
  int transitions() {
    int selfLoops = 0;
    for (double s : self) {
      if (s > 0) {
        selfLoops++;
      }
    }
    return col.length + selfLoops;
  }

  /**
   * Solves {@code (I - Q) x_k = b_k} for the {@code m = b.length} right-hand sides in place: {@code
   * x[k]} holds the start values and receives the solution (solve indices throughout). Returns the
   * largest scaled residual over the whole system.
   *
   * @param scale per right-hand side, the magnitude its updates and residuals are measured against
   * @param removed per solve index, states fixed at 0 (null for none)
   */
  double solve(double[][] b, double[] scale, boolean[] removed, double[][] x) {
    int m = b.length;
    if (m == 2) {
      return solvePair(b[0], b[1], scale[0], scale[1], removed, x[0], x[1]);
    }
    double[] bi = interleave(b, m);
    double[] xi = interleave(x, m);
    if (removed != null) {
      for (int s = 0; s < n; s++) {
        if (removed[s]) {
          Arrays.fill(xi, s * m, s * m + m, 0.0);
        }
      }
    }
    double[] acc = new double[m];
    double[] eff = new double[m];
    for (int blk = 0; blk + 1 < blockStart.length; blk++) {
      int lo = blockStart[blk];
      int hi = blockStart[blk + 1];
      if (hi - lo == 1) {
        update(bi, xi, removed, m, lo, acc, scale);
        continue;
      }
      boolean solved = false;
      for (int sweep = 0; sweep < MAX_SWEEPS && !solved; sweep++) {
        double change = 0;
        effectiveScale(xi, m, lo, hi, scale, eff);
        for (int s = lo; s < hi; s++) {
          change = Math.max(change, update(bi, xi, removed, m, s, acc, eff));
        }
        if (change <= CHECK) {
          double r = residual(bi, xi, removed, m, scale, lo, hi);
          solved = r <= (sweep < TIGHT_SWEEPS ? TARGET : TOLERANCE);
        }
      }
      if (!solved) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "absorbing chain solve must converge to residual %.1e within %d sweeps, was %.3e",
                TOLERANCE,
                MAX_SWEEPS,
                residual(bi, xi, removed, m, scale, lo, hi)));
      }
    }
    for (int k = 0; k < m; k++) {
      for (int s = 0; s < n; s++) {
        x[k][s] = xi[s * m + k];
      }
    }
    return residual(bi, xi, removed, m, scale, 0, n);
  }

  /** {@link #solve} for two right-hand sides (probability and value, steps and time). */
  private double solvePair(
      double[] b0, double[] b1, double s0, double s1, boolean[] removed, double[] x0, double[] x1) {
    if (removed != null) {
      for (int s = 0; s < n; s++) {
        if (removed[s]) {
          x0[s] = 0;
          x1[s] = 0;
        }
      }
    }
    for (int blk = 0; blk + 1 < blockStart.length; blk++) {
      int lo = blockStart[blk];
      int hi = blockStart[blk + 1];
      if (hi - lo == 1) {
        updatePair(b0, b1, x0, x1, removed, lo, s0, s1);
        continue;
      }
      boolean solved = false;
      for (int sweep = 0; sweep < MAX_SWEEPS && !solved; sweep++) {
        double e0 = Math.max(s0, maxAbs(x0, lo, hi));
        double e1 = Math.max(s1, maxAbs(x1, lo, hi));
        double change = 0;
        for (int s = lo; s < hi; s++) {
          change = Math.max(change, updatePair(b0, b1, x0, x1, removed, s, e0, e1));
        }
        if (change <= CHECK) {
          double r = residualPair(b0, b1, x0, x1, removed, s0, s1, lo, hi);
          solved = r <= (sweep < TIGHT_SWEEPS ? TARGET : TOLERANCE);
        }
      }
      if (!solved) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "absorbing chain solve must converge to residual %.1e within %d sweeps, was %.3e",
                TOLERANCE,
                MAX_SWEEPS,
                residualPair(b0, b1, x0, x1, removed, s0, s1, lo, hi)));
      }
    }
    return residualPair(b0, b1, x0, x1, removed, s0, s1, 0, n);
  }

  private double updatePair(
      double[] b0,
      double[] b1,
      double[] x0,
      double[] x1,
      boolean[] removed,
      int s,
      double e0,
      double e1) {
    if (removed != null && removed[s]) {
      return 0;
    }
    double a0 = b0[s];
    double a1 = b1[s];
    for (int e = rowStart[s], end = rowStart[s + 1]; e < end; e++) {
      int t = col[e];
      double p = prob[e];
      a0 += p * x0[t];
      a1 += p * x1[t];
    }
    double d = 1.0 - self[s];
    double v0 = a0 / d;
    double v1 = a1 / d;
    double change = Math.max(Math.abs(v0 - x0[s]) / e0, Math.abs(v1 - x1[s]) / e1);
    x0[s] = v0;
    x1[s] = v1;
    return change;
  }

  private double residualPair(
      double[] b0,
      double[] b1,
      double[] x0,
      double[] x1,
      boolean[] removed,
      double s0,
      double s1,
      int lo,
      int hi) {
    double e0 = Math.max(s0, maxAbs(x0, lo, hi));
    double e1 = Math.max(s1, maxAbs(x1, lo, hi));
    double worst = 0;
    for (int s = lo; s < hi; s++) {
      if (removed != null && removed[s]) {
        continue;
      }
      double r0 = x0[s] * (1 - self[s]) - b0[s];
      double r1 = x1[s] * (1 - self[s]) - b1[s];
      for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
        r0 -= prob[e] * x0[col[e]];
        r1 -= prob[e] * x1[col[e]];
      }
      worst = Math.max(worst, Math.max(Math.abs(r0) / e0, Math.abs(r1) / e1));
    }
    return worst;
  }

  private static double maxAbs(double[] x, int lo, int hi) {
    double m = 0;
    for (int s = lo; s < hi; s++) {
      m = Math.max(m, Math.abs(x[s]));
    }
    return m;
  }

  private static double[] interleave(double[][] v, int m) {
    int len = v[0].length;
    double[] out = new double[len * m];
    for (int k = 0; k < m; k++) {
      double[] vk = v[k];
      for (int s = 0; s < len; s++) {
        out[s * m + k] = vk[s];
      }
    }
    return out;
  }

  /** One Gauss-Seidel update of state s; returns the largest change relative to {@code scale}. */
  private double update(
      double[] b, double[] x, boolean[] removed, int m, int s, double[] acc, double[] scale) {
    if (removed != null && removed[s]) {
      return 0;
    }
    int base = s * m;
    System.arraycopy(b, base, acc, 0, m);
    for (int e = rowStart[s], end = rowStart[s + 1]; e < end; e++) {
      int t = col[e] * m;
      double p = prob[e];
      for (int k = 0; k < m; k++) {
        acc[k] += p * x[t + k];
      }
    }
    double d = 1.0 - self[s];
    double change = 0;
    for (int k = 0; k < m; k++) {
      double v = acc[k] / d;
      change = Math.max(change, Math.abs(v - x[base + k]) / scale[k]);
      x[base + k] = v;
    }
    return change;
  }

  private static void effectiveScale(
      double[] x, int m, int lo, int hi, double[] scale, double[] eff) {
    for (int k = 0; k < m; k++) {
      double e = scale[k];
      for (int s = lo; s < hi; s++) {
        e = Math.max(e, Math.abs(x[s * m + k]));
      }
      eff[k] = e;
    }
  }

  /** {@code max |((I - Q) x - b)(s)|} over states [lo, hi), each right-hand side scaled. */
  private double residual(
      double[] b, double[] x, boolean[] removed, int m, double[] scale, int lo, int hi) {
    double[] eff = new double[m];
    effectiveScale(x, m, lo, hi, scale, eff);
    double worst = 0;
    for (int s = lo; s < hi; s++) {
      if (removed != null && removed[s]) {
        continue;
      }
      for (int k = 0; k < m; k++) {
        double r = x[s * m + k] * (1 - self[s]) - b[s * m + k];
        for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
          r -= prob[e] * x[col[e] * m + k];
        }
        worst = Math.max(worst, Math.abs(r) / eff[k]);
      }
    }
    return worst;
  }

  /**
   * Expected visits to each transient state (solve indices) of a walk from {@code start} (a solve
   * index): {@code v = e_start + Q^T v}, removed states receiving visits but sending none. {@code
   * residual[0]} receives the largest residual relative to {@code max(1, max v)}.
   */
  double[] visits(int start, boolean[] removed, double[] residual) {
    transpose();
    double[] v = new double[n];
    for (int blk = blockStart.length - 2; blk >= 0; blk--) {
      int lo = blockStart[blk];
      int hi = blockStart[blk + 1];
      boolean solved = false;
      for (int sweep = 0; sweep < MAX_SWEEPS && !solved; sweep++) {
        double change = 0;
        double scale = 1;
        for (int s = hi - 1; s >= lo; s--) {
          double nv = inflow(v, removed, start, s) / (isRemoved(removed, s) ? 1 : 1 - self[s]);
          scale = Math.max(scale, Math.abs(nv));
          change = Math.max(change, Math.abs(nv - v[s]));
          v[s] = nv;
        }
        if (hi - lo == 1) {
          break;
        }
        if (change <= CHECK * scale) {
          double r = visitResidual(v, removed, start, lo, hi);
          solved = r <= (sweep < TIGHT_SWEEPS ? TARGET : TOLERANCE);
        }
        if (!solved && sweep + 1 == MAX_SWEEPS) {
          throw new IllegalStateException(
              String.format(
                  Locale.ROOT,
                  "expected visits must converge to residual %.1e within %d sweeps, was %.3e",
                  TOLERANCE,
                  MAX_SWEEPS,
                  visitResidual(v, removed, start, lo, hi)));
        }
      }
    }
    residual[0] = visitResidual(v, removed, start, 0, n);
    return v;
  }

  private static boolean isRemoved(boolean[] removed, int s) {
    return removed != null && removed[s];
  }

  private double inflow(double[] v, boolean[] removed, int start, int s) {
    double in = s == start ? 1 : 0;
    for (int e = inStart[s]; e < inStart[s + 1]; e++) {
      int from = inCol[e];
      if (!isRemoved(removed, from)) {
        in += inProb[e] * v[from];
      }
    }
    return in;
  }

  private double visitResidual(double[] v, boolean[] removed, int start, int lo, int hi) {
    double scale = 1;
    for (int s = lo; s < hi; s++) {
      scale = Math.max(scale, Math.abs(v[s]));
    }
    double worst = 0;
    for (int s = lo; s < hi; s++) {
      double keep = isRemoved(removed, s) ? 1 : 1 - self[s];
      worst = Math.max(worst, Math.abs(v[s] * keep - inflow(v, removed, start, s)) / scale);
    }
    return worst;
  }

  private synchronized void transpose() {
    if (inStart != null) {
      return;
    }
    int[] start = new int[n + 1];
    for (int c : col) {
      start[c + 1]++;
    }
    for (int s = 0; s < n; s++) {
      start[s + 1] += start[s];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] from = new int[col.length];
    double[] p = new double[col.length];
    for (int s = 0; s < n; s++) {
      for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
        int at = fill[col[e]]++;
        from[at] = s;
        p[at] = prob[e];
      }
    }
    inCol = from;
    inProb = p;
    inStart = start;
  }
}
