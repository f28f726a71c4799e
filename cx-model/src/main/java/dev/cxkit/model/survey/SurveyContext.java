package dev.cxkit.model.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The context a survey question was asked in: the relationship as a whole, or one interaction at a
 * touchpoint or journey-map step. The {@link #kind()} is explicit and the ids must match it, so a
 * relationship answer can never be mistaken for an interaction answer.
 *
 * {@snippet class=dev.cxkit.model.survey.SnippetsTest region=surveyContext}
 */
@Value.Immutable
@JsonSerialize
public abstract class SurveyContext {

  SurveyContext() {}

  /** Relationship, touchpoint or step. */
  public abstract SurveyContextKind kind();

  /** The touchpoint, present exactly when the kind is {@link SurveyContextKind#TOUCHPOINT}. */
  public abstract Optional<String> touchpointId();

  /** The journey map, present exactly when the kind is {@link SurveyContextKind#STEP}. */
  public abstract Optional<String> mapId();

  /** The journey-map step, present exactly when the kind is {@link SurveyContextKind#STEP}. */
  public abstract Optional<String> stepId();

  /** A relationship-level context. */
  public static SurveyContext relationship() {
    return ImmutableSurveyContext.builder().kind(SurveyContextKind.RELATIONSHIP).build();
  }

  /** An interaction at a touchpoint. */
  public static SurveyContext touchpoint(String touchpointId) {
    return ImmutableSurveyContext.builder()
        .kind(SurveyContextKind.TOUCHPOINT)
        .touchpointId(touchpointId)
        .build();
  }

  /** An interaction at a step of a journey map. */
  public static SurveyContext step(String mapId, String stepId) {
    return ImmutableSurveyContext.builder()
        .kind(SurveyContextKind.STEP)
        .mapId(mapId)
        .stepId(stepId)
        .build();
  }

  /** Whether this is the relationship-level context. */
  public final boolean isRelationship() {
    return kind() == SurveyContextKind.RELATIONSHIP;
  }

  /** Whether this is an interaction-level context (touchpoint or step). */
  public final boolean isInteraction() {
    return !isRelationship();
  }

  @Value.Check
  final void check() {
    boolean touchpoint = kind() == SurveyContextKind.TOUCHPOINT;
    boolean step = kind() == SurveyContextKind.STEP;
    checkArgument(
        touchpointId().isPresent() == touchpoint,
        "survey context %s must %s touchpointId, was %s",
        kind(),
        touchpoint ? "have a" : "not have a",
        touchpointId().orElse("<none>"));
    checkArgument(
        mapId().isPresent() == step && stepId().isPresent() == step,
        "survey context %s must %s mapId and stepId, was mapId=%s stepId=%s",
        kind(),
        step ? "have both" : "have neither",
        mapId().orElse("<none>"),
        stepId().orElse("<none>"));
    touchpointId().ifPresent(id -> Checks.id("survey context touchpointId", id));
    mapId().ifPresent(id -> Checks.id("survey context mapId", id));
    stepId().ifPresent(id -> Checks.id("survey context stepId", id));
  }

  @Override
  public final String toString() {
    switch (kind()) {
      case TOUCHPOINT:
        return "SurveyContext{touchpoint " + touchpointId().orElseThrow() + "}";
      case STEP:
        return "SurveyContext{step " + mapId().orElseThrow() + "/" + stepId().orElseThrow() + "}";
      default:
        return "SurveyContext{relationship}";
    }
  }
}
