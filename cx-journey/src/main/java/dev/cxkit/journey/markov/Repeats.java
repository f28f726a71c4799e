package dev.cxkit.journey.markov;

/**
 * What a path-table chain does with consecutive repeats.
 *
 * <pre>{@code
 * MarkovAttribution.builder().repeats(Repeats.KEEP_SELF_LOOPS).build();
 * }</pre>
 */
public enum Repeats {
  /**
   * Repeats make no self-loops (the common convention). Under {@link StateConstruction#WINDOWS}
   * consecutive identical states merge, ChannelAttribution's rule: {@code a > a > b} at order 2 is
   * the states {@code a > a}, {@code a > b}. Under {@link StateConstruction#PREFIXES} runs of the
   * same touch collapse before states are formed: {@code a > a > b} is {@code a > b}. At order 1
   * both rules give {@code a -> b}.
   */
  COLLAPSE,
  /** Keep every touch: a repeated state is a self-loop ({@code a -> a} at order 1). */
  KEEP_SELF_LOOPS
}
