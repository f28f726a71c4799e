package dev.cxkit.model.experience;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A moment of truth: a point where the customer forms a lasting impression, marking either a
 * touchpoint or a journey-map step (exactly one of the two), with why it matters and its importance
 * in [0, 1].
 *
 * {@snippet class=dev.cxkit.model.experience.SnippetsTest region=momentOfTruth}
 */
@Value.Immutable
@JsonSerialize
public abstract class MomentOfTruth {

  MomentOfTruth() {}

  /** Zero, first, second, ultimate or service encounter. */
  public abstract MomentOfTruthKind kind();

  /** The touchpoint this moment marks, when it marks a touchpoint. */
  public abstract Optional<String> touchpointId();

  /** The journey-map step this moment marks, when it marks a step. */
  public abstract Optional<String> stepId();

  /** Why this moment matters to the customer and the business. */
  public abstract String why();

  /** Importance in [0, 1], 1 the most important. */
  public abstract double importance();

  /** A moment of truth at a touchpoint. */
  public static MomentOfTruth atTouchpoint(
      MomentOfTruthKind kind, String touchpointId, String why, double importance) {
    return builder().kind(kind).touchpointId(touchpointId).why(why).importance(importance).build();
  }

  /** A moment of truth at a journey-map step. */
  public static MomentOfTruth atStep(
      MomentOfTruthKind kind, String stepId, String why, double importance) {
    return builder().kind(kind).stepId(stepId).why(why).importance(importance).build();
  }

  /** A builder; set exactly one of {@code touchpointId} and {@code stepId}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the touchpoint or step this moment marks. */
  public final String markedId() {
    return touchpointId().or(this::stepId).orElseThrow();
  }

  @Value.Check
  final void check() {
    checkArgument(
        touchpointId().isPresent() != stepId().isPresent(),
        "moment of truth must mark exactly one of touchpointId and stepId, was touchpointId=%s"
            + " stepId=%s",
        touchpointId().orElse("<none>"),
        stepId().orElse("<none>"));
    touchpointId().ifPresent(id -> Checks.id("moment of truth touchpointId", id));
    stepId().ifPresent(id -> Checks.id("moment of truth stepId", id));
    Checks.text("moment of truth why", why());
    Checks.unit("moment of truth importance", importance());
  }

  @Override
  public final String toString() {
    return String.format(
        Locale.ROOT,
        "MomentOfTruth{%s at %s %s, importance=%.2f, why='%s'}",
        kind(),
        touchpointId().isPresent() ? "touchpoint" : "step",
        markedId(),
        importance(),
        why());
  }

  /** Builds a {@link MomentOfTruth}. */
  public static final class Builder extends ImmutableMomentOfTruth.Builder {}
}
