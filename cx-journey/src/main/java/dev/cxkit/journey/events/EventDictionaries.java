package dev.cxkit.journey.events;

/**
 * The dictionaries of an event log: customers, touchpoints, channels, event types, stages and the
 * optional segments. Readers, logs and journeys that share an instance share ids. Optional
 * attributes that a record does not carry are interned as the empty name {@code ""}. Not
 * thread-safe.
 *
 * <pre>{@code
 * EventDictionaries dict = new EventDictionaries();
 * int call = dict.touchpoints().intern("call");
 * }</pre>
 */
public final class EventDictionaries {
  private final Dictionary customers = new Dictionary("customer");
  private final Dictionary touchpoints = new Dictionary("touchpoint");
  private final Dictionary channels = new Dictionary("channel");
  private final Dictionary types = new Dictionary("type");
  private final Dictionary stages = new Dictionary("stage");
  private final Dictionary segments = new Dictionary("segment");

  /** Five empty dictionaries. */
  public EventDictionaries() {}

  /** Customer keys. */
  public Dictionary customers() {
    return customers;
  }

  /** Touchpoint names. */
  public Dictionary touchpoints() {
    return touchpoints;
  }

  /** Channel names. */
  public Dictionary channels() {
    return channels;
  }

  /** Event type names. */
  public Dictionary types() {
    return types;
  }

  /** Stage names. */
  public Dictionary stages() {
    return stages;
  }

  /** Segment or persona names (the optional attribute of {@link EventAttributes}). */
  public Dictionary segments() {
    return segments;
  }

  @Override
  public String toString() {
    return "EventDictionaries[customers="
        + customers.size()
        + ", touchpoints="
        + touchpoints.size()
        + ", channels="
        + channels.size()
        + ", types="
        + types.size()
        + ", stages="
        + stages.size()
        + (segments.size() == 0 ? "" : ", segments=" + segments.size())
        + "]";
  }
}
