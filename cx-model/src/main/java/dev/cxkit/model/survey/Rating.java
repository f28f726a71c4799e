package dev.cxkit.model.survey;

import static java.util.Objects.requireNonNull;

/**
 * A value on a typed {@link Scale}, checked against the scale, for example a customer effort score
 * recorded with an interaction.
 *
 * {@snippet class=dev.cxkit.model.survey.SnippetsTest region=rating}
 *
 * @param scale the scale the value was given on
 * @param value a point of {@code scale}
 */
public record Rating(Scale scale, int value) {

  /** Validates that {@code value} is a point of {@code scale}. */
  public Rating {
    requireNonNull(scale, "scale");
    scale.checkValue(value);
  }

  /** A rating of {@code value} on {@code scale}. */
  public static Rating of(Scale scale, int value) {
    return new Rating(scale, value);
  }

  /** The position of the value on [0, 1] with 1 the good end (see {@link Scale#goodness}). */
  public double goodness() {
    return scale.goodness(value);
  }

  @Override
  public String toString() {
    return value + " on " + scale;
  }
}
