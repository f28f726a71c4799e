package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * Test oracle: the removal-effect Markov model with prefix states ({@code
 * StateConstruction.PREFIXES}) built the obvious way (string states, hash maps) and solved with a
 * dense LU decomposition (Hipparchus), independently of the production code.
 */
final class NaiveMarkov {
  private final Map<String, Map<String, Double>> edges = new LinkedHashMap<>();
  private final Map<String, List<String>> windows = new HashMap<>();
  private final Map<String, Double> valueOut = new HashMap<>();
  private static final String START = "(start)";
  private static final String CONV = "(conv)";
  private static final String NULL = "(null)";

  NaiveMarkov(PathTable t, int order, boolean collapse, boolean nullState) {
    this(t, order, collapse, nullState, false);
  }

  /**
   * With {@code windowStates}, ChannelAttribution's states instead: windows of {@code order}
   * touches of the raw path (the whole path when shorter), consecutive identical windows merged
   * when {@code collapse}, a self-loop otherwise.
   */
  NaiveMarkov(PathTable t, int order, boolean collapse, boolean nullState, boolean windowStates) {
    edges.put(START, new LinkedHashMap<>());
    for (int p = 0; p < t.pathCount(); p++) {
      List<String> path = new ArrayList<>();
      for (String c : t.path(p)) {
        if (windowStates || !collapse || path.isEmpty() || !path.get(path.size() - 1).equals(c)) {
          path.add(c);
        }
      }
      List<List<String>> states = new ArrayList<>();
      for (int i = 0; i < path.size(); i++) {
        if (!windowStates) {
          states.add(path.subList(Math.max(0, i - order + 1), i + 1));
        } else if (i + order <= path.size() || (i == 0 && path.size() < order)) {
          List<String> w = path.subList(i, Math.min(path.size(), i + order));
          if (!collapse || states.isEmpty() || !states.get(states.size() - 1).equals(w)) {
            states.add(w);
          }
        }
      }
      double conv = t.conversions(p);
      double nul = nullState ? t.nulls(p) : 0;
      double w = conv + nul;
      if (w == 0) {
        continue;
      }
      String prev = START;
      for (List<String> window : states) {
        String state = String.join(",", window);
        windows.put(state, List.copyOf(window));
        edges.computeIfAbsent(state, k -> new LinkedHashMap<>());
        edges.get(prev).merge(state, w, Double::sum);
        prev = state;
      }
      edges.get(prev).merge(CONV, conv, Double::sum);
      edges.get(prev).merge(NULL, nul, Double::sum);
      valueOut.merge(prev, t.value(p), Double::sum);
    }
  }

  /** {P(conv), V} from start with the states containing {@code removed} (or none) absorbing. */
  double[] solve(String removed) {
    List<String> states = new ArrayList<>(edges.keySet());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < states.size(); i++) {
      index.put(states.get(i), i);
    }
    int n = states.size();
    Array2DRowRealMatrix a = new Array2DRowRealMatrix(n, n);
    RealVector r = new ArrayRealVector(n);
    RealVector rv = new ArrayRealVector(n);
    for (int i = 0; i < n; i++) {
      a.setEntry(i, i, 1.0);
      String s = states.get(i);
      if (removed != null && !s.equals(START) && windows.get(s).contains(removed)) {
        continue;
      }
      Map<String, Double> out = edges.get(s);
      double total = out.values().stream().mapToDouble(Double::doubleValue).sum();
      double conv = out.getOrDefault(CONV, 0.0);
      double reward = conv > 0 ? valueOut.get(s) / conv : 0;
      for (Map.Entry<String, Double> e : out.entrySet()) {
        if (e.getKey().equals(CONV)) {
          r.setEntry(i, e.getValue() / total);
          rv.setEntry(i, e.getValue() / total * reward);
        } else if (!e.getKey().equals(NULL)) {
          int j = index.get(e.getKey());
          a.addToEntry(i, j, -e.getValue() / total);
        }
      }
    }
    LUDecomposition lu = new LUDecomposition(a);
    int start = index.get(START);
    return new double[] {
      lu.getSolver().solve(r).getEntry(start), lu.getSolver().solve(rv).getEntry(start)
    };
  }

  /** Removal effects (conversion) per channel of {@code t}. */
  double[] removalEffects(PathTable t) {
    double p = solve(null)[0];
    double[] out = new double[t.channelCount()];
    for (int c = 0; c < out.length; c++) {
      out[c] = p > 0 ? 1 - solve(t.channel(c))[0] / p : 0;
    }
    return out;
  }

  /** Value removal effects per channel of {@code t}. */
  double[] valueRemovalEffects(PathTable t) {
    double v = solve(null)[1];
    double[] out = new double[t.channelCount()];
    for (int c = 0; c < out.length; c++) {
      out[c] = v > 0 ? 1 - solve(t.channel(c))[1] / v : 0;
    }
    return out;
  }
}
