package dev.cxkit.model.map;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the customer does at a journey step, told as who does what, and optionally when, where and
 * why.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=stepAction}
 */
@Value.Immutable
@JsonSerialize
public abstract class StepAction {

  StepAction() {}

  /** Who acts (a persona name or role). */
  public abstract String who();

  /** What they do. */
  public abstract String what();

  /** When, relative to the journey or in time. */
  public abstract Optional<String> when();

  /** Where: place, device or channel. */
  public abstract Optional<String> where();

  /** Why: the motive behind the action. */
  public abstract Optional<String> why();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Who does what, without when/where/why. */
  public static StepAction of(String who, String what) {
    return builder().who(who).what(what).build();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("stepAction.who", who());
    Checks.nonBlank("stepAction.what", what());
    when().ifPresent(v -> Checks.nonBlank("stepAction.when", v));
    where().ifPresent(v -> Checks.nonBlank("stepAction.where", v));
    why().ifPresent(v -> Checks.nonBlank("stepAction.why", v));
  }

  @Override
  public final String toString() {
    return who()
        + " "
        + what()
        + when().map(v -> ", when: " + v).orElse("")
        + where().map(v -> ", where: " + v).orElse("")
        + why().map(v -> ", why: " + v).orElse("");
  }

  /** Builds a {@link StepAction}. */
  public static final class Builder extends ImmutableStepAction.Builder {}
}
