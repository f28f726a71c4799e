package dev.cxkit.journey.markov;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkState;

import dev.cxkit.model.internal.ExactMath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable absorbing Markov chain of journeys: the start state, named transient states and two
 * absorbing exits, conversion and non-conversion, with sparse rows of transition probabilities.
 * State ids: {@link #START} 0, {@link #CONVERSION} 1, {@link #NON_CONVERSION} 2, the other states
 * from 3. A chain is estimated by {@link TransitionCounts} (maximum likelihood, with counts, mean
 * transition times, conversion values as rewards and the steps each state is made of), built by
 * hand with {@link #builder()}, or derived from another by a row edit ({@link #withRow}, {@link
 * #withState}) for what-if analysis. Every row sums to 1 and every state reaches an exit.
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

  /** The start state's name. */
  public static final String START_NAME = "(start)";

  /** The conversion state's name. */
  public static final String CONVERSION_NAME = "(conversion)";

  /** The non-conversion state's name; {@value #DROP_OFF_NAME} names it too. */
  public static final String NULL_NAME = "(null)";

  /** Another name of the non-conversion state, as journey maps call it. */
  public static final String DROP_OFF_NAME = "(drop-off)";

  static final double ROW_TOLERANCE = 1e-9;

  final String[] names;
  final int[] rowStart;
  final int[] cols;
  final double[] probs;
  final long @Nullable [] counts; // per entry, when estimated
  final double @Nullable [] millis; // mean milliseconds per entry, when known
  final double @Nullable [] reward; // mean value per conversion leaving each state
  final double[] position; // solve-order hint: later path positions first
  final int[][] symbolsOf; // distinct steps each state is made of
  final List<String> symbols;
  final int order;
  final String source;
  final long journeys;
  private volatile @Nullable Map<String, Integer> index;
  private volatile @Nullable AbsorbingSolver solver;
  private volatile @Nullable Absorption absorption;

  MarkovChain(
      String[] names,
      int[] rowStart,
      int[] cols,
      double[] probs,
      long @Nullable [] counts,
      double @Nullable [] millis,
      double @Nullable [] reward,
      double[] position,
      int[][] symbolsOf,
      List<String> symbols,
      int order,
      String source,
      long journeys) {
    this.names = names;
    this.rowStart = rowStart;
    this.cols = cols;
    this.probs = probs;
    this.counts = counts;
    this.millis = millis;
    this.reward = reward;
    this.position = position;
    this.symbolsOf = symbolsOf;
    this.symbols = symbols;
    this.order = order;
    this.source = source;
    this.journeys = journeys;
  }

  /** A builder of a chain by hand; state {@link #START_NAME} is always there. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Markov order k (1 for a chain built by hand). */
  public int order() {
    return order;
  }

  /** Number of states, absorbing ones included. */
  public int stateCount() {
    return names.length;
  }

  /** State names in id order: "(start)", "(conversion)", "(null)", then the other states. */
  public List<String> stateNames() {
    return Collections.unmodifiableList(Arrays.asList(names));
  }

  /** The name of state {@code s}. */
  public String stateName(int s) {
    return names[checkId(s)];
  }

  /** Whether a state has this name ({@value #DROP_OFF_NAME} names the non-conversion state). */
  public boolean hasState(String name) {
    return find(name) >= 0;
  }

  /**
   * The id of the state named {@code name} (for order 1 a step name such as {@code "email"}).
   *
   * @throws IllegalArgumentException when there is no such state
   */
  public int state(String name) {
    int s = find(name);
    checkArgument(s >= 0, "state must be an observed state, was '%s'", name);
    return s;
  }

  int find(String name) {
    if (name.equals(DROP_OFF_NAME)) {
      return NON_CONVERSION;
    }
    Map<String, Integer> m = index;
    if (m == null) {
      m = new HashMap<>();
      for (int s = 0; s < names.length; s++) {
        m.put(names[s], s);
      }
      index = m;
    }
    Integer s = m.get(name);
    return s == null ? -1 : s;
  }

  /** Whether {@code s} is absorbing. */
  public boolean isAbsorbing(int s) {
    checkId(s);
    return s == CONVERSION || s == NON_CONVERSION;
  }

  /** The states reachable in one step from {@code from}, ascending (an exit returns to itself). */
  public int[] successors(int from) {
    if (isAbsorbing(from)) {
      return new int[] {from};
    }
    int[] out = Arrays.copyOfRange(cols, rowStart[from], rowStart[from + 1]);
    Arrays.sort(out);
    return out;
  }

  /**
   * P(next = {@code to} | current = {@code from}); an exit returns to itself with probability 1.
   */
  public double probability(int from, int to) {
    checkId(to);
    if (isAbsorbing(from)) {
      return from == to ? 1.0 : 0.0;
    }
    int k = entry(from, to);
    return k < 0 ? 0.0 : probs[k];
  }

  /**
   * Observed transitions from {@code from} to {@code to}.
   *
   * @throws IllegalStateException for a chain built by hand or edited (it has no counts)
   */
  public long count(int from, int to) {
    long[] c = counted();
    int k = entry(from, to);
    return k < 0 ? 0 : c[k];
  }

  /**
   * Mean milliseconds of the transition from {@code from} to {@code to} (0 if unseen or untimed).
   */
  public double meanTransitionMillis(int from, int to) {
    int k = entry(from, to);
    return k < 0 || millis == null ? 0.0 : millis[k];
  }

  /** Mean conversion value per conversion from state {@code s} (0 without values). */
  public double reward(int s) {
    checkId(s);
    return reward == null ? 0.0 : reward[s];
  }

  /**
   * The names of the steps states are made of: the channels, touchpoints, types or stages of the
   * paths counted, or for a chain built by hand its transient states other than the start.
   */
  public List<String> symbols() {
    return symbols;
  }

  /** The distinct steps (indices into {@link #symbols()}) state {@code s} is made of. */
  public int[] symbolsOf(int s) {
    return symbolsOf[checkId(s)].clone();
  }

  /** Number of transitions observed (the sample size of the likelihood). */
  public long observations() {
    return ExactMath.sum("observed transitions", counted());
  }

  /** Journeys (or path-table journeys) the chain was estimated from; 0 for a chain by hand. */
  public long journeys() {
    return journeys;
  }

  /** Log-likelihood of the observed transitions under the estimated chain. */
  public double logLikelihood() {
    long[] c = counted();
    double ll = 0;
    for (int k = 0; k < c.length; k++) {
      ll += c[k] * Math.log(probs[k]);
    }
    return ll;
  }

  /** Free parameters: per transient state, distinct successors minus one. */
  public int parameters() {
    int p = 0;
    for (int s = 0; s < names.length; s++) {
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
    return parameters() * Math.log(observations()) - 2.0 * logLikelihood();
  }

  /** The absorbing-chain analysis of this chain (solved once, then cached). */
  public Absorption absorption() {
    Absorption a = absorption;
    if (a == null) {
      a = new Absorption(this, null, null);
      absorption = a;
    }
    return a;
  }

  /**
   * The analysis with step {@code symbol} removed: every state made of it becomes a non-conversion
   * exit (the removal effect of Anderl et al. 2016 is {@code 1 - P_without / P}). Solved from the
   * full solution as a start; thread-safe, so removals can run in parallel.
   */
  public Absorption absorptionWithout(int symbol) {
    checkArgument(
        symbol >= 0 && symbol < symbols.size(),
        "symbol must be in 0..%s, was %s",
        symbols.size() - 1,
        symbol);
    boolean[] removed = new boolean[names.length];
    for (int s = 0; s < names.length; s++) {
      for (int c : symbolsOf[s]) {
        removed[s] |= c == symbol;
      }
    }
    return new Absorption(this, removed, absorption());
  }

  AbsorbingSolver solver() {
    AbsorbingSolver s = solver;
    if (s == null) {
      boolean[] absorbing = new boolean[names.length];
      absorbing[CONVERSION] = true;
      absorbing[NON_CONVERSION] = true;
      s = new AbsorbingSolver(absorbing, START, rowStart, cols, probs, position);
      solver = s;
    }
    return s;
  }

  /** Number of transient-to-transient transitions with positive probability (self-loops too). */
  public int transientTransitions() {
    return solver().transitions();
  }

  /**
   * This chain with the row of transient state {@code s} replaced by {@code targets} with {@code
   * probabilities} (a row edit for what-if analysis); mean times of kept transitions are kept,
   * counts dropped.
   *
   * @throws IllegalArgumentException naming the state and the rule when the row is not a
   *     probability distribution or a state can no longer reach an exit
   */
  public MarkovChain withRow(int s, int[] targets, double[] probabilities) {
    return withRows(new int[] {s}, new int[][] {targets}, new double[][] {probabilities});
  }

  /** {@link #withRow} for several rows at once ({@code states[i]} gets row i). */
  public MarkovChain withRows(int[] states, int[][] targets, double[][] probabilities) {
    for (int s : states) {
      checkArgument(!isAbsorbing(s), "row must be of a transient state, was '%s'", names[s]);
    }
    return Rows.edit(this, names, states, targets, probabilities);
  }

  /**
   * This chain with a new transient state {@code name} (id {@link #stateCount()}) whose row is
   * {@code targets} with {@code probabilities}; it is made of no step. No row leads to it yet: edit
   * one with {@link #withRow}.
   */
  public MarkovChain withState(String name, int[] targets, double[] probabilities) {
    checkArgument(find(name) < 0, "state name must be new, was '%s'", name);
    String[] more = Arrays.copyOf(names, names.length + 1);
    more[names.length] = name;
    return Rows.edit(
        this,
        more,
        new int[] {names.length},
        new int[][] {targets},
        new double[][] {probabilities});
  }

  /** The entry of {@code from -> to} in the rows, or -1. */
  int entry(int from, int to) {
    checkId(from);
    checkId(to);
    for (int k = rowStart[from], end = rowStart[from + 1]; k < end; k++) {
      if (cols[k] == to) {
        return k;
      }
    }
    return -1;
  }

  private long[] counted() {
    long[] c = counts;
    checkState(c != null, "chain must be estimated from counts, was built by hand or edited");
    return c;
  }

  private int checkId(int s) {
    if (s < 0 || s >= names.length) {
      throw new IndexOutOfBoundsException(
          "state must be in 0.." + (names.length - 1) + ", was " + s);
    }
    return s;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "MarkovChain[order=%d, %s, states=%d, transitions=%d%s]",
        order,
        source,
        names.length,
        cols.length,
        counts == null ? "" : String.format(Locale.ROOT, ", logLikelihood=%.3f", logLikelihood()));
  }

  /**
   * Builds a {@link MarkovChain} transition by transition. {@link #START_NAME} is state 0, {@link
   * #CONVERSION_NAME} and {@link #NULL_NAME} (or {@link #DROP_OFF_NAME}) are the exits; other
   * states are numbered in order of first mention. A transition named twice keeps its last
   * probability.
   */
  public static final class Builder {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Map<Integer, Double>> rows = new ArrayList<>();

    Builder() {
      state(START_NAME);
      state(CONVERSION_NAME);
      state(NULL_NAME);
      index.put(DROP_OFF_NAME, NON_CONVERSION);
    }

    private int state(String name) {
      Integer i = index.get(name);
      if (i != null) {
        return i;
      }
      index.put(name, names.size());
      names.add(name);
      rows.add(new java.util.LinkedHashMap<>());
      return names.size() - 1;
    }

    /** Adds (or replaces) the transition probability from {@code from} to {@code to}. */
    public Builder transition(String from, String to, double probability) {
      int f = state(checkName(from, "from"));
      checkArgument(
          f != CONVERSION && f != NON_CONVERSION,
          "transition from must be a transient state, was absorbing '%s'",
          from);
      checkArgument(
          probability >= 0 && probability <= 1,
          "transition '%s' -> '%s' probability must be in [0, 1], was %s",
          from,
          to,
          probability);
      rows.get(f).put(state(checkName(to, "to")), probability);
      return this;
    }

    private static String checkName(@Nullable String name, String field) {
      checkArgument(
          name != null && !name.isBlank(), "%s state must be named, was '%s'", field, name);
      return name;
    }

    /**
     * The chain.
     *
     * @throws IllegalArgumentException naming the state and the rule when a row does not sum to 1,
     *     or a state cannot reach an exit
     */
    public MarkovChain build() {
      int n = names.size();
      int[] rowStart = new int[n + 1];
      for (int s = 0; s < n; s++) {
        rowStart[s + 1] = rowStart[s] + rows.get(s).size();
      }
      int[] cols = new int[rowStart[n]];
      double[] probs = new double[rowStart[n]];
      int k = 0;
      for (int s = 0; s < n; s++) {
        for (Map.Entry<Integer, Double> e : rows.get(s).entrySet()) {
          cols[k] = e.getKey();
          probs[k++] = e.getValue();
        }
      }
      String[] nm = names.toArray(new String[0]);
      List<String> symbols = List.copyOf(names.subList(3, n));
      int[][] symbolsOf = new int[n][];
      for (int s = 0; s < n; s++) {
        symbolsOf[s] = s < 3 ? new int[0] : new int[] {s - 3};
      }
      return Rows.checked(
          new MarkovChain(
              nm,
              rowStart,
              cols,
              probs,
              null,
              null,
              null,
              Rows.depth(n, rowStart, cols),
              symbolsOf,
              symbols,
              1,
              "built by hand",
              0));
    }
  }
}
