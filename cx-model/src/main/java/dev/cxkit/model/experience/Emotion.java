package dev.cxkit.model.experience;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An emotion reading: a canonical valence in [-1, 1] (negative to positive), an optional intensity
 * in [0, 1], and the scale and value it was recorded on, so that conversion is lossless.
 *
 * <pre>{@code
 * Emotion frustrated = Emotion.ofMapScore(-2);      // valence -1.0, source MAP_MINUS2_TO_PLUS2 -2
 * Emotion happy = Emotion.ofMermaidScore(5);        // valence 1.0
 * int mermaid = frustrated.toMermaidScore();        // 1
 * }</pre>
 */
@Value.Immutable(copy = false)
@JsonSerialize(as = ImmutableEmotion.class)
@JsonDeserialize(as = ImmutableEmotion.class)
public abstract class Emotion {

  Emotion() {}

  /** Canonical valence in [-1, 1]: −1 very negative, 0 neutral, +1 very positive. */
  public abstract double valence();

  /** How strongly the emotion is felt, in [0, 1], when recorded. */
  public abstract Optional<Double> intensity();

  /** The scale the reading was recorded on. */
  public abstract EmotionScale sourceScale();

  /**
   * The value on {@link #sourceScale()} as recorded (a number, or an {@link EmotionLevel} name).
   */
  public abstract String sourceValue();

  /** A reading given directly as canonical valence in [-1, 1]. */
  public static Emotion ofValence(double valence) {
    checkFinite("valence", valence);
    return ImmutableEmotion.builder()
        .valence(valence)
        .sourceScale(EmotionScale.VALENCE)
        .sourceValue(Double.toString(valence))
        .build();
  }

  /** A journey-map workshop score in −2..+2. */
  public static Emotion ofMapScore(int score) {
    checkArgument(score >= -2 && score <= 2, "emotion map score must be -2..2, was %s", score);
    return ImmutableEmotion.builder()
        .valence(score / 2.0)
        .sourceScale(EmotionScale.MAP_MINUS2_TO_PLUS2)
        .sourceValue(Integer.toString(score))
        .build();
  }

  /** A Mermaid journey task score in 1..5. */
  public static Emotion ofMermaidScore(int score) {
    checkArgument(score >= 1 && score <= 5, "emotion Mermaid score must be 1..5, was %s", score);
    return ImmutableEmotion.builder()
        .valence((score - 3) / 2.0)
        .sourceScale(EmotionScale.MERMAID_1_TO_5)
        .sourceValue(Integer.toString(score))
        .build();
  }

  /** A five-level label. */
  public static Emotion ofLevel(EmotionLevel level) {
    return ImmutableEmotion.builder()
        .valence(level.valence())
        .sourceScale(EmotionScale.FIVE_LEVEL_LABEL)
        .sourceValue(level.name())
        .build();
  }

  /** A sentiment analyzer's compound score in [-1, 1]. */
  public static Emotion ofSentimentCompound(double compound) {
    checkFinite("sentiment compound", compound);
    return ImmutableEmotion.builder()
        .valence(compound)
        .sourceScale(EmotionScale.SENTIMENT_COMPOUND)
        .sourceValue(Double.toString(compound))
        .build();
  }

  /** This reading with an intensity in [0, 1]. */
  public final Emotion withIntensity(double intensity) {
    return ImmutableEmotion.builder().from(this).intensity(intensity).build();
  }

  /** The Mermaid 1..5 score: the recorded one, or the valence quantised to the nearest score. */
  public final int toMermaidScore() {
    if (sourceScale() == EmotionScale.MERMAID_1_TO_5) {
      return Integer.parseInt(sourceValue());
    }
    return (int) Math.round(valence() * 2.0) + 3;
  }

  /** The nearest five-level label. */
  public final EmotionLevel toLevel() {
    if (sourceScale() == EmotionScale.FIVE_LEVEL_LABEL) {
      return EmotionLevel.valueOf(sourceValue());
    }
    return EmotionLevel.values()[toMermaidScore() - 1];
  }

  private static void checkFinite(String field, double value) {
    checkArgument(
        Double.isFinite(value) && value >= -1.0 && value <= 1.0,
        "%s must be a number in [-1, 1], was %s",
        field,
        value);
  }

  @Value.Check
  final void check() {
    checkFinite("valence", valence());
    intensity()
        .ifPresent(
            i ->
                checkArgument(
                    Double.isFinite(i) && i >= 0.0 && i <= 1.0,
                    "intensity must be a number in [0, 1], was %s",
                    i));
    double expected = expectedValence();
    checkArgument(
        Math.abs(expected - valence()) < 1e-12,
        "valence must match sourceValue %s on %s (%s), was %s",
        sourceValue(),
        sourceScale(),
        expected,
        valence());
  }

  private double expectedValence() {
    try {
      switch (sourceScale()) {
        case MAP_MINUS2_TO_PLUS2:
          return Integer.parseInt(sourceValue()) / 2.0;
        case MERMAID_1_TO_5:
          return (Integer.parseInt(sourceValue()) - 3) / 2.0;
        case FIVE_LEVEL_LABEL:
          return EmotionLevel.valueOf(sourceValue()).valence();
        default:
          return Double.parseDouble(sourceValue());
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "sourceValue must be a value of %s, was '%s'",
              sourceScale(),
              sourceValue()),
          e);
    }
  }

  @Override
  public final String toString() {
    String base =
        String.format(
            Locale.ROOT, "Emotion{valence=%+.2f, %s=%s", valence(), sourceScale(), sourceValue());
    return intensity()
        .map(i -> base + String.format(Locale.ROOT, ", intensity=%.2f}", i))
        .orElse(base + "}");
  }
}
