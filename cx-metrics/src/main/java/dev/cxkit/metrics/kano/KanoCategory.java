package dev.cxkit.metrics.kano;

/** Kano's quality categories (Kano et al. 1984), with the usual one-letter codes. */
public enum KanoCategory {
  /** A: attractive (delighter). */
  ATTRACTIVE('A'),
  /** O: one-dimensional (performance). */
  ONE_DIMENSIONAL('O'),
  /** M: must-be (basic). */
  MUST_BE('M'),
  /** I: indifferent. */
  INDIFFERENT('I'),
  /** R: reverse. */
  REVERSE('R'),
  /** Q: questionable (contradictory answers). */
  QUESTIONABLE('Q');

  private final char code;

  KanoCategory(char code) {
    this.code = code;
  }

  /** The one-letter code A, O, M, I, R or Q. */
  public char code() {
    return code;
  }

  /** The category of a one-letter code. */
  public static KanoCategory ofCode(char code) {
    for (KanoCategory c : values()) {
      if (c.code == Character.toUpperCase(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "Kano category code must be one of A, O, M, I, R, Q, was '" + code + "'");
  }
}
