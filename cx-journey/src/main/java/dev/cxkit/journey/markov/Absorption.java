package dev.cxkit.journey.markov;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Absorbing-chain analysis of a {@link MarkovChain} (Kemeny &amp; Snell 1960, ch. III): with Q the
 * transient-to-transient block and N = (I - Q)^-1 the fundamental matrix, the probability of ending
 * in conversion B = N r, the expected conversion value N (r · reward), the expected number of
 * transitions N 1, the expected time N m (m the mean time of the next transition from each state)
 * and the expected visits from the start, a row of N. Solved exactly by cxkit's absorbing solver
 * (component by component, back-substitution on acyclic parts, Gauss-Seidel inside cycles to a
 * checked residual); probability and value on creation, the rest when first asked for.
 *
 * <p>An analysis {@linkplain MarkovChain#absorptionWithout(int) without a step} treats the states
 * made of it as non-conversion exits: their figures are 0.
 *
 * <pre>{@code
 * Absorption a = chain.absorption();
 * a.conversionProbability();                    // from the start: the observed conversion rate
 * a.expectedSteps(chain.state("email"));
 * 1 - chain.absorptionWithout(email).conversionProbability() / a.conversionProbability();
 * }</pre>
 */
public final class Absorption {
  private final MarkovChain chain;
  private final AbsorbingSolver solver;
  private final boolean @Nullable [] removed; // per solve index
  private final double[] conversion; // per solve index
  private final double[] value;
  private double residual;
  private double @Nullable [] steps;
  private double @Nullable [] millis;
  private double @Nullable [] visits;

  Absorption(MarkovChain chain, boolean @Nullable [] removedStates, @Nullable Absorption warm) {
    this.chain = chain;
    this.solver = chain.solver();
    int n = solver.n;
    boolean[] mask = null;
    if (removedStates != null) {
      mask = new boolean[n];
      for (int i = 0; i < n; i++) {
        mask[i] = removedStates[solver.chainState[i]];
      }
    }
    this.removed = mask;
    double[] conv = new double[n];
    double[] val = new double[n];
    double rewardScale = 1;
    for (int i = 0; i < n; i++) {
      int s = solver.chainState[i];
      int e = chain.entry(s, MarkovChain.CONVERSION);
      conv[i] = e < 0 ? 0 : chain.probs[e];
      double r = chain.reward == null ? 0 : chain.reward[s];
      val[i] = conv[i] * r;
      rewardScale = Math.max(rewardScale, r);
    }
    this.conversion = warm == null ? new double[n] : warm.conversion.clone();
    this.value = warm == null ? new double[n] : warm.value.clone();
    this.residual = solver.solve(conv, val, 1, rewardScale, mask, conversion, value);
  }

  private synchronized void solveStepsAndTime() {
    if (steps != null) {
      return;
    }
    int n = solver.n;
    double[] one = new double[n];
    double[] time = new double[n];
    double timeScale = 1;
    for (int i = 0; i < n; i++) {
      int s = solver.chainState[i];
      one[i] = 1;
      if (chain.millis != null) {
        for (int k = chain.rowStart[s]; k < chain.rowStart[s + 1]; k++) {
          time[i] += chain.probs[k] * chain.millis[k];
        }
      }
      timeScale = Math.max(timeScale, time[i]);
    }
    double[] t = new double[n];
    double[] m = new double[n];
    residual = Math.max(residual, solver.solve(one, time, 1, timeScale, removed, t, m));
    millis = m;
    steps = t;
  }

  private synchronized double[] visits() {
    if (visits == null) {
      double[] r = new double[1];
      visits = solver.visits(solver.solveIndex[MarkovChain.START], removed, r);
      residual = Math.max(residual, r[0]);
    }
    return visits;
  }

  /** Probability of ending in {@link MarkovChain#CONVERSION} from the start. */
  public double conversionProbability() {
    return conversionProbability(MarkovChain.START);
  }

  /** Probability of ending in {@link MarkovChain#CONVERSION} from state {@code s}. */
  public double conversionProbability(int s) {
    int i = index(s);
    if (i < 0) {
      return s == MarkovChain.CONVERSION ? 1.0 : 0.0;
    }
    return Math.min(1.0, Math.max(0.0, conversion[i]));
  }

  /** Expected conversion value collected from the start (rewards of the chain's states). */
  public double expectedValue() {
    return expectedValue(MarkovChain.START);
  }

  /** Expected conversion value collected from state {@code s} (0 if absorbing). */
  public double expectedValue(int s) {
    int i = index(s);
    return i < 0 ? 0.0 : Math.max(0.0, value[i]);
  }

  /** Expected number of transitions from the start until absorption. */
  public double expectedSteps() {
    return expectedSteps(MarkovChain.START);
  }

  /** Expected number of transitions until absorption from state {@code s} (0 if absorbing). */
  public double expectedSteps(int s) {
    int i = index(s);
    if (i < 0) {
      return 0.0;
    }
    solveStepsAndTime();
    return Math.max(0.0, steps[i]);
  }

  /** Expected milliseconds until absorption from state {@code s} (0 if absorbing or untimed). */
  public double expectedMillis(int s) {
    int i = index(s);
    if (i < 0) {
      return 0.0;
    }
    solveStepsAndTime();
    return Math.max(0.0, millis[i]);
  }

  /**
   * Expected number of visits to transient state {@code s} of a walk from the start (the start's
   * row of the fundamental matrix); 0 for an exit.
   */
  public double expectedVisits(int s) {
    int i = index(s);
    return i < 0 ? 0.0 : Math.max(0.0, visits()[i]);
  }

  /**
   * Largest scaled residual {@code |(I - Q) x - b|} of the solves so far (at most 1e-12, usually at
   * most 1e-14).
   */
  public synchronized double residual() {
    return residual;
  }

  private int index(int s) {
    if (s < 0 || s >= chain.stateCount()) {
      throw new IndexOutOfBoundsException(
          "state must be in 0.." + (chain.stateCount() - 1) + ", was " + s);
    }
    int i = solver.solveIndex[s];
    return i >= 0 && removed != null && removed[i] ? -1 : i;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Absorption[P(conversion | start)=%s, residual %.1e]",
        conversionProbability(),
        residual());
  }
}
