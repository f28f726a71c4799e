package dev.cxkit.journey.markov;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.paths.PathOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A maximum-likelihood Markov chain of order k estimated from {@link TransitionCounts}: a sparse
 * transition matrix (compressed rows) over the start state, the observed k-step states and the two
 * absorbing states, with its log-likelihood and information criteria. State ids: {@link #START} 0,
 * {@link #CONVERSION} 1, {@link #NON_CONVERSION} 2, observed states from 3.
 *
 * {@snippet class=dev.cxkit.journey.markov.SnippetsTest region=markovChain}
 */
public final class MarkovChain {
  /** The start state id. */
  public static final int START = 0;

  /** The absorbing conversion state id. */
  public static final int CONVERSION = 1;

  /** The absorbing non-conversion state id. */
  public static final int NON_CONVERSION = 2;

  private final int order;
  private final PathOptions options;
  private final List<String> names;
  private final int[] rowStart;
  private final int[] cols;
  private final long[] counts;
  private final long[] dwellMillis;
  private final long[] rowTotal;
  private final long observations;
  private final long journeys;
  private @Nullable Absorption absorption;

  MarkovChain(TransitionCounts c) {
    this.order = c.order;
    this.options = c.options;
    this.journeys = c.journeys;
    int n = c.states.size();
    Dictionary dict = options.dimension().dictionary(c.dictionaries);
    List<String> nm = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      nm.add(name(c.states.sequence(s), dict));
    }
    this.names = List.copyOf(nm);
    int e = c.transitions.size();
    rowStart = new int[n + 1];
    for (int i = 0; i < e; i++) {
      rowStart[(int) (c.transitions.key(i) >>> 32) + 1]++;
    }
    for (int s = 0; s < n; s++) {
      rowStart[s + 1] += rowStart[s];
    }
    long[] keys = new long[e];
    int[] fill = Arrays.copyOf(rowStart, n);
    int[] entry = new int[e];
    for (int i = 0; i < e; i++) {
      int from = (int) (c.transitions.key(i) >>> 32);
      entry[fill[from]++] = i;
    }
    cols = new int[e];
    counts = new long[e];
    dwellMillis = new long[e];
    rowTotal = new long[n];
    long total = 0;
    for (int s = 0; s < n; s++) {
      // sort each row by target state id for binary search
      int a = rowStart[s];
      int b = rowStart[s + 1];
      for (int k = a; k < b; k++) {
        keys[k] = ((c.transitions.key(entry[k]) & 0xFFFFFFFFL) << 32) | k;
      }
      Arrays.sort(keys, a, b);
      for (int k = a; k < b; k++) {
        int src = entry[(int) (keys[k] & 0xFFFFFFFFL)];
        cols[k] = (int) c.transitions.key(src);
        counts[k] = c.transitions.count(src);
        dwellMillis[k] = c.transitions.sum(src);
        rowTotal[s] += counts[k];
      }
      total += rowTotal[s];
    }
    observations = total;
  }

  private static String name(int[] tuple, Dictionary dict) {
    if (tuple.length == 1 && tuple[0] == TransitionCounts.CONVERSION_SYMBOL) {
      return "(conversion)";
    }
    if (tuple.length == 1 && tuple[0] == TransitionCounts.NULL_SYMBOL) {
      return "(null)";
    }
    StringBuilder sb = new StringBuilder();
    boolean allStart = true;
    for (int t : tuple) {
      allStart &= t == TransitionCounts.START_SYMBOL;
    }
    if (allStart) {
      return "(start)";
    }
    for (int t : tuple) {
      if (t == TransitionCounts.START_SYMBOL) {
        continue; // start padding of a higher-order state
      }
      if (sb.length() > 0) {
        sb.append(" > ");
      }
      sb.append(dict.name(t));
    }
    return tuple[0] == TransitionCounts.START_SYMBOL ? "(start) > " + sb : sb.toString();
  }

  /** The Markov order k. */
  public int order() {
    return order;
  }

  /** How paths were formed. */
  public PathOptions options() {
    return options;
  }

  /** Number of states, absorbing ones included. */
  public int stateCount() {
    return names.size();
  }

  /** State names in id order: "(start)", "(conversion)", "(null)", then "a > b" tuples. */
  public List<String> stateNames() {
    return names;
  }

  /** The name of state {@code s}. */
  public String stateName(int s) {
    return names.get(checkState(s));
  }

  /**
   * The id of the state named {@code name} (for order 1 a step name such as {@code "email"}).
   *
   * @throws IllegalArgumentException when no such state was observed
   */
  public int state(String name) {
    int s = names.indexOf(name);
    checkArgument(s >= 0, "state must be an observed state, was '%s'", name);
    return s;
  }

  /** Whether {@code s} is absorbing. */
  public boolean isAbsorbing(int s) {
    checkState(s);
    return s == CONVERSION || s == NON_CONVERSION;
  }

  /** Observed transitions out of {@code from} to {@code to}. */
  public long count(int from, int to) {
    int k = find(from, to);
    return k < 0 ? 0 : counts[k];
  }

  /**
   * P(next = {@code to} | current = {@code from}); absorbing states return to themselves with
   * probability 1.
   */
  public double probability(int from, int to) {
    checkState(to);
    if (isAbsorbing(from)) {
      return from == to ? 1.0 : 0.0;
    }
    int k = find(from, to);
    return k < 0 ? 0.0 : (double) counts[k] / rowTotal[from];
  }

  /** The states reachable in one step from {@code from}, ascending. */
  public int[] successors(int from) {
    checkState(from);
    if (isAbsorbing(from)) {
      return new int[] {from};
    }
    return Arrays.copyOfRange(cols, rowStart[from], rowStart[from + 1]);
  }

  /** Mean milliseconds spent on the transition from {@code from} to {@code to} (0 if unseen). */
  public double meanTransitionMillis(int from, int to) {
    int k = find(from, to);
    return k < 0 ? 0.0 : (double) dwellMillis[k] / counts[k];
  }

  /** Number of transitions observed (the sample size of the likelihood). */
  public long observations() {
    return observations;
  }

  /** Journeys the chain was estimated from. */
  public long journeys() {
    return journeys;
  }

  /** Log-likelihood of the observed transitions under the estimated chain. */
  public double logLikelihood() {
    double ll = 0;
    for (int s = 0; s < rowTotal.length; s++) {
      for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
        ll += counts[k] * Math.log((double) counts[k] / rowTotal[s]);
      }
    }
    return ll;
  }

  /** Free parameters: per transient state, distinct successors minus one. */
  public int parameters() {
    int p = 0;
    for (int s = 0; s < rowTotal.length; s++) {
      int d = rowStart[s + 1] - rowStart[s];
      if (d > 0) {
        p += d - 1;
      }
    }
    return p;
  }

  /** Akaike information criterion, {@code 2p - 2 ln L}. */
  public double aic() {
    return 2.0 * parameters() - 2.0 * logLikelihood();
  }

  /** Bayesian information criterion, {@code p ln n - 2 ln L}, n the number of transitions. */
  public double bic() {
    return parameters() * Math.log(observations) - 2.0 * logLikelihood();
  }

  /** The absorbing-chain analysis (computed once, then cached). */
  public Absorption absorption() {
    Absorption a = absorption;
    if (a == null) {
      a = Absorption.of(this);
      absorption = a;
    }
    return a;
  }

  // package-private raw access for Absorption
  int rowStart(int s) {
    return rowStart[s];
  }

  int col(int k) {
    return cols[k];
  }

  long countAt(int k) {
    return counts[k];
  }

  long dwellAt(int k) {
    return dwellMillis[k];
  }

  long rowTotal(int s) {
    return rowTotal[s];
  }

  private int find(int from, int to) {
    checkState(from);
    checkState(to);
    int k = Arrays.binarySearch(cols, rowStart[from], rowStart[from + 1], to);
    return k < 0 ? -1 : k;
  }

  private int checkState(int s) {
    if (s < 0 || s >= names.size()) {
      throw new IndexOutOfBoundsException(
          "state must be in 0.." + (names.size() - 1) + ", was " + s);
    }
    return s;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "MarkovChain[order=%d, %s, states=%d, transitions=%d, logLikelihood=%.3f]",
        order,
        options.dimension(),
        names.size(),
        cols.length,
        logLikelihood());
  }
}
