package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.paths.PathTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.junit.jupiter.api.Test;

/**
 * Exact removal effects of ChannelAttribution's Markov chain on the shared table, from an
 * independent oracle, against {@link MarkovAttribution} with its default window states.
 *
 * <p>The chain as ChannelAttribution builds it (read in {@code markov_model_cpp} of
 * DavideAltomare/ChannelAttribution, {@code python/src/cypack/functions.cpp}, "turn to order=1"):
 * the raw path of channels (no collapsing of touches) is cut into windows of {@code order}
 * consecutive channels, moving one channel at a time; a path shorter than the order is a single
 * state, the whole path; consecutive identical states are merged; the path's conversions plus nulls
 * are added to start → first state and to every transition between its states, its conversions to
 * last state → conversion, its nulls to last state → null. Removing a channel makes every state
 * that contains it absorbing without conversion. The package estimates the effects by simulation;
 * here they are solved exactly: dense LU (Hipparchus) for orders 1–3 and, at order 4 (3,976 states,
 * where dense LU is too slow for a unit test), Jacobi iteration {@code x ← Q x + r} from 0 to a
 * residual below 1e-15, cross-checked against LU at order 3. Strings and hash maps throughout: no
 * production code is used to build or solve the chain.
 */
class ChannelAttributionOracleTest {

  /** ChannelAttribution's chain of {@code rows} at {@code order}, as string states. */
  static final class Chain {
    final List<String> states = new ArrayList<>(); // transient, start first
    final Map<String, Integer> index = new LinkedHashMap<>();
    final List<Map<Integer, Double>> out = new ArrayList<>(); // weights to transient states
    final List<Double> conversions = new ArrayList<>();
    final List<Double> nulls = new ArrayList<>();
    final List<Double> values = new ArrayList<>();
    final List<Set<String>> channels = new ArrayList<>();

    Chain(List<AttributionFixtures.Row> rows, int order) {
      state("(start)", List.of());
      for (AttributionFixtures.Row r : rows) {
        List<String> path = r.path();
        List<List<String>> windows = new ArrayList<>();
        if (path.size() < order) {
          windows.add(path);
        } else {
          for (int i = 0; i + order <= path.size(); i++) {
            List<String> w = path.subList(i, i + order);
            if (windows.isEmpty() || !windows.get(windows.size() - 1).equals(w)) {
              windows.add(w);
            }
          }
        }
        double weight = r.conversions() + r.nulls();
        int from = 0;
        for (List<String> w : windows) {
          int to = state(String.join(" ", w), w);
          out.get(from).merge(to, weight, Double::sum);
          from = to;
        }
        conversions.set(from, conversions.get(from) + r.conversions());
        nulls.set(from, nulls.get(from) + r.nulls());
        values.set(from, values.get(from) + r.value());
      }
    }

    private int state(String name, List<String> window) {
      Integer i = index.get(name);
      if (i != null) {
        return i;
      }
      index.put(name, states.size());
      states.add(name);
      out.add(new LinkedHashMap<>());
      conversions.add(0.0);
      nulls.add(0.0);
      values.add(0.0);
      channels.add(new HashSet<>(window));
      return states.size() - 1;
    }

    int size() {
      return states.size();
    }

    double total(int s) {
      double t = conversions.get(s) + nulls.get(s);
      for (double w : out.get(s).values()) {
        t += w;
      }
      return t;
    }

    /** {P(conversion), expected value} from the start with {@code removed}'s states absorbing. */
    double[] solve(String removed, boolean lu) {
      int n = size();
      boolean[] gone = new boolean[n];
      double[] r = new double[n];
      double[] rv = new double[n];
      for (int s = 0; s < n; s++) {
        gone[s] = removed != null && channels.get(s).contains(removed);
        double t = total(s);
        double reward = conversions.get(s) > 0 ? values.get(s) / conversions.get(s) : 0;
        r[s] = gone[s] ? 0 : conversions.get(s) / t;
        rv[s] = r[s] * reward;
      }
      return lu ? lu(gone, r, rv) : jacobi(gone, r, rv);
    }

