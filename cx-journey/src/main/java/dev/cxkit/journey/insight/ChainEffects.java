package dev.cxkit.journey.insight;

import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.model.map.Step;
import java.util.OptionalDouble;

/**
 * The independent estimate from the journey Markov chain: the order-1 chain over touchpoints
 * ({@link TransitionCounts}, the one Markov core), with the landmark's row edited so that the next
 * touch is the candidate (forced exposure) or never the candidate (its probability spread over the
 * row's other transitions; for a step candidate over the other steps only, as the landmark estimate
 * compares journeys that move on). The effect is the difference of the two conversion probabilities
 * from the landmark state; the removal effect is {@code 1 - P(conversion without the candidate's
 * state) / P(conversion)} (Anderl et al. 2016). The chain assumes the future depends only on the
 * current touchpoint, so effects that last beyond the next touch are not in it.
 */
final class ChainEffects {
  private final Evidence ev;
  private final MarkovChain chain;
  private final double base;

  ChainEffects(Evidence ev) {
    this.ev = ev;
    this.chain = TransitionCounts.of(ev.js, PathOptions.of(Dimension.TOUCHPOINT), 1).chain();
    this.base = chain.absorption().conversionProbability();
  }

  MarkovChain chain() {
    return chain;
  }

  /** The chain state of an item, or -1. */
  int stateOf(int item) {
    String name;
    if (item < ev.steps) {
      Step s = ev.map.steps().get(item);
      for (String tp : s.touchpointIds()) {
        if (chain.hasState(tp)) {
          return chain.state(tp);
        }
      }
      name = s.id();
    } else {
      name = ev.itemName(item);
    }
    return chain.hasState(name) ? chain.state(name) : -1;
  }

  /** The chain state of a landmark, or -1. */
  int landmarkState(int state) {
    return state == ev.start ? MarkovChain.START : stateOf(state);
  }

  OptionalDouble forcedEffect(int item, int landmark) {
    int l = landmarkState(landmark);
    int x = stateOf(item);
    if (l < 0 || x < 0 || l == x) {
      return OptionalDouble.empty();
    }
    int[] succ = chain.successors(l);
    double rest = 0;
    for (int t : succ) {
      if (t != x && !(item < ev.steps && t == MarkovChain.NON_CONVERSION)) {
        rest += chain.probability(l, t);
      }
    }
    if (rest <= 0) {
      return OptionalDouble.empty();
    }
    int keep = 0;
    for (int t : succ) {
      if (t != x && !(item < ev.steps && t == MarkovChain.NON_CONVERSION)) {
        keep++;
      }
    }
    int[] targets = new int[keep];
    double[] probs = new double[keep];
    int k = 0;
    for (int t : succ) {
      if (t != x && !(item < ev.steps && t == MarkovChain.NON_CONVERSION)) {
        targets[k] = t;
        probs[k++] = chain.probability(l, t) / rest;
      }
    }
    try {
      double with =
          chain.withRow(l, new int[] {x}, new double[] {1.0}).absorption().conversionProbability(l);
      double without = chain.withRow(l, targets, probs).absorption().conversionProbability(l);
      return OptionalDouble.of(with - without);
    } catch (IllegalArgumentException e) {
      return OptionalDouble.empty(); // the edit leaves a state that cannot reach an exit
    }
  }

  /**
   * The change in conversion from the start when the drop-off right after the item's state is
   * reduced by {@code fraction}, the probability moved to the row's other transitions in
   * proportion; empty when the state has no drop-off or no other transition.
   */
  OptionalDouble reduceDropOff(int item, double fraction) {
    int x = stateOf(item);
    if (x < 0) {
      return OptionalDouble.empty();
    }
    int[] succ = chain.successors(x);
    double drop = chain.probability(x, MarkovChain.NON_CONVERSION);
    double others = 1 - drop;
    if (drop <= 0 || others <= 0) {
      return OptionalDouble.empty();
    }
    double moved = drop * fraction;
    double[] probs = new double[succ.length];
    for (int k = 0; k < succ.length; k++) {
      double p = chain.probability(x, succ[k]);
      probs[k] = succ[k] == MarkovChain.NON_CONVERSION ? p - moved : p + moved * p / others;
    }
    double after = chain.withRow(x, succ, probs).absorption().conversionProbability();
    return OptionalDouble.of(after - base);
  }

  double base() {
    return base;
  }

  OptionalDouble removalEffect(int item) {
    int x = stateOf(item);
    if (x < 0 || base <= 0) {
      return OptionalDouble.empty();
    }
    int[] symbols = chain.symbolsOf(x);
    if (symbols.length != 1) {
      return OptionalDouble.empty();
    }
    double without = chain.absorptionWithout(symbols[0]).conversionProbability();
    return OptionalDouble.of(1 - without / base);
  }
}
