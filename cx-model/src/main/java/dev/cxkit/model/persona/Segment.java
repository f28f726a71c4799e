package dev.cxkit.model.persona;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A customer segment: a group of customers with shared attributes, needs and preferences.
 *
 * {@snippet class=dev.cxkit.model.persona.SnippetsTest region=segment}
 */
@Value.Immutable
@JsonSerialize
public abstract class Segment {

  Segment() {}

  /** Stable identifier. */
  public abstract String id();

  /** Human-readable name. */
  public abstract String name();

  /** Who is in the segment; empty when not described. */
  @Value.Default
  public String description() {
    return "";
  }

  /** Demographic, psychographic and firmographic attributes. */
  @Value.Default
  public Attributes attributes() {
    return Attributes.empty();
  }

  /** What the customers need. */
  public abstract List<String> needs();

  /** What the customers want to achieve. */
  public abstract List<String> goals();

  /** Preferred channel ids, most preferred first. */
  public abstract List<String> channelPreferences();

  /** Preferred content formats or topics. */
  public abstract List<String> contentPreferences();

  /** A builder; only {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A segment with only id and name. */
  public static Segment of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  @Value.Check
  final void check() {
    Checks.id("segment id", id());
    Checks.text("segment '" + id() + "' name", name());
    Checks.texts("segment '" + id() + "' needs", needs());
    Checks.texts("segment '" + id() + "' goals", goals());
    for (String channelId : channelPreferences()) {
      Checks.id("segment '" + id() + "' channelPreferences entry", channelId);
    }
    Checks.texts("segment '" + id() + "' contentPreferences", contentPreferences());
  }

  @Override
  public final String toString() {
    return "Segment{" + id() + " '" + name() + "', needs=" + needs() + ", goals=" + goals() + "}";
  }

  /** Builds a {@link Segment}. */
  public static final class Builder extends ImmutableSegment.Builder {}
}
