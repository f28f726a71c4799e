package dev.cxkit.model.lifecycle;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * One stage of a customer lifecycle, such as "consideration", and the phase it belongs to.
 *
 * {@snippet class=dev.cxkit.model.lifecycle.SnippetsTest region=lifecycleStage}
 */
@Value.Immutable
@JsonSerialize
public abstract class LifecycleStage {

  LifecycleStage() {}

  /** The stable identifier other model objects refer to, for example {@code "consideration"}. */
  public abstract String id();

  /** A human-readable name. */
  public abstract String name();

  /** The prepurchase, purchase or postpurchase phase the stage belongs to. */
  public abstract LifecyclePhase phase();

  /** What happens in this stage; empty when not described. */
  @Value.Default
  public String description() {
    return "";
  }

  /** A stage without description. */
  public static LifecycleStage of(String id, String name, LifecyclePhase phase) {
    return builder().id(id).name(name).phase(phase).build();
  }

  /** A builder; {@code description} may be left unset. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("stage id", id());
    Checks.text("stage name", name());
  }

  @Override
  public final String toString() {
    return "LifecycleStage{" + id() + " '" + name() + "', " + phase() + "}";
  }

  /** Builds a {@link LifecycleStage}. */
  public static final class Builder extends ImmutableLifecycleStage.Builder {}
}
