package dev.cxkit.model.experience;

/**
 * The scale an {@link Emotion} reading was originally recorded on. Each maps linearly onto the
 * canonical valence in [-1, 1]; the original value is kept so that no conversion loses information.
 */
public enum EmotionScale {
  /** The canonical valence itself, a real number in [-1, 1]. */
  VALENCE,
  /** Journey-map workshop scores −2..+2 (valence = score / 2). */
  MAP_MINUS2_TO_PLUS2,
  /** Mermaid {@code journey} diagram task scores 1..5 (valence = (score − 3) / 2). */
  MERMAID_1_TO_5,
  /** The five-level labels of {@link EmotionLevel} (valence −1, −0.5, 0, 0.5, 1). */
  FIVE_LEVEL_LABEL,
  /** A sentiment analyzer's compound score in [-1, 1] (for example VADER's compound). */
  SENTIMENT_COMPOUND
}
