package dev.cxkit.model.blueprint;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flow between two blueprint entries (by id), for example a frontstage action that triggers a
 * backstage one. The lines it crosses follow from the two entries' lanes: see {@link
 * ServiceBlueprint#linesCrossed(BlueprintLink)}.
 *
 * {@snippet class=dev.cxkit.model.blueprint.SnippetsTest region=blueprintLink}
 */
@Value.Immutable
@JsonSerialize
public abstract class BlueprintLink {

  BlueprintLink() {}

  /** The id of the entry the flow starts at. */
  public abstract String fromActionId();

  /** The id of the entry the flow goes to. */
  public abstract String toActionId();

  /** What flows (information, material, a request), when worth saying. */
  public abstract Optional<String> label();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An unlabelled link. */
  public static BlueprintLink of(String fromActionId, String toActionId) {
    return builder().fromActionId(fromActionId).toActionId(toActionId).build();
  }

  @Value.Check
  final void check() {
    Checks.id("link.fromActionId", fromActionId());
    Checks.id("link.toActionId", toActionId());
    label().ifPresent(l -> Checks.nonBlank("link.label", l));
  }

  @Override
  public final String toString() {
    return fromActionId() + " -> " + toActionId() + label().map(l -> " '" + l + "'").orElse("");
  }

  /** Builds a {@link BlueprintLink}. */
  public static final class Builder extends ImmutableBlueprintLink.Builder {}
}
