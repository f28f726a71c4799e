package dev.cxkit.model.interaction;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.CxDocument;
import dev.cxkit.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * An events document: a list of interactions with unique ids, as exchanged in JSON. Interactions of
 * many customers may be interleaved in any order. The JSON form is described by {@code
 * docs/schema/interaction.schema.json}.
 *
 * {@snippet class=dev.cxkit.model.interaction.SnippetsTest region=interactionLog}
 */
@Value.Immutable
@JsonSerialize
public abstract class InteractionLog implements CxDocument {

  InteractionLog() {}

  /** The JSON schema version; always {@link CxDocument#SCHEMA_VERSION} when written. */
  @Override
  @Value.Default
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** The interactions, in the order given. */
  public abstract List<Interaction> interactions();

  /** A log of the given interactions. */
  public static InteractionLog of(List<Interaction> interactions) {
    return builder().addAllInteractions(interactions).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    CxDocument.checkSchemaVersion(schemaVersion());
    Checks.uniqueIds("interaction log interactions", interactions(), Interaction::id);
  }

  @Override
  public final String toString() {
    return "InteractionLog{schemaVersion="
        + schemaVersion()
        + ", "
        + interactions().size()
        + " interactions}";
  }

  /** Builds an {@link InteractionLog}. */
  public static final class Builder extends ImmutableInteractionLog.Builder {}
}
