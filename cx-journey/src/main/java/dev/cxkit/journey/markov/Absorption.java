package dev.cxkit.journey.markov;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Absorbing-chain analysis of a {@link MarkovChain} (Kemeny &amp; Snell 1960, ch. III): with Q the
 * transient-to-transient block, N = (I - Q)^-1 the fundamental matrix, the probability of
 * absorption in conversion B = N r, the expected number of steps t = N 1 and the expected time to
 * absorption N m, where m is the mean time of a transition out of each state. Solved by LU
 * decomposition (Hipparchus) up to {@value #DENSE_LIMIT} transient states and by Gauss-Seidel
 * iteration on the sparse rows beyond.
 *
 * <pre>{@code
 * Absorption a = chain.absorption();
 * a.conversionProbability(MarkovChain.START);   // = observed conversion rate
 * a.expectedSteps(chain.state("email"));
 * }</pre>
 */
public final class Absorption {
  /** Transient states up to which a dense LU decomposition is used. */
  public static final int DENSE_LIMIT = 1500;

  private static final double TOLERANCE = 1e-13;
  private static final int MAX_SWEEPS = 1_000_000;

  private final double[] conversion;
  private final double[] steps;
  private final double[] time;

  private Absorption(double[] conversion, double[] steps, double[] time) {
    this.conversion = conversion;
    this.steps = steps;
    this.time = time;
  }

  static Absorption of(MarkovChain chain) {
    return of(chain, chain.stateCount() - 2 > DENSE_LIMIT);
  }

  static Absorption of(MarkovChain chain, boolean iterative) {
    int n = chain.stateCount();
    // transient index: every state but the two absorbing ones
    int[] index = new int[n];
    int[] state = new int[n - 2];
    int t = 0;
    for (int s = 0; s < n; s++) {
      if (s == MarkovChain.CONVERSION || s == MarkovChain.NON_CONVERSION) {
        index[s] = -1;
      } else {
        index[s] = t;
        state[t++] = s;
      }
    }
    double[] bConv = new double[t];
    double[] bSteps = new double[t];
    double[] bTime = new double[t];
    for (int i = 0; i < t; i++) {
      int s = state[i];
      long total = chain.rowTotal(s);
      if (total == 0) {
        continue; // a state never left: absorbed nowhere (cannot happen for counted paths)
      }
      bSteps[i] = 1.0;
      double dwell = 0;
      for (int k = chain.rowStart(s); k < chain.rowStart(s + 1); k++) {
        dwell += chain.dwellAt(k);
        if (chain.col(k) == MarkovChain.CONVERSION) {
          bConv[i] = (double) chain.countAt(k) / total;
        }
      }
      bTime[i] = dwell / total;
    }
    double[][] x =
        iterative
            ? gaussSeidel(chain, index, state, new double[][] {bConv, bSteps, bTime})
            : dense(chain, index, state, new double[][] {bConv, bSteps, bTime});
    double[] conv = new double[n];
    double[] st = new double[n];
    double[] tm = new double[n];
    conv[MarkovChain.CONVERSION] = 1.0;
    for (int i = 0; i < t; i++) {
      conv[state[i]] = clamp01(x[0][i]);
      st[state[i]] = Math.max(0.0, x[1][i]);
      tm[state[i]] = Math.max(0.0, x[2][i]);
    }
    return new Absorption(conv, st, tm);
  }

  private static double clamp01(double v) {
    return Math.min(1.0, Math.max(0.0, v));
  }

  private static double[][] dense(MarkovChain chain, int[] index, int[] state, double[][] rhs) {
    int t = state.length;
    double[][] a = new double[t][t];
    for (int i = 0; i < t; i++) {
      a[i][i] = 1.0;
      int s = state[i];
      long total = chain.rowTotal(s);
      for (int k = chain.rowStart(s); k < chain.rowStart(s + 1); k++) {
        int j = index[chain.col(k)];
        if (j >= 0) {
          a[i][j] -= (double) chain.countAt(k) / total;
        }
      }
    }
    RealMatrix m = new Array2DRowRealMatrix(a, false);
    DecompositionSolver solver = new LUDecomposition(m).getSolver();
    double[][] out = new double[rhs.length][];
    for (int r = 0; r < rhs.length; r++) {
      out[r] = solver.solve(new ArrayRealVector(rhs[r], false)).toArray();
    }
    return out;
  }

  private static double[][] gaussSeidel(
      MarkovChain chain, int[] index, int[] state, double[][] rhs) {
    int t = state.length;
    double[][] out = new double[rhs.length][t];
    for (int r = 0; r < rhs.length; r++) {
      double[] x = out[r];
      double[] b = rhs[r];
      int sweep = 0;
      while (true) {
        double change = 0;
        double scale = 0;
        for (int i = 0; i < t; i++) {
          int s = state[i];
          long total = chain.rowTotal(s);
          if (total == 0) {
            continue;
          }
          double sum = b[i];
          double self = 0;
          for (int k = chain.rowStart(s); k < chain.rowStart(s + 1); k++) {
            int j = index[chain.col(k)];
            if (j < 0) {
              continue;
            }
            double q = (double) chain.countAt(k) / total;
            if (j == i) {
              self = q;
            } else {
              sum += q * x[j];
            }
          }
          double v = sum / (1.0 - self);
          change = Math.max(change, Math.abs(v - x[i]));
          scale = Math.max(scale, Math.abs(v));
          x[i] = v;
        }
        if (change <= TOLERANCE * (1.0 + scale)) {
          break;
        }
        if (++sweep >= MAX_SWEEPS) {
          throw new IllegalStateException(
              "absorbing-chain solve must converge within "
                  + MAX_SWEEPS
                  + " Gauss-Seidel sweeps, last change was "
                  + change);
        }
      }
    }
    return out;
  }

  /** Probability of ending in {@link MarkovChain#CONVERSION} from state {@code s}. */
  public double conversionProbability(int s) {
    return conversion[check(s)];
  }

  /** Expected number of transitions until absorption from state {@code s} (0 if absorbing). */
  public double expectedSteps(int s) {
    return steps[check(s)];
  }

  /** Expected milliseconds until absorption from state {@code s} (0 if absorbing). */
  public double expectedMillis(int s) {
    return time[check(s)];
  }

  private int check(int s) {
    if (s < 0 || s >= conversion.length) {
      throw new IndexOutOfBoundsException(
          "state must be in 0.." + (conversion.length - 1) + ", was " + s);
    }
    return s;
  }

  @Override
  public String toString() {
    return "Absorption[P(conversion | start)=" + conversion[MarkovChain.START] + "]";
  }
}
