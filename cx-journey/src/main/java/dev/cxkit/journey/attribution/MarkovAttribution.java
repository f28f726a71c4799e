package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.markov.Absorption;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.PathWeights;
import dev.cxkit.journey.markov.Repeats;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.PathTable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Exact Markov-chain removal-effect attribution.
 *
 * <p><b>Chain.</b> The order-k chain of {@link TransitionCounts} over the table's paths: by default
 * ChannelAttribution's states ({@link StateConstruction#WINDOWS}: full windows of k consecutive
 * channels, a path shorter than k one state), optionally cxkit's earlier prefix states ({@link
 * StateConstruction#PREFIXES}), plus start, conversion and null states. Each path adds conversions
 * + nulls to every transition inside it, its conversions to last state → conversion and its nulls
 * to last state → null; see {@link Repeats} for consecutive repeats. At order 1 both state
 * constructions are the same chain.
 *
 * <p><b>Removal effect.</b> {@code RE(c) = 1 - P(conv | every state containing c redirected to
 * null) / P(conv)}. P(conv) is the absorption probability into the conversion state from start,
 * computed by solving {@code (I - Q) x = r} on the sparse transient block with cxkit's one
 * absorbing solver ({@link MarkovChain#absorptionWithout}), not by simulation: strongly connected
 * components in reverse topological order, acyclic parts by exact back-substitution and cyclic
 * components by Gauss-Seidel sweeps until the residual {@code max |(I - Q) x - r|} is at most 1e-14
 * (at most 1e-12 after 500 sweeps; an IllegalStateException otherwise; the largest residual is
 * reported by {@link MarkovResult#residual()}). The chain without c differs only in which states
 * are absorbing, so each of the C removal solves runs on the same matrix and ordering with c's
 * states fixed at 0, warm-started from the full solution, and the C solves run in parallel.
 * Expected value V uses as reward the mean value per conversion leaving each state; {@code
 * RE_value(c) = 1 - V_c / V}.
 *
 * <p><b>Attribution.</b> {@code credit(c) = RE(c) / Σ RE × total conversions} and likewise for
 * value with the value removal effects, corrected to sum exactly to the totals.
 *
 * <p><b>Without the null state</b> ({@link Builder#nullState(boolean) nullState(false)}) the chain
 * is built from converting journeys only (weights = conversions) and every walk converts: P(conv) =
 * 1 and RE(c) is the probability that a converting walk passes through c. This is a different model
 * from the one with the null state, not an approximation of it.
 *
 * {@snippet class=dev.cxkit.journey.attribution.SnippetsTest region=markovAttribution}
 */
public final class MarkovAttribution implements AttributionModel {
  private final int order;
  private final StateConstruction states;
  private final Repeats repeats;
  private final boolean nullState;
  private final boolean parallel;

  private MarkovAttribution(Builder b) {
    this.order = b.order;
    this.states = b.states;
    this.repeats = b.repeats;
    this.nullState = b.nullState;
    this.parallel = b.parallel;
  }

  /**
   * A builder: order 1, {@link StateConstruction#WINDOWS}, {@link Repeats#COLLAPSE}, with the null
   * state, parallel removal solves.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The chain order k. */
  public int order() {
    return order;
  }

  /** This model with removal solves run one after another (for callers that run many models). */
  MarkovAttribution sequential() {
    return parallel ? toBuilder().parallel(false).build() : this;
  }

  private Builder toBuilder() {
    return builder().order(order).states(states).repeats(repeats).nullState(nullState);
  }

  @Override
  public AttributionResult attribute(PathTable table) {
    return analyze(table).attribution();
  }

  /** The chain of {@code table} under this model's options. */
  public MarkovChain chain(PathTable table) {
    return TransitionCounts.of(table, order, states, repeats, nullState).chain();
  }

  /** Solves the chain exactly and returns removal effects and attribution. */
  public MarkovResult analyze(PathTable table) {
    return analyze(table, chain(table));
  }

  /**
   * The counted chain of {@code table} under this model's options, with a record of each path's
   * transitions so that chains of resampled counts are built without counting again.
   */
  PathWeights pathWeights(PathTable table) {
    return PathWeights.of(table, order, states, repeats, nullState);
  }

  /** Removal effects and attribution of {@code table} on its already built {@code chain}. */
  MarkovResult analyze(PathTable table, MarkovChain chain) {
    Absorption full = chain.absorption();
    int channels = table.channelCount();
    double[] pRemoved = new double[channels];
    double[] vRemoved = new double[channels];
    double[] residuals = new double[channels];
    IntStream range = IntStream.range(0, channels);
    (parallel ? range.parallel() : range)
        .forEach(
            c -> {
              Absorption without = chain.absorptionWithout(c);
              pRemoved[c] = without.conversionProbability();
              vRemoved[c] = without.expectedValue();
              residuals[c] = without.residual();
            });
    double residual = full.residual();
    for (double r : residuals) {
      residual = Math.max(residual, r);
    }
    return result(
        table,
        chain,
        full.conversionProbability(),
        full.expectedValue(),
        pRemoved,
        vRemoved,
        residual,
        false);
  }

  /**
   * Estimates the same removal effects by simulating {@code walks} random walks from the start
   * state with a seeded generator, as Monte-Carlo tools do: {@code P_c} is the share of walks that
   * convert without visiting a state containing c. Sampling error of a removal-effect numerator is
   * about {@code sqrt(P_c (1 - P_c) / walks)}.
   */
  public MarkovResult simulate(PathTable table, long walks, long seed) {
    checkArgument(walks > 0, "walks must be > 0, was %s", walks);
    MarkovChain chain = chain(table);
    MarkovSimulator.Estimate e = new MarkovSimulator(chain).run(walks, seed);
    return result(
        table, chain, e.conversion(), e.value(), e.conversionWithout(), e.valueWithout(), 0, true);
  }

  private MarkovResult result(
      PathTable table,
      MarkovChain chain,
      double p,
      double v,
      double[] pRemoved,
      double[] vRemoved,
      double residual,
      boolean simulated) {
    int channels = table.channelCount();
    double[] re = new double[channels];
    double[] reValue = new double[channels];
    for (int c = 0; c < channels; c++) {
      re[c] = p > 0 ? Math.max(0, 1 - pRemoved[c] / p) : 0;
      reValue[c] = v > 0 ? Math.max(0, 1 - vRemoved[c] / v) : 0;
    }
    double[] conv = share(re, table.totalConversions());
    double[] value = share(reValue, table.totalValue());
    String name =
        String.format(
            Locale.ROOT,
            "markov(order=%d, %s, %s, %s%s)",
            order,
            states == StateConstruction.WINDOWS ? "windows" : "prefixes",
            repeats == Repeats.COLLAPSE ? "collapse repeats" : "self-loops",
            nullState ? "null state" : "no null state",
            simulated ? ", simulated" : "");
    AttributionResult attribution =
        new AttributionResult(name, Credits.channels(table), conv, value, table.totalValue());
    return new MarkovResult(
        attribution,
        Credits.channels(table),
        re,
        reValue,
        p,
        v,
        chain.stateCount() - 2,
        chain.transientTransitions(),
        residual,
        simulated);
  }

  private static double[] share(double[] effects, double total) {
    double sum = Credits.exactSum(effects);
    double[] out = new double[effects.length];
    if (sum > 0) {
      for (int i = 0; i < out.length; i++) {
        out[i] = effects[i] / sum * total;
      }
      Credits.reconcile(out, total);
    } else {
      Arrays.fill(out, 0.0);
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "MarkovAttribution[order=%d, %s, %s, nullState=%s]",
        order,
        states,
        repeats,
        nullState);
  }

  /** Builds a {@link MarkovAttribution}. */
  public static final class Builder {
    private int order = 1;
    private StateConstruction states = StateConstruction.WINDOWS;
    private Repeats repeats = Repeats.COLLAPSE;
    private boolean nullState = true;
    private boolean parallel = true;

    Builder() {}

    /** The chain order k, 1 to {@value TransitionCounts#MAX_ORDER}. */
    public Builder order(int order) {
      checkArgument(
          order >= 1 && order <= TransitionCounts.MAX_ORDER,
          "order must be in 1..%s, was %s",
          TransitionCounts.MAX_ORDER,
          order);
      this.order = order;
      return this;
    }

    /** How states are formed; default {@link StateConstruction#WINDOWS} (ChannelAttribution's). */
    public Builder states(StateConstruction states) {
      this.states = checkNotNull(states, "states");
      return this;
    }

    /** What to do with consecutive repeats of a channel; default {@link Repeats#COLLAPSE}. */
    public Builder repeats(Repeats repeats) {
      this.repeats = checkNotNull(repeats, "repeats");
      return this;
    }

    /** With (default) or without the null state; without it every walk converts. */
    public Builder nullState(boolean nullState) {
      this.nullState = nullState;
      return this;
    }

    /** Solve the per-channel removal systems in parallel (default true; results are identical). */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /** The model. */
    public MarkovAttribution build() {
      return new MarkovAttribution(this);
    }
  }
}
