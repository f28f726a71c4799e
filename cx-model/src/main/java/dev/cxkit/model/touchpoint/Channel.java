package dev.cxkit.model.touchpoint;

import static java.util.Objects.requireNonNull;

import dev.cxkit.model.internal.Checks;

/**
 * A channel through which customer and company interact, such as the website or the call centre.
 *
 * {@snippet class=dev.cxkit.model.touchpoint.SnippetsTest region=channel}
 *
 * @param id stable identifier, for example {@code "phone"}
 * @param name human-readable name
 * @param kind digital, physical, assisted or self-service
 */
public record Channel(String id, String name, ChannelKind kind) {

  /** Validates the components. */
  public Channel {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    Checks.id("channel id", id);
    Checks.text("channel name", name);
  }

  /** A channel. */
  public static Channel of(String id, String name, ChannelKind kind) {
    return new Channel(id, name, kind);
  }
}
