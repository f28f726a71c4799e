package dev.cxkit.metrics.kano;

/**
 * An answer to a Kano question ("If the product has / does not have this feature, how do you
 * feel?"), in the order of the rows and columns of the evaluation table.
 */
public enum KanoAnswer {
  /** I like it that way. */
  LIKE,
  /** It must be that way. */
  MUST_BE,
  /** I am neutral. */
  NEUTRAL,
  /** I can live with it that way. */
  LIVE_WITH,
  /** I dislike it that way. */
  DISLIKE
}
