package dev.cxkit.model.blueprint;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.CxDocument;
import dev.cxkit.model.internal.Checks;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service blueprint (Bitner, Ostrom and Morgan 2008): for each step of a journey map, what the
 * customer sees and does, what frontstage and backstage staff do and which support processes stand
 * behind them, separated by the {@link BlueprintLine lines} of interaction, visibility and internal
 * interaction, with {@link BlueprintLink links} for the flows between entries.
 *
 * {@snippet class=dev.cxkit.model.blueprint.SnippetsTest region=serviceBlueprint}
 */
@Value.Immutable
@JsonSerialize
public abstract class ServiceBlueprint implements CxDocument {

  ServiceBlueprint() {}

  /**
   * The JSON format version of this document; only {@link CxDocument#SCHEMA_VERSION} is supported.
   */
  @Value.Default
  @Override
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** The blueprint id. */
  public abstract String id();

  /** The blueprint name. */
  public abstract String name();

  /** The id of the journey map whose steps this blueprint details. */
  public abstract String journeyMapId();

  /** One column per detailed map step, in map order. */
  public abstract List<BlueprintStep> steps();

  /** The flows between entries. */
  public abstract List<BlueprintLink> links();

  /** The entry with this id, if any. */
  public final Optional<BlueprintAction> action(String actionId) {
    requireNonNull(actionId, "actionId");
    return Optional.ofNullable(actionIndex().get(actionId));
  }

  /** The column detailing this map step, if any. */
  public final Optional<BlueprintStep> stepFor(String mapStepId) {
    requireNonNull(mapStepId, "mapStepId");
    return steps().stream().filter(s -> s.mapStepId().equals(mapStepId)).findFirst();
  }

  /**
   * The lines {@code link} crosses, top to bottom.
   *
   * @throws IllegalArgumentException if the link names an entry not in this blueprint
   */
  public final List<BlueprintLine> linesCrossed(BlueprintLink link) {
    requireNonNull(link, "link");
    return crossing(link).lines();
  }

  /** Every link resolved to its lanes and the lines it crosses, in link order. */
  public final List<LinkCrossing> crossings() {
    return links().stream().map(this::crossing).toList();
  }

  /**
   * Checks that this blueprint details {@code map}: same map id, every {@code mapStepId} a step of
   * the map and, when the map embeds its touchpoint catalogue, every touchpoint id in it.
   *
   * @throws IllegalArgumentException naming the first id that breaks a rule
   */
  public final void checkLinkedTo(JourneyMap map) {
    requireNonNull(map, "map");
    checkArgument(
        map.id().equals(journeyMapId()),
        "blueprint '%s'.journeyMapId must be the map's id '%s', was '%s'",
        id(),
        map.id(),
        journeyMapId());
    for (BlueprintStep s : steps()) {
      Optional<Step> step = map.step(s.mapStepId());
      checkArgument(
          step.isPresent(),
          "blueprint '%s' step mapStepId must name a step of map '%s', was '%s'",
          id(),
          map.id(),
          s.mapStepId());
      if (!map.touchpoints().isEmpty()) {
        for (String t : s.touchpointIds()) {
          checkArgument(
              map.touchpoint(t).isPresent(),
              "blueprint '%s' step '%s'.touchpointIds must name touchpoints of map '%s', was '%s'",
              id(),
              s.mapStepId(),
              map.id(),
              t);
        }
      }
    }
  }

  private LinkCrossing crossing(BlueprintLink link) {
    BlueprintAction from = actionIndex().get(link.fromActionId());
    BlueprintAction to = actionIndex().get(link.toActionId());
    checkArgument(
        from != null,
        "link.fromActionId must name an entry of blueprint '%s', was '%s'",
        id(),
        link.fromActionId());
    checkArgument(
        to != null,
        "link.toActionId must name an entry of blueprint '%s', was '%s'",
        id(),
        link.toActionId());
    return LinkCrossing.of(link, from.lane(), to.lane());
  }

  @Value.Lazy
  Map<String, BlueprintAction> actionIndex() {
    Map<String, BlueprintAction> index = new HashMap<>();
    for (BlueprintStep s : steps()) {
      for (BlueprintAction a : s.actions()) {
        checkArgument(
            index.put(a.id(), a) == null,
            "blueprint '%s' actions must have unique ids, was '%s' twice",
            id(),
            a.id());
      }
    }
    return index;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    CxDocument.checkSchemaVersion(schemaVersion());
    Checks.id("blueprint.id", id());
    Checks.nonBlank("blueprint '" + id() + "'.name", name());
    Checks.id("blueprint '" + id() + "'.journeyMapId", journeyMapId());
    checkArgument(!steps().isEmpty(), "blueprint '%s'.steps must not be empty, was []", id());
    Set<String> mapSteps = new HashSet<>();
    for (BlueprintStep s : steps()) {
      checkArgument(
          mapSteps.add(s.mapStepId()),
          "blueprint '%s'.steps must detail each map step once, was '%s' twice",
          id(),
          s.mapStepId());
    }
    actionIndex();
    for (BlueprintLink link : links()) {
      crossing(link);
    }
  }

  @Override
  public final String toString() {
    return "ServiceBlueprint{"
        + id()
        + " '"
        + name()
        + "' of map "
        + journeyMapId()
        + ", steps="
        + steps().stream().map(BlueprintStep::mapStepId).toList()
        + ", links="
        + links().size()
        + "}";
  }

  /** Builds a {@link ServiceBlueprint}. */
  public static final class Builder extends ImmutableServiceBlueprint.Builder {}
}
