package dev.cxkit.model.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A typed integer answer scale: its range, which end is good, and optional point labels.
 *
 * <p>Scores are meaningful only together with their scale: a "4" on CES 1.0 (1–5, low is good) is a
 * poor result, a "4" on a CSAT 1–5 scale a good one. Metrics refuse to mix scales.
 *
 * {@snippet class=dev.cxkit.model.survey.SnippetsTest region=scale}
 */
@Value.Immutable
@JsonSerialize
public abstract class Scale {

  Scale() {}

  /** A short name shown in results and error messages, for example {@code "NPS 0-10"}. */
  public abstract String name();

  /** The lowest point of the scale. */
  public abstract int min();

  /** The highest point of the scale. */
  public abstract int max();

  /** Which end is good. */
  public abstract Direction direction();

  /** One label per point from {@link #min()} to {@link #max()}, or empty when unlabelled. */
  public abstract List<String> labels();

  /** Number of points on the scale. */
  public final int points() {
    return max() - min() + 1;
  }

  /** Returns true when {@code value} is a point of this scale. */
  public final boolean contains(int value) {
    return value >= min() && value <= max();
  }

  /**
   * Returns {@code value} if it is a point of this scale.
   *
   * @throws IllegalArgumentException naming the scale, the value and the range otherwise
   */
  public final int checkValue(int value) {
    checkArgument(contains(value), "%s score must be %s..%s, was %s", name(), min(), max(), value);
    return value;
  }

  /**
   * The position of {@code value} on [0, 1] with 1 the good end, so that scales of either direction
   * compare.
   */
  public final double goodness(int value) {
    checkValue(value);
    double position = (double) (value - min()) / (max() - min());
    return direction() == Direction.HIGH_IS_GOOD ? position : 1.0 - position;
  }

  /** The label of {@code value}, or its number when the scale is unlabelled. */
  public final String label(int value) {
    checkValue(value);
    return labels().isEmpty() ? Integer.toString(value) : labels().get(value - min());
  }

  /** A builder; {@code labels} may be left empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A scale without labels. */
  public static Scale of(String name, int min, int max, Direction direction) {
    return builder().name(name).min(min).max(max).direction(direction).build();
  }

  /** The Net Promoter "likelihood to recommend" scale, 0..10. */
  public static Scale nps() {
    return of("NPS 0-10", 0, 10, Direction.HIGH_IS_GOOD);
  }

  /** A 5-point satisfaction scale, 1 = very dissatisfied .. 5 = very satisfied. */
  public static Scale csat5() {
    return builder()
        .name("CSAT 1-5")
        .min(1)
        .max(5)
        .direction(Direction.HIGH_IS_GOOD)
        .addAllLabels(
            java.util.List.of(
                "Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"))
        .build();
  }

  /** Customer Effort Score 1.0 (Dixon et al. 2010): 1 = very low effort .. 5 = very high effort. */
  public static Scale ces1() {
    return of("CES 1.0 1-5", 1, 5, Direction.LOW_IS_GOOD);
  }

  /**
   * Customer Effort Score 2.0: "The company made it easy for me to handle my issue", 1 = strongly
   * disagree .. 7 = strongly agree.
   */
  public static Scale ces2() {
    return builder()
        .name("CES 2.0 1-7")
        .min(1)
        .max(7)
        .direction(Direction.HIGH_IS_GOOD)
        .addAllLabels(
            java.util.List.of(
                "Strongly disagree",
                "Disagree",
                "Somewhat disagree",
                "Neither agree nor disagree",
                "Somewhat agree",
                "Agree",
                "Strongly agree"))
        .build();
  }

  /** A 7-point scale as used by Temkin-style net scores, 1..7, high is good. */
  public static Scale sevenPoint(String name) {
    return of(name, 1, 7, Direction.HIGH_IS_GOOD);
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "scale name must not be blank, was '%s'", name());
    checkArgument(
        min() < max(), "scale %s: min must be below max, was min=%s max=%s", name(), min(), max());
    checkArgument(
        labels().isEmpty() || labels().size() == points(),
        "scale %s: labels must be empty or one per point (%s), was %s",
        name(),
        points(),
        labels().size());
  }

  @Override
  public final String toString() {
    return name()
        + " ["
        + min()
        + ".."
        + max()
        + ", "
        + (direction() == Direction.HIGH_IS_GOOD ? "high is good" : "low is good")
        + "]";
  }

  /** Builds a {@link Scale}. */
  public static final class Builder extends ImmutableScale.Builder {}
}
