package dev.cxkit.model.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One answer to one survey question: who answered, when, in which {@link SurveyContext}, the
 * question, the value on its typed {@link Scale}, an optional sampling weight and comment.
 *
 * {@snippet class=dev.cxkit.model.survey.SnippetsTest region=surveyResponse}
 */
@Value.Immutable
@JsonSerialize
public abstract class SurveyResponse {

  SurveyResponse() {}

  /** Who answered. */
  public abstract String respondentId();

  /** When the answer was given. */
  public abstract Instant time();

  /** Relationship-level, or an interaction at a touchpoint or journey step. */
  public abstract SurveyContext context();

  /** The question answered, for example {@code "nps"}. */
  public abstract String questionId();

  /** The scale of the question. */
  public abstract Scale scale();

  /** The answer, a point of {@link #scale()}. */
  public abstract int value();

  /** A sampling or post-stratification weight, finite and positive; absent means 1. */
  public abstract Optional<Double> weight();

  /** The respondent's verbatim comment, if any. */
  public abstract Optional<String> comment();

  /** A builder; {@code weight} and {@code comment} are optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** The weight, or 1 when none was given. */
  public final double weightOrOne() {
    return weight().orElse(1.0);
  }

  /** The answer as a {@link Rating}. */
  public final Rating rating() {
    return Rating.of(scale(), value());
  }

  @Value.Check
  final void check() {
    Checks.id("survey response respondentId", respondentId());
    Checks.id("survey response questionId", questionId());
    scale().checkValue(value());
    weight()
        .ifPresent(
            w ->
                checkArgument(
                    Double.isFinite(w) && w > 0.0,
                    "survey response weight must be finite and > 0, was %s",
                    w));
    comment().ifPresent(c -> Checks.text("survey response comment", c));
  }

  @Override
  public final String toString() {
    return "SurveyResponse{"
        + respondentId()
        + " at "
        + time()
        + ", "
        + questionId()
        + "="
        + value()
        + " on "
        + scale().name()
        + ", "
        + context()
        + weight().map(w -> ", weight=" + w).orElse("")
        + "}";
  }

  /** Builds a {@link SurveyResponse}. */
  public static final class Builder extends ImmutableSurveyResponse.Builder {}
}
