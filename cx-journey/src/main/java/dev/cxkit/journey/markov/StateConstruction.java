package dev.cxkit.journey.markov;

/**
 * How the states of an order-k chain are formed from a path of touches {@code t1 > t2 > ...}.
 *
 * <pre>{@code
 * // a > b > c at order 2
 * // WINDOWS:  (start) -> a > b -> b > c
 * // PREFIXES: (start) -> (start) > a -> a > b -> b > c
 * MarkovAttribution.builder().order(2).states(StateConstruction.PREFIXES).build();
 * }</pre>
 */
public enum StateConstruction {
  /**
   * ChannelAttribution's states (Altomare and Loris, R/Python package {@code ChannelAttribution},
   * {@code markov_model}): only full windows of k consecutive touches are states, so the first
   * state of a path is its first k touches; a path shorter than k is one state, the whole path. The
   * default of path-table attribution, so that removal effects validate against that package.
   */
  WINDOWS,
  /**
   * Shorter histories at the start: the state after touch i is the last min(i, k) touches (written
   * with start padding, {@code (start) > a}), so the first k - 1 touches of every path are states
   * of their own. The states of cxkit's journey chains and of its attribution before version 0.2.
   */
  PREFIXES
}
