package dev.cxkit.model.map;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import dev.cxkit.model.lifecycle.LifecycleStage;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A column of a journey map: a stage with its own id and name, optionally tied to a lifecycle stage
 * by id (for example {@code "purchase"} of the default lifecycle model).
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=mapStage}
 */
@Value.Immutable
@JsonSerialize
public abstract class MapStage {

  MapStage() {}

  /** The stage id, unique within the map. */
  public abstract String id();

  /** The stage name shown on the map. */
  public abstract String name();

  /** The lifecycle stage this map stage belongs to, when mapped onto a lifecycle model. */
  public abstract Optional<String> lifecycleStageId();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A stage not tied to a lifecycle stage. */
  public static MapStage of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** A map stage that is a lifecycle stage: same id and name, tied to it. */
  public static MapStage of(LifecycleStage stage) {
    return builder().id(stage.id()).name(stage.name()).lifecycleStageId(stage.id()).build();
  }

  @Value.Check
  final void check() {
    Checks.id("stage.id", id());
    Checks.nonBlank("stage.name", name());
    lifecycleStageId().ifPresent(l -> Checks.id("stage.lifecycleStageId", l));
  }

  @Override
  public final String toString() {
    return id() + " '" + name() + "'" + lifecycleStageId().map(l -> " (" + l + ")").orElse("");
  }

  /** Builds a {@link MapStage}. */
  public static final class Builder extends ImmutableMapStage.Builder {}
}
