package dev.cxkit.journey.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The one absorbing solver against a dense LU oracle (Hipparchus) on seeded random chains: cycles
 * of every size (self-loops, two-state loops, one large component), acyclic tails, removed states
 * and both right-hand sides at once (one a probability, the other of any magnitude up to 1e6), plus
 * the expected visits against the transposed system.
 */
class AbsorbingSolverTest {

  /** A random chain over {@code n} transient states (0 = start) and absorbing ids n, n + 1. */
  record RandomChain(int states, int[] rowStart, int[] cols, double[] probs) {
    boolean[] absorbing() {
      boolean[] a = new boolean[states];
      a[states - 2] = true;
      a[states - 1] = true;
      return a;
    }

    double p(int from, int to) {
      double sum = 0;
      for (int k = rowStart[from]; k < rowStart[from + 1]; k++) {
        if (cols[k] == to) {
          sum += probs[k];
        }
      }
      return sum;
    }
  }

  static RandomChain random(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    int states = n + 2;
    int[] rowStart = new int[states + 1];
    int[] cols = new int[states * 8];
    double[] probs = new double[states * 8];
    int k = 0;
    int acyclicFrom = r.nextInt(n + 1); // states beyond this only point forward: an acyclic tail
    for (int s = 0; s < n; s++) {
      int degree = 1 + r.nextInt(5);
      double[] w = new double[degree + 1];
      int[] to = new int[degree + 1];
      double sum = 0;
      for (int d = 0; d < degree; d++) {
        int lo = s >= acyclicFrom ? s + 1 : 0;
        to[d] = lo >= n ? n : lo + r.nextInt(n - lo);
        w[d] = r.nextDouble() * (r.nextInt(10) == 0 ? 20 : 1);
        sum += w[d];
      }
      to[degree] = n + r.nextInt(2); // an exit, so every state reaches absorption
      w[degree] = 0.05 + r.nextDouble() * 0.3;
      sum += w[degree];
      for (int d = 0; d <= degree; d++) {
        cols[k] = to[d];
        probs[k++] = w[d] / sum;
      }
      rowStart[s + 1] = k;
    }
    rowStart[n + 1] = k;
    rowStart[n + 2] = k;
    return new RandomChain(states, rowStart, Arrays.copyOf(cols, k), Arrays.copyOf(probs, k));
  }

