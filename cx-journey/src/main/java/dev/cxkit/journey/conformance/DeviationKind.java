package dev.cxkit.journey.conformance;

/**
 * How an observed journey departs from the designed map.
 *
 * <pre>{@code
 * if (deviation.kind() == DeviationKind.SKIPPED) { ... }
 * }</pre>
 */
public enum DeviationKind {
  /** A designed step passed without any event, the journey going straight on to a later step. */
  SKIPPED("skip"),
  /** A designed step passed without its event, an unplanned touchpoint occurring in its place. */
  REPLACED("replace"),
  /** A step's event occurs more than once in the journey. */
  REPEATED("repeat"),
  /** A step's event occurs where the map walk does not allow it (and not as a repeat). */
  OUT_OF_ORDER("reach out of order"),
  /** An event matching no step, not standing in for a skipped step. */
  UNPLANNED("use an unplanned touchpoint");

  private final String verb;

  DeviationKind(String verb) {
    this.verb = verb;
  }

  /** The verb phrase used in sentences: "skip", "repeat", ... */
  public String verb() {
    return verb;
  }
}
