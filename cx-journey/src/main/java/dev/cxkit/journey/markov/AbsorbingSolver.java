package dev.cxkit.journey.markov;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The absorbing-chain solver of cxkit: {@code (I - Q) x = b} over the transient states of a chain
 * for two right-hand sides at once (probability and value, steps and time), and the expected visits
 * {@code (I - Q)^T v = e_start}.
 *
 * <p>The transient states are renumbered once: strongly connected components ({@link Components})
 * in reverse topological order, so that every row refers only to its own component and to
 * components solved before it; within a component by decreasing position hint (late path positions
 * first), the start last. A component of one state is solved exactly in one step (its self-loop
 * eliminated by dividing by {@code 1 - Q(s,s)}), so an acyclic chain is back-substitution. A cyclic
 * component is iterated with forward Gauss-Seidel sweeps until the largest scaled update is below
 * {@value #CHECK} and the scaled residual {@code max |((I - Q) x - b)(s)|} is at most {@value
 * #TARGET} ({@value #TOLERANCE} after {@value #TIGHT_SWEEPS} sweeps; an {@link
 * IllegalStateException} after {@value #MAX_SWEEPS}). Each right-hand side is scaled by the larger
 * of its given scale and its largest solution value, so steps and times get a relative residual. Q
 * is substochastic and every state reaches an exit, so the sweeps converge from any start; a warm
 * start only saves sweeps. Removed states are non-conversion exits: 0, and they send no visits.
 */
final class AbsorbingSolver {
  static final double TARGET = 1e-14;
  static final double TOLERANCE = 1e-12;
  static final double CHECK = 1e-13;
  static final int TIGHT_SWEEPS = 500;
  static final int MAX_SWEEPS = 1_000_000;

  final int n; // transient states
  final int[] chainState; // solve index -> chain state id
  final int[] solveIndex; // chain state id -> solve index, -1 for an exit
  private final int[] rowStart;
  private final int[] col;
  private final double[] prob;
  private final double[] self;
  private final int[] blockStart;

  /** The transposed rows (incoming transitions), built on the first {@link #visits} call. */
  private volatile @Nullable Incoming incoming;

  /** Incoming transitions of each solve index in compressed columns. */
  private record Incoming(int[] start, int[] from, double[] prob) {}

  /**
   * The solver of a chain given as compressed rows over all states (rows of {@code exit} states are
   * ignored; transitions into them are the exits); {@code position[s]} orders the states of a
   * component (larger first), {@code start} goes last.
   */
  AbsorbingSolver(
      boolean[] exit, int start, int[] rows, int[] cols, double[] probs, double[] position) {
    int states = exit.length;
    int[] local = new int[states];
    int t = 0;
    for (int s = 0; s < states; s++) {
      local[s] = exit[s] ? -1 : t++;
    }
    int[] ids = new int[t];
    int edges = 0;
    for (int s = 0; s < states; s++) {
      if (local[s] >= 0) {
        ids[local[s]] = s;
        for (int k = rows[s]; k < rows[s + 1]; k++) {
          edges += local[cols[k]] >= 0 ? 1 : 0;
        }
      }
    }
    int[] from = new int[edges];
    int[] to = new int[edges];
    for (int i = 0, e = 0; i < t; i++) {
      for (int k = rows[ids[i]]; k < rows[ids[i] + 1]; k++) {
        if (local[cols[k]] >= 0) {
          from[e] = i;
          to[e++] = local[cols[k]];
        }
      }
    }
    int[] component = Components.of(t, edges, from, to);
    Integer[] order = new Integer[t];
    for (int i = 0; i < t; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) ->
            component[a] != component[b]
                ? Integer.compare(component[a], component[b])
                : Double.compare(hint(ids[b], start, position), hint(ids[a], start, position)));
    n = t;
    chainState = new int[t];
    solveIndex = new int[states];
    Arrays.fill(solveIndex, -1);
    int[] blocks = new int[t + 1];
    int blockCount = 0;
    for (int i = 0; i < t; i++) {
      chainState[i] = ids[order[i]];
      solveIndex[chainState[i]] = i;
      if (i == 0 || component[order[i]] != component[order[i - 1]]) {
        blocks[blockCount++] = i;
      }
    }
    blocks[blockCount] = t;
    blockStart = Arrays.copyOf(blocks, blockCount + 1);
    rowStart = new int[t + 1];
    self = new double[t];
    int[] c = new int[edges];
    double[] p = new double[edges];
    int at = 0;
    for (int i = 0; i < t; i++) {
      int s = chainState[i];
      for (int k = rows[s]; k < rows[s + 1]; k++) {
        int j = solveIndex[cols[k]];
        if (j == i) {
          self[i] += probs[k];
        } else if (j >= 0) {
          c[at] = j;
          p[at++] = probs[k];
        }
      }
      rowStart[i + 1] = at;
    }
    col = Arrays.copyOf(c, at);
    prob = Arrays.copyOf(p, at);
  }

  private static double hint(int state, int start, double[] position) {
    return state == start ? Double.NEGATIVE_INFINITY : position[state];
  }

  /** Number of strongly connected components. */
  int blocks() {
    return blockStart.length - 1;
  }

  /** Number of transient-to-transient transitions with positive probability (self-loops too). */
  int transitions() {
    int loops = 0;
    for (double s : self) {
      loops += s > 0 ? 1 : 0;
    }
    return rowStart[n] + loops;
  }

  /**
   * Solves {@code (I - Q) x0 = b0} and {@code (I - Q) x1 = b1} in place (solve indices; {@code x0},
   * {@code x1} hold the start values); returns the largest scaled residual of the whole system.
   *
   * @param s0 the magnitude updates and residuals of the first system are measured against
   * @param s1 the same for the second
   * @param removed per solve index, states fixed at 0 (null for none)
   */
  double solve(
      double[] b0,
      double[] b1,
      double s0,
      double s1,
      boolean @Nullable [] removed,
      double[] x0,
      double[] x1) {
    for (int s = 0; removed != null && s < n; s++) {
      if (removed[s]) {
        x0[s] = 0;
        x1[s] = 0;
      }
    }
    for (int blk = 0; blk + 1 < blockStart.length; blk++) {
      int lo = blockStart[blk];
      int hi = blockStart[blk + 1];
      if (hi - lo == 1) {
        update(b0, b1, x0, x1, removed, lo, s0, s1);
        continue;
      }
      boolean solved = false;
      double[] max = {maxAbs(x0, lo, hi), maxAbs(x1, lo, hi)}; // the block's largest |x|
      for (int sweep = 0; sweep < MAX_SWEEPS && !solved; sweep++) {
        double change = sweep(b0, b1, x0, x1, removed, lo, hi, s0, s1, max);
        if (change <= CHECK) {
          double r = residual(b0, b1, x0, x1, removed, s0, s1, lo, hi);
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
                residual(b0, b1, x0, x1, removed, s0, s1, lo, hi)));
      }
    }
    return residual(b0, b1, x0, x1, removed, s0, s1, 0, n);
  }

  /**
   * One forward Gauss-Seidel sweep over the states [lo, hi) of a block; returns the largest change
   * relative to the scale of its system (the larger of {@code s0} or {@code s1} and the block's
   * largest |x| before the sweep, {@code max}, which then receives the largest |x| after it). The
   * same iterates and the same test as updating state by state with {@link #update}, without a pass
   * over the block per sweep to find its scale.
   */
  private double sweep(
      double[] b0,
      double[] b1,
      double[] x0,
      double[] x1,
      boolean @Nullable [] removed,
      int lo,
      int hi,
      double s0,
      double s1,
      double[] max) {
    double d0 = 0;
    double d1 = 0;
    double m0 = 0;
    double m1 = 0;
    for (int s = lo; s < hi; s++) {
      if (removed != null && removed[s]) {
        continue; // held at 0
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
      d0 = Math.max(d0, Math.abs(v0 - x0[s]));
      d1 = Math.max(d1, Math.abs(v1 - x1[s]));
      m0 = Math.max(m0, Math.abs(v0));
      m1 = Math.max(m1, Math.abs(v1));
      x0[s] = v0;
      x1[s] = v1;
    }
    double change = Math.max(d0 / Math.max(s0, max[0]), d1 / Math.max(s1, max[1]));
    max[0] = m0;
    max[1] = m1;
    return change;
  }

  /** One Gauss-Seidel update of state s; returns the largest change relative to e0, e1. */
  private double update(
      double[] b0,
      double[] b1,
      double[] x0,
      double[] x1,
      boolean @Nullable [] removed,
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

  /** {@code max |((I - Q) x - b)(s)|} over states [lo, hi), each system scaled. */
  private double residual(
      double[] b0,
      double[] b1,
      double[] x0,
      double[] x1,
      boolean @Nullable [] removed,
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

  /**
   * Expected visits to each transient state (solve indices) of a walk from {@code start} (a solve
   * index): {@code v = e_start + Q^T v}, solved block by block from the start's side; {@code
   * residual[0]} receives the largest residual relative to {@code max(1, max v)}.
   */
  double[] visits(int start, boolean @Nullable [] removed, double[] residual) {
    Incoming in = incoming();
    double[] v = new double[n];
    for (int blk = blockStart.length - 2; blk >= 0; blk--) {
      int lo = blockStart[blk];
      int hi = blockStart[blk + 1];
      for (int sweep = 0; ; sweep++) {
        double change = 0;
        double scale = 1;
        for (int s = hi - 1; s >= lo; s--) {
          double nv = inflow(in, v, removed, start, s) / (isRemoved(removed, s) ? 1 : 1 - self[s]);
          scale = Math.max(scale, Math.abs(nv));
          change = Math.max(change, Math.abs(nv - v[s]));
          v[s] = nv;
        }
        if (hi - lo == 1
            || change <= CHECK * scale
                && visitResidual(in, v, removed, start, lo, hi)
                    <= (sweep < TIGHT_SWEEPS ? TARGET : TOLERANCE)) {
          break;
        }
        if (sweep == MAX_SWEEPS) {
          throw new IllegalStateException(
              "expected visits must converge within " + MAX_SWEEPS + " sweeps");
        }
      }
    }
    residual[0] = visitResidual(in, v, removed, start, 0, n);
    return v;
  }

  private static boolean isRemoved(boolean @Nullable [] removed, int s) {
    return removed != null && removed[s];
  }

  private static double inflow(
      Incoming incoming, double[] v, boolean @Nullable [] removed, int start, int s) {
    double in = s == start ? 1 : 0;
    for (int e = incoming.start[s]; e < incoming.start[s + 1]; e++) {
      int from = incoming.from[e];
      in += isRemoved(removed, from) ? 0 : incoming.prob[e] * v[from];
    }
    return in;
  }

  private double visitResidual(
      Incoming in, double[] v, boolean @Nullable [] removed, int start, int lo, int hi) {
    double scale = Math.max(1, maxAbs(v, lo, hi));
    double worst = 0;
    for (int s = lo; s < hi; s++) {
      double keep = isRemoved(removed, s) ? 1 : 1 - self[s];
      worst = Math.max(worst, Math.abs(v[s] * keep - inflow(in, v, removed, start, s)) / scale);
    }
    return worst;
  }

  private Incoming incoming() {
    Incoming in = incoming;
    if (in == null) {
      synchronized (this) {
        in = incoming;
        if (in == null) {
          in = transpose();
          incoming = in;
        }
      }
    }
    return in;
  }

  private Incoming transpose() {
    int[] start = new int[n + 1];
    for (int c : col) {
      start[c + 1]++;
    }
    for (int s = 0; s < n; s++) {
      start[s + 1] += start[s];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] inCol = new int[col.length];
    double[] inProb = new double[col.length];
    for (int s = 0; s < n; s++) {
      for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
        int at = fill[col[e]]++;
        inCol[at] = s;
        inProb[at] = prob[e];
      }
    }
    return new Incoming(start, inCol, inProb);
  }
}
