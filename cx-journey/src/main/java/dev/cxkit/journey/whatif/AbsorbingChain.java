package dev.cxkit.journey.whatif;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.markov.MarkovChain;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An absorbing Markov chain of journeys: named transient states (the first is {@link #START}) and
 * two absorbing states, {@link #CONVERSION} and {@link #DROP_OFF}; sparse rows of transition
 * probabilities, each summing to 1. Immutable. Conversion probability and expected steps from the
 * start solve {@code h = P h + p_conv} and {@code t = 1 + P t} over the transient states by
 * Gauss-Seidel sweeps to an absolute change below 1e-15 per sweep (relative for steps).
 *
 * {@snippet class=dev.cxkit.journey.whatif.SnippetsTest region=absorbingChain}
 */
public final class AbsorbingChain {
  /** The start state's name. */
  public static final String START = ConformanceReport.START;

  /** The absorbing conversion state's name. */
  public static final String CONVERSION = ConformanceReport.CONVERSION;

  /** The absorbing non-conversion state's name. */
  public static final String DROP_OFF = ConformanceReport.DROP_OFF;

  static final double ROW_TOLERANCE = 1e-9;
  private static final int MAX_SWEEPS = 1_000_000;

  final List<String> names;
  final Map<String, Integer> index;
  final int[][] targets;
  final double[][] probs;
  private double @Nullable [] conversion;
  private double @Nullable [] steps;

  AbsorbingChain(
      List<String> names, Map<String, Integer> index, int[][] targets, double[][] probs) {
    this.names = names;
    this.index = index;
    this.targets = targets;
    this.probs = probs;
    check();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The chain of a conformance report's aligned map walks: states are the start and the steps any
   * walk visited; probabilities are the observed transition shares.
   */
  public static AbsorbingChain fromConformance(ConformanceReport report) {
    requireNonNull(report, "report");
    Builder b = builder();
    List<String> from = new ArrayList<>();
    from.add(START);
    from.addAll(report.stepIds());
    List<String> to = new ArrayList<>(report.stepIds());
    to.add(CONVERSION);
    to.add(DROP_OFF);
    for (String f : from) {
      long total = 0;
      for (String t : to) {
        total += report.transitions(f, t);
      }
      if (total == 0) {
        continue;
      }
      for (String t : to) {
        long c = report.transitions(f, t);
        if (c > 0) {
          b.transition(f, t, (double) c / total);
        }
      }
    }
    return b.build();
  }

  /**
   * The chain of an estimated journey {@link MarkovChain} (any order; its states keep their names,
   * "(null)" becomes {@link #DROP_OFF}): for what-if analysis on event data without a map.
   *
   * @throws IllegalArgumentException if a transient state has no observed transition
   */
  public static AbsorbingChain fromMarkov(MarkovChain chain) {
    requireNonNull(chain, "chain");
    Builder b = builder();
    for (int s = 0; s < chain.stateCount(); s++) {
      if (chain.isAbsorbing(s)) {
        continue;
      }
      String from = s == MarkovChain.START ? START : chain.stateName(s);
      int[] succ = chain.successors(s);
      if (succ.length == 0) {
        throw new IllegalArgumentException(
            "state '" + from + "' must have an observed transition, was without any");
      }
      for (int t : succ) {
        String to =
            t == MarkovChain.CONVERSION
                ? CONVERSION
                : t == MarkovChain.NON_CONVERSION ? DROP_OFF : chain.stateName(t);
        b.transition(from, to, chain.probability(s, t));
      }
    }
    return b.build();
  }

  /** Transient state names, {@link #START} first. */
  public List<String> states() {
    return names;
  }

  /** Whether the chain has this transient state. */
  public boolean hasState(String state) {
    return index.containsKey(requireNonNull(state, "state"));
  }

  /** Probability of the transition (0 if absent). */
  public double probability(String from, String to) {
    int f = indexOf(from);
    int t = target(to);
    for (int k = 0; k < targets[f].length; k++) {
      if (targets[f][k] == t) {
        return probs[f][k];
      }
    }
    return 0;
  }

  /** Probability of dropping off directly from {@code state}. */
  public double dropOff(String state) {
    return probability(state, DROP_OFF);
  }

  /** Probability of conversion from the start. */
  public double conversionProbability() {
    return conversion()[0];
  }

  /** Probability of conversion from {@code state}. */
  public double conversionProbability(String state) {
    return conversion()[indexOf(state)];
  }

  /** Expected number of transitions from the start until absorption. */
  public double expectedSteps() {
    return steps()[0];
  }

  /** Expected number of visits to each transient state from the start, by name. */
  public Map<String, Double> expectedVisits() {
    double[] v = visits();
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < v.length; i++) {
      out.put(names.get(i), v[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  int indexOf(String state) {
    requireNonNull(state, "state");
    Integer i = index.get(state);
    if (i == null) {
      throw new IllegalArgumentException(
          "state must name a transient state of the chain, was '" + state + "'");
    }
    return i;
  }

  int target(String state) {
    requireNonNull(state, "state");
    if (state.equals(CONVERSION)) {
      return names.size();
    }
    if (state.equals(DROP_OFF)) {
      return names.size() + 1;
    }
    return indexOf(state);
  }

  String targetName(int t) {
    return t == names.size() ? CONVERSION : t == names.size() + 1 ? DROP_OFF : names.get(t);
  }

  private void check() {
    int n = names.size();
    for (int s = 0; s < n; s++) {
      double sum = 0;
      for (int k = 0; k < targets[s].length; k++) {
        double p = probs[s][k];
        if (!(p >= 0 && p <= 1 + ROW_TOLERANCE)) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "state '%s' transition to '%s' must be a probability in [0, 1], was %s",
                  names.get(s),
                  targetName(targets[s][k]),
                  p));
        }
        sum += p;
      }
      if (Math.abs(sum - 1) > ROW_TOLERANCE) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "state '%s' row must sum to 1 (within 1e-9), was %.12f",
                names.get(s),
                sum));
      }
    }
    // every transient state must be able to reach an absorbing state
    List<List<Integer>> reverse = new ArrayList<>();
    for (int s = 0; s < n + 2; s++) {
      reverse.add(new ArrayList<>());
    }
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < targets[s].length; k++) {
        if (probs[s][k] > 0) {
          reverse.get(targets[s][k]).add(s);
        }
      }
    }
    boolean[] ends = new boolean[n + 2];
    ArrayDeque<Integer> q = new ArrayDeque<>(List.of(n, n + 1));
    ends[n] = true;
    ends[n + 1] = true;
    while (!q.isEmpty()) {
      for (int p : reverse.get(q.poll())) {
        if (!ends[p]) {
          ends[p] = true;
          q.add(p);
        }
      }
    }
    for (int s = 0; s < n; s++) {
      if (!ends[s]) {
        throw new IllegalArgumentException(
            "state '"
                + names.get(s)
                + "' must be able to reach conversion or drop-off, was caught in a closed loop");
      }
    }
  }

  private synchronized double[] conversion() {
    if (conversion == null) {
      conversion = solve(false);
    }
    return conversion;
  }

  private synchronized double[] steps() {
    if (steps == null) {
      steps = solve(true);
    }
    return steps;
  }

  /** Gauss-Seidel for h = P h + b (b = p(conversion)) or t = P t + 1. */
  private double[] solve(boolean stepsMode) {
    int n = names.size();
    double[] x = new double[n];
    double[] b = new double[n];
    for (int s = 0; s < n; s++) {
      if (stepsMode) {
        b[s] = 1;
      } else {
        for (int k = 0; k < targets[s].length; k++) {
          if (targets[s][k] == n) {
            b[s] += probs[s][k];
          }
        }
      }
    }
    int[] order = sweepOrder();
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double change = 0;
      for (int i = order.length - 1; i >= 0; i--) {
        int s = order[i];
        double v = b[s];
        double self = 0;
        int[] ts = targets[s];
        double[] ps = probs[s];
        for (int k = 0; k < ts.length; k++) {
          int t = ts[k];
          if (t == s) {
            self = ps[k];
          } else if (t < n) {
            v += ps[k] * x[t];
          }
        }
        v = v / (1 - self);
        double d = Math.abs(v - x[s]);
        if (stepsMode) {
          d = d / Math.max(1, Math.abs(v));
        }
        if (d > change) {
          change = d;
        }
        x[s] = v;
      }
      if (change <= 1e-15) {
        return x;
      }
    }
    throw new IllegalStateException(
        "absorbing chain did not converge within " + MAX_SWEEPS + " sweeps");
  }

  /** Expected visits: solve v = e_start + P^T v. */
  private double[] visits() {
    int n = names.size();
    List<List<double[]>> incoming = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      incoming.add(new ArrayList<>());
    }
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < targets[s].length; k++) {
        if (targets[s][k] < n) {
          incoming.get(targets[s][k]).add(new double[] {s, probs[s][k]});
        }
      }
    }
    double[] v = new double[n];
    int[] order = sweepOrder();
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double change = 0;
      for (int s : order) {
        double val = s == 0 ? 1 : 0;
        double self = 0;
        for (double[] in : incoming.get(s)) {
          if ((int) in[0] == s) {
            self = in[1];
          } else {
            val += in[1] * v[(int) in[0]];
          }
        }
        val = val / (1 - self);
        change = Math.max(change, Math.abs(val - v[s]) / Math.max(1, val));
        v[s] = val;
      }
      if (change <= 1e-15) {
        return v;
      }
    }
    throw new IllegalStateException(
        "absorbing chain did not converge within " + MAX_SWEEPS + " sweeps");
  }

  /** Breadth-first order from the start (unreached states last). */
  private int[] sweepOrder() {
    int n = names.size();
    int[] order = new int[n];
    boolean[] seen = new boolean[n];
    int head = 0;
    int tail = 0;
    order[tail++] = 0;
    seen[0] = true;
    while (head < tail) {
      int s = order[head++];
      for (int t : targets[s]) {
        if (t < n && !seen[t]) {
          seen[t] = true;
          order[tail++] = t;
        }
      }
    }
    for (int s = 0; s < n; s++) {
      if (!seen[s]) {
        order[tail++] = s;
      }
    }
    return order;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "AbsorbingChain{%d states, conversion %.4f, expected steps %.3f}",
        names.size(),
        conversionProbability(),
        expectedSteps());
  }

  /**
   * Builds an {@link AbsorbingChain} transition by transition. The {@link #START} state is always
   * state 0; transitions to a state name never used as a source make a state with no row, which
   * {@link #build()} rejects.
   */
  public static final class Builder {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Map<String, Double>> rows = new ArrayList<>();

    Builder() {
      state(START);
    }

    private int state(String name) {
      Integer i = index.get(name);
      if (i != null) {
        return i;
      }
      index.put(name, names.size());
      names.add(name);
      rows.add(new LinkedHashMap<>());
      return names.size() - 1;
    }

    /** Adds (or replaces) the transition probability from {@code from} to {@code to}. */
    public Builder transition(String from, String to, double probability) {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      if (from.equals(CONVERSION) || from.equals(DROP_OFF)) {
        throw new IllegalArgumentException(
            "transition from must be a transient state, was absorbing '" + from + "'");
      }
      if (!(probability >= 0 && probability <= 1)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "transition '%s' -> '%s' probability must be in [0, 1], was %s",
                from,
                to,
                probability));
      }
      int f = state(from);
      if (!to.equals(CONVERSION) && !to.equals(DROP_OFF)) {
        state(to);
      }
      rows.get(f).put(to, probability);
      return this;
    }

    /**
     * The chain.
     *
     * @throws IllegalArgumentException naming the state and the rule when a row does not sum to 1,
     *     or a state cannot reach an absorbing state
     */
    public AbsorbingChain build() {
      int n = names.size();
      int[][] targets = new int[n][];
      double[][] probs = new double[n][];
      for (int s = 0; s < n; s++) {
        Map<String, Double> row = rows.get(s);
        targets[s] = new int[row.size()];
        probs[s] = new double[row.size()];
        int k = 0;
        for (Map.Entry<String, Double> e : row.entrySet()) {
          String t = e.getKey();
          targets[s][k] =
              t.equals(CONVERSION)
                  ? n
                  : t.equals(DROP_OFF) ? n + 1 : java.util.Objects.requireNonNull(index.get(t), t);
          probs[s][k] = e.getValue();
          k++;
        }
      }
      return new AbsorbingChain(List.copyOf(names), Map.copyOf(index), targets, probs);
    }
  }

  static double[][] copyRows(double[][] p) {
    double[][] out = new double[p.length][];
    System.arraycopy(p, 0, out, 0, p.length);
    return out;
  }

  static int[][] copyRows(int[][] p) {
    return Arrays.copyOf(p, p.length);
  }
}
