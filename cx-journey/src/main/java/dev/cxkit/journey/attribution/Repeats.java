package dev.cxkit.journey.attribution;

/**
 * What a Markov chain does with consecutive touches of the same channel.
 *
 * {@snippet class=dev.cxkit.journey.attribution.SnippetsTest region=repeats}
 */
public enum Repeats {
  /**
   * Collapse runs of the same channel into one touch before building states ({@code a > a > b}
   * becomes {@code a > b}); the common convention, and the chain has no self-loops.
   */
  COLLAPSE,
  /** Keep every touch: {@code a > a} is a self-loop on state {@code a} (order 1). */
  KEEP_SELF_LOOPS
}
