package dev.cxkit.model.interaction;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.internal.Checks;
import dev.cxkit.model.survey.Rating;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One interaction (event) between a customer and the company: who, when, at which touchpoint and
 * channel, in which lifecycle stage, what kind, who started it, how it ended, and optionally its
 * monetary value, the customer's effort and emotion, and free attributes.
 *
 * {@snippet class=dev.cxkit.model.interaction.SnippetsTest region=interaction}
 */
@Value.Immutable
@JsonSerialize
public abstract class Interaction {

  Interaction() {}

  /** Unique id of the event. */
  public abstract String id();

  /** The customer (person) who took part. */
  public abstract String customerId();

  /** The account (organisation) the customer acts for, in B2B. */
  public abstract Optional<String> accountId();

  /** When it happened. */
  public abstract Instant timestamp();

  /** The touchpoint where it happened. */
  public abstract String touchpointId();

  /** The channel it happened in. */
  public abstract String channelId();

  /** The lifecycle stage, when known. */
  public abstract Optional<String> stageId();

  /** What kind of interaction, for example {@code "call"}, {@code "page-view"}, {@code "order"}. */
  public abstract String type();

  /** Who started it. */
  public abstract Initiator initiator();

  /** How it ended; {@link Outcome#NONE} when not recorded. */
  @Value.Default
  public Outcome outcome() {
    return Outcome.NONE;
  }

  /** Monetary value (order amount, refund), if any. */
  public abstract Optional<Money> value();

  /** The customer's effort, on a typed scale, if measured. */
  public abstract Optional<Rating> effort();

  /** The customer's emotion, if measured or inferred. */
  public abstract Optional<Emotion> emotion();

  /** Free attributes (queue, agent, campaign, ...). */
  public abstract Map<String, String> attributes();

  /** A builder; optional attributes may stay unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the company started the interaction. */
  public final boolean isProactive() {
    return initiator().isProactive();
  }

  /** Whether the customer started the interaction and the company responded. */
  public final boolean isReactive() {
    return initiator().isReactive();
  }

  @Value.Check
  final void check() {
    Checks.id("interaction id", id());
    String self = "interaction '" + id() + "' ";
    Checks.id(self + "customerId", customerId());
    accountId().ifPresent(a -> Checks.id(self + "accountId", a));
    Checks.id(self + "touchpointId", touchpointId());
    Checks.id(self + "channelId", channelId());
    stageId().ifPresent(s -> Checks.id(self + "stageId", s));
    Checks.id(self + "type", type());
    Checks.texts(self + "attribute names", attributes().keySet());
  }

  @Override
  public final String toString() {
    return "Interaction{"
        + id()
        + " "
        + customerId()
        + accountId().map(a -> "@" + a).orElse("")
        + " at "
        + timestamp()
        + ", "
        + type()
        + " via "
        + touchpointId()
        + "/"
        + channelId()
        + stageId().map(s -> " in " + s).orElse("")
        + ", by "
        + initiator()
        + (outcome() == Outcome.NONE ? "" : ", " + outcome())
        + value().map(v -> ", value=" + v).orElse("")
        + effort().map(e -> ", effort=" + e.value()).orElse("")
        + emotion().map(e -> ", " + e).orElse("")
        + (attributes().isEmpty() ? "" : ", " + attributes())
        + "}";
  }

  /** Builds an {@link Interaction}. */
  public static final class Builder extends ImmutableInteraction.Builder {}
}
