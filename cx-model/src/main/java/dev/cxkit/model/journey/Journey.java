package dev.cxkit.model.journey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.CxDocument;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An observed journey: one customer's interactions of one {@link JourneyType}, in time order, and
 * how it ended.
 *
 * <p>Rules: at least one interaction; all interactions belong to {@link #customerId()}; timestamps
 * never decrease; interaction ids are unique.
 *
 * {@snippet class=dev.cxkit.model.journey.SnippetsTest region=journey}
 */
@Value.Immutable
@JsonSerialize
public abstract class Journey implements CxDocument {

  Journey() {}

  /** The JSON schema version; always {@link CxDocument#SCHEMA_VERSION} when written. */
  @Override
  @Value.Default
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** Id of the journey. */
  public abstract String id();

  /** The customer whose journey it is. */
  public abstract String customerId();

  /** Purchase, service, retail, or a custom type. */
  public abstract JourneyType type();

  /** The interactions in time order. */
  public abstract List<Interaction> interactions();

  /** How the journey ended; {@link JourneyOutcome#ONGOING} when unknown. */
  @Value.Default
  public JourneyOutcome outcome() {
    return JourneyOutcome.ONGOING;
  }

  /** A builder; add interactions in time order. */
  public static Builder builder() {
    return new Builder();
  }

  /** When the first interaction happened. */
  public final Instant start() {
    return interactions().get(0).timestamp();
  }

  /** When the last interaction happened. */
  public final Instant end() {
    return interactions().get(interactions().size() - 1).timestamp();
  }

  /** Time from the first to the last interaction. */
  public final Duration duration() {
    return Duration.between(start(), end());
  }

  /** The touchpoint ids in order, repeats kept. */
  public final List<String> touchpointPath() {
    return interactions().stream()
        .map(Interaction::touchpointId)
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  final void check() {
    CxDocument.checkSchemaVersion(schemaVersion());
    Checks.id("journey id", id());
    String self = "journey '" + id() + "' ";
    Checks.id(self + "customerId", customerId());
    checkArgument(!interactions().isEmpty(), "%sinteractions must not be empty, was []", self);
    Checks.uniqueIds(self + "interactions", interactions(), Interaction::id);
    Interaction previous = null;
    for (int i = 0; i < interactions().size(); i++) {
      Interaction current = interactions().get(i);
      checkArgument(
          current.customerId().equals(customerId()),
          "%sinteractions[%s] must belong to customer '%s', was '%s' (interaction '%s')",
          self,
          i,
          customerId(),
          current.customerId(),
          current.id());
      if (previous != null) {
        checkArgument(
            !current.timestamp().isBefore(previous.timestamp()),
            "%sinteractions must be in time order, was interactions[%s] '%s' at %s before"
                + " interactions[%s] '%s' at %s",
            self,
            i,
            current.id(),
            current.timestamp(),
            i - 1,
            previous.id(),
            previous.timestamp());
      }
      previous = current;
    }
  }

  @Override
  public final String toString() {
    return "Journey{"
        + id()
        + " of "
        + customerId()
        + ", "
        + type().id()
        + ", "
        + outcome()
        + ", "
        + String.join(" > ", touchpointPath())
        + "}";
  }

  /** Builds a {@link Journey}. */
  public static final class Builder extends ImmutableJourney.Builder {}
}
