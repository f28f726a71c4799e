package dev.cxkit.model.persona;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A persona: an archetypal customer with attributes, needs, goals and preferences, and for B2B the
 * {@link BuyingRole buying roles} held and the {@link StageEngagement engagement} in each lifecycle
 * stage.
 *
 * {@snippet class=dev.cxkit.model.persona.SnippetsTest region=persona}
 */
@Value.Immutable
@JsonSerialize
public abstract class Persona {

  Persona() {}

  /** Stable identifier. */
  public abstract String id();

  /** Human-readable name, often a first name and role. */
  public abstract String name();

  /** A short narrative; empty when not described. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The id of the segment the persona represents, if any. */
  public abstract Optional<String> segmentId();

  /** Demographic, psychographic and firmographic attributes. */
  @Value.Default
  public Attributes attributes() {
    return Attributes.empty();
  }

  /** What the persona needs. */
  public abstract List<String> needs();

  /** What the persona wants to achieve. */
  public abstract List<String> goals();

  /** Preferred channel ids, most preferred first. */
  public abstract List<String> channelPreferences();

  /** Preferred content formats or topics. */
  public abstract List<String> contentPreferences();

  /** B2B buying roles held; one person may hold several. Empty for B2C personas. */
  public abstract Set<BuyingRole> buyingRoles();

  /** B2B engagement per lifecycle stage, keyed by stage id. */
  public abstract Map<String, StageEngagement> stageEngagements();

  /** A builder; only {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A persona with only id and name. */
  public static Persona of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Whether the persona holds the given buying role. */
  public final boolean holds(BuyingRole role) {
    requireNonNull(role, "role");
    return buyingRoles().contains(role);
  }

  /** The persona's engagement in a stage, if recorded. */
  public final Optional<StageEngagement> engagementIn(String stageId) {
    requireNonNull(stageId, "stageId");
    return Optional.ofNullable(stageEngagements().get(stageId));
  }

  @Value.Check
  final void check() {
    Checks.id("persona id", id());
    String self = "persona '" + id() + "' ";
    Checks.text(self + "name", name());
    segmentId().ifPresent(s -> Checks.id(self + "segmentId", s));
    Checks.texts(self + "needs", needs());
    Checks.texts(self + "goals", goals());
    for (String channelId : channelPreferences()) {
      Checks.id(self + "channelPreferences entry", channelId);
    }
    Checks.texts(self + "contentPreferences", contentPreferences());
    for (String stageId : stageEngagements().keySet()) {
      Checks.id(self + "stageEngagements key", stageId);
    }
  }

  @Override
  public final String toString() {
    return "Persona{"
        + id()
        + " '"
        + name()
        + "'"
        + (buyingRoles().isEmpty() ? "" : ", roles=" + buyingRoles())
        + ", goals="
        + goals()
        + (stageEngagements().isEmpty() ? "" : ", stages=" + stageEngagements().keySet())
        + "}";
  }

  /** Builds a {@link Persona}. */
  public static final class Builder extends ImmutablePersona.Builder {}
}
