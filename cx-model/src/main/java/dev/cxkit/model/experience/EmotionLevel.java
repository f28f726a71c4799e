package dev.cxkit.model.experience;

/** Five-level emotion labels as drawn on journey maps, from very negative to very positive. */
public enum EmotionLevel {
  VERY_NEGATIVE(-1.0),
  NEGATIVE(-0.5),
  NEUTRAL(0.0),
  POSITIVE(0.5),
  VERY_POSITIVE(1.0);

  private final double valence;

  EmotionLevel(double valence) {
    this.valence = valence;
  }

  /** The canonical valence of this level. */
  public double valence() {
    return valence;
  }
}