  /** Dense LU solution of (I - Q) x = b with removed states fixed at 0, in chain ids. */
  static double[][] oracle(RandomChain c, double[][] b, boolean[] removed) {
    int n = c.states() - 2;
    Array2DRowRealMatrix a = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      a.setEntry(i, i, 1.0);
      if (removed[i]) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        a.addToEntry(i, j, -c.p(i, j));
      }
    }
    DecompositionSolver lu = new LUDecomposition(a).getSolver();
    double[][] out = new double[b.length][];
    for (int k = 0; k < b.length; k++) {
      double[] rhs = b[k].clone();
      for (int i = 0; i < n; i++) {
        if (removed[i]) {
          rhs[i] = 0;
        }
      }
      out[k] = lu.solve(new ArrayRealVector(rhs)).toArray();
    }
    return out;
  }

  /** Dense LU solution of v = e_start + Q'^T v, Q' without the rows of removed states. */
  static double[] visitOracle(RandomChain c, boolean[] removed) {
    int n = c.states() - 2;
    Array2DRowRealMatrix a = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      a.setEntry(i, i, 1.0);
    }
    for (int i = 0; i < n; i++) {
      if (removed[i]) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        a.addToEntry(j, i, -c.p(i, j));
      }
    }
    double[] e = new double[n];
    e[0] = 1;
    return new LUDecomposition(a).getSolver().solve(new ArrayRealVector(e)).toArray();
  }

  @Property(tries = 300)
  void matchesDenseLuWithRemovalsAndSeveralRightHandSides(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n) {
    int m = 2;
    RandomChain c = random(seed, n);
    double[] position = new double[c.states()];
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int s = 0; s < position.length; s++) {
      position[s] = r.nextDouble();
    }
    AbsorbingSolver solver =
        new AbsorbingSolver(c.absorbing(), 0, c.rowStart(), c.cols(), c.probs(), position);
    boolean[] removed = new boolean[n];
    for (int s = 1; s < n; s++) {
      removed[s] = r.nextInt(6) == 0;
    }
    double[][] b = new double[m][n];
    double[] scale = new double[m];
    for (int k = 0; k < m; k++) {
      double magnitude = k == 0 ? 1 : Math.pow(10, r.nextInt(7)); // probabilities to milliseconds
      scale[k] = 1;
      for (int s = 0; s < n; s++) {
        b[k][s] = k == 0 ? c.p(s, n) : magnitude * r.nextDouble();
        scale[k] = Math.max(scale[k], Math.abs(b[k][s]));
      }
    }
    double[][] expected = oracle(c, b, removed);
    double[][] local = new double[m][n];
    boolean[] localRemoved = new boolean[n];
    for (int i = 0; i < n; i++) {
      int s = solver.chainState[i];
      localRemoved[i] = removed[s];
      for (int k = 0; k < m; k++) {
        local[k][i] = b[k][s];
      }
    }
    double[][] x = new double[m][n];
    for (int k = 0; k < m; k++) {
      x[k] = new double[n];
      Arrays.fill(x[k], r.nextDouble()); // any start converges
    }
    double residual =
        solver.solve(local[0], local[1], scale[0], scale[1], localRemoved, x[0], x[1]);
    assertTrue(residual <= AbsorbingSolver.TOLERANCE, "residual " + residual);
    for (int k = 0; k < m; k++) {
      double size = 1;
      for (double v : expected[k]) {
        size = Math.max(size, Math.abs(v));
      }
      for (int i = 0; i < n; i++) {
        int s = solver.chainState[i];
        assertEquals(expected[k][s], x[k][i], 1e-9 * size, "rhs " + k + " state " + s);
      }
    }
    double[] visitResidual = new double[1];
    double[] v = solver.visits(solver.solveIndex[0], localRemoved, visitResidual);
    double[] expectedVisits = visitOracle(c, removed);
    double size = 1;
    for (double e : expectedVisits) {
      size = Math.max(size, e);
    }
    for (int i = 0; i < n; i++) {
      assertEquals(expectedVisits[solver.chainState[i]], v[i], 1e-9 * size, "visits " + i);
    }
    assertTrue(visitResidual[0] <= AbsorbingSolver.TOLERANCE, "visit residual " + visitResidual[0]);
  }

  /** An acyclic chain is solved in one pass, exactly as back-substitution by hand. */
  @Test
  void acyclicChainByHand() {
    // 0 -> 1 (0.5), 0 -> conv (0.25), 0 -> null (0.25); 1 -> conv (0.2), 1 -> 1 (0.6), 1 -> null
    int conv = 2;
    int nul = 3;
    int[] rowStart = {0, 3, 6, 6, 6};
    int[] cols = {1, conv, nul, conv, 1, nul};
    double[] probs = {0.5, 0.25, 0.25, 0.2, 0.6, 0.2};
    AbsorbingSolver s =
        new AbsorbingSolver(
            new boolean[] {false, false, true, true}, 0, rowStart, cols, probs, new double[4]);
    assertEquals(2, s.blocks());
    double[][] x = new double[2][2];
    double[][] b = new double[2][2];
    for (int i = 0; i < 2; i++) {
      int state = s.chainState[i];
      b[0][i] = state == 0 ? 0.25 : 0.2;
      b[1][i] = 1; // expected steps
    }
    s.solve(b[0], b[1], 1, 1, null, x[0], x[1]);
    int one = s.solveIndex[1];
    int start = s.solveIndex[0];
    assertEquals(0.5, x[0][one], 1e-15); // 0.2 / (1 - 0.6)
    assertEquals(0.25 + 0.5 * 0.5, x[0][start], 1e-15);
    assertEquals(2.5, x[1][one], 1e-15); // 1 / 0.4
    assertEquals(1 + 0.5 * 2.5, x[1][start], 1e-15);
    double[] res = new double[1];
    double[] v = s.visits(start, null, res);
    assertEquals(1.0, v[start], 1e-15);
    assertEquals(0.5 / 0.4, v[one], 1e-15);
  }
}
