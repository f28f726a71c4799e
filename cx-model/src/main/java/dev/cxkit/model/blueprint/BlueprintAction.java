package dev.cxkit.model.blueprint;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import dev.cxkit.model.touchpoint.BusinessFunction;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a service blueprint: an item of evidence or an action in one {@link Lane}, with an
 * id (unique within the blueprint) that {@link BlueprintLink links} refer to.
 *
 * {@snippet class=dev.cxkit.model.blueprint.SnippetsTest region=blueprintAction}
 */
@Value.Immutable
@JsonSerialize
public abstract class BlueprintAction {

  BlueprintAction() {}

  /** The id, unique within the blueprint. */
  public abstract String id();

  /** The lane the entry sits in. */
  public abstract Lane lane();

  /** What is seen or done. */
  public abstract String description();

  /** The function that performs or owns it (Sales, Billing, Field service, IT, ...). */
  public abstract Optional<BusinessFunction> owningFunction();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An entry without an owning function. */
  public static BlueprintAction of(String id, Lane lane, String description) {
    return builder().id(id).lane(lane).description(description).build();
  }

  @Value.Check
  final void check() {
    Checks.id("action.id", id());
    Checks.nonBlank("action '" + id() + "'.description", description());
  }

  @Override
  public final String toString() {
    return lane()
        + " "
        + id()
        + " '"
        + description()
        + "'"
        + owningFunction().map(f -> " (" + f.name() + ")").orElse("");
  }

  /** Builds a {@link BlueprintAction}. */
  public static final class Builder extends ImmutableBlueprintAction.Builder {}
}