    private double[] lu(boolean[] gone, double[] r, double[] rv) {
      int n = size();
      Array2DRowRealMatrix a = new Array2DRowRealMatrix(n, n);
      for (int s = 0; s < n; s++) {
        a.setEntry(s, s, 1.0);
        if (gone[s]) {
          continue;
        }
        double t = total(s);
        for (Map.Entry<Integer, Double> e : out.get(s).entrySet()) {
          a.addToEntry(s, e.getKey(), -e.getValue() / t);
        }
      }
      DecompositionSolver solver = new LUDecomposition(a).getSolver();
      return new double[] {
        solver.solve(new ArrayRealVector(r)).getEntry(0),
        solver.solve(new ArrayRealVector(rv)).getEntry(0)
      };
    }

    private double[] jacobi(boolean[] gone, double[] r, double[] rv) {
      int n = size();
      double[] x = new double[n];
      double[] y = new double[n];
      for (int iteration = 0; iteration < 1_000_000; iteration++) {
        double[] nx = new double[n];
        double[] ny = new double[n];
        double worst = 0;
        for (int s = 0; s < n; s++) {
          if (gone[s]) {
            continue;
          }
          double t = total(s);
          double sx = r[s];
          double sy = rv[s];
          for (Map.Entry<Integer, Double> e : out.get(s).entrySet()) {
            double p = e.getValue() / t;
            sx += p * x[e.getKey()];
            sy += p * y[e.getKey()];
          }
          nx[s] = sx;
          ny[s] = sy;
          worst = Math.max(worst, Math.max(Math.abs(sx - x[s]), Math.abs(sy - y[s]) / 100));
        }
        x = nx;
        y = ny;
        if (worst < 1e-15) {
          return new double[] {x[0], y[0]};
        }
      }
      throw new AssertionError("Jacobi iteration did not converge");
    }
  }

  @Test
  void windowStatesMatchChannelAttributionsChainExactlyForOrdersOneToFour() {
    List<AttributionFixtures.Row> rows = AttributionFixtures.naiveRows();
    PathTable table = AttributionFixtures.tableOf(rows);
    int[] expectedStates = {12, 120, 933, 3975}; // transient states without the start
    for (int order = 1; order <= 4; order++) {
      Chain oracle = new Chain(rows, order);
      assertEquals(expectedStates[order - 1], oracle.size() - 1, "order " + order);
      boolean lu = order <= 3;
      double[] full = oracle.solve(null, lu);
      MarkovResult m = MarkovAttribution.builder().order(order).build().analyze(table);
      assertEquals(oracle.size(), m.states(), "order " + order);
      assertEquals(full[0], m.conversionProbability(), 1e-12 * full[0], "order " + order);
      assertEquals(full[1], m.expectedValue(), 1e-12 * full[1], "order " + order);
      for (String c : table.channels()) {
        double[] without = oracle.solve(c, lu);
        double re = 1 - without[0] / full[0];
        double reValue = 1 - without[1] / full[1];
        assertEquals(re, m.removalEffect(c), 1e-9 * re, c + " order " + order);
        assertEquals(reValue, m.valueRemovalEffects().get(c), 1e-9 * reValue, c + " value");
      }
    }
  }

  /** The two exact methods of the oracle agree where both are affordable. */
  @Test
  void jacobiAgreesWithLuAtOrderThree() {
    Chain oracle = new Chain(AttributionFixtures.naiveRows(), 3);
    for (String removed : Arrays.asList(null, "alpha", "iota")) {
      double[] lu = oracle.solve(removed, true);
      double[] jacobi = oracle.solve(removed, false);
      assertEquals(lu[0], jacobi[0], 1e-13, "P without " + removed);
      assertEquals(lu[1], jacobi[1], 1e-12 * lu[1], "V without " + removed);
      assertTrue(lu[0] > 0);
    }
  }
}
