package dev.cxkit.model.blueprint;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import dev.cxkit.model.touchpoint.BusinessFunction;
import java.util.List;
import org.immutables.value.Value;

/**
 * The blueprint column under one journey-map step: the step it details (by id), the touchpoints and
 * owning functions involved, and its entries in the five {@link Lane lanes}.
 *
 * {@snippet class=dev.cxkit.model.blueprint.SnippetsTest region=blueprintStep}
 */
@Value.Immutable
@JsonSerialize
public abstract class BlueprintStep {

  BlueprintStep() {}

  /** The id of the journey-map step this column details. */
  public abstract String mapStepId();

  /** The touchpoints (by id) involved. */
  public abstract List<String> touchpointIds();

  /** The functions that own the work in this column. */
  public abstract List<BusinessFunction> owningFunctions();

  /** The entries of every lane, in reading order. */
  public abstract List<BlueprintAction> actions();

  /** The entries of one lane, in reading order. */
  public final List<BlueprintAction> actionsIn(Lane lane) {
    requireNonNull(lane, "lane");
    return actions().stream().filter(a -> a.lane() == lane).toList();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("blueprintStep.mapStepId", mapStepId());
    String at = "blueprintStep '" + mapStepId() + "'";
    Checks.allIds(at + ".touchpointIds", touchpointIds());
    Checks.unique(at + ".touchpointIds", touchpointIds());
    Checks.unique(
        at + ".owningFunctions", owningFunctions().stream().map(BusinessFunction::id).toList());
    checkArgument(!actions().isEmpty(), "%s.actions must not be empty, was %s", at, actions());
  }

  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder("BlueprintStep{").append(mapStepId());
    for (Lane lane : Lane.values()) {
      List<BlueprintAction> in = actionsIn(lane);
      if (!in.isEmpty()) {
        s.append(", ").append(lane).append('=');
        s.append(in.stream().map(BlueprintAction::id).toList());
      }
    }
    return s.append('}').toString();
  }

  /** Builds a {@link BlueprintStep}. */
  public static final class Builder extends ImmutableBlueprintStep.Builder {}
}
