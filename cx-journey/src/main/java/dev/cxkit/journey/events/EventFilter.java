package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * A predicate on interned events: "any of these touchpoints / types / stages / channels". Used for
 * conversion goals, journey boundaries and funnel checkpoints; evaluated on ids without allocation.
 *
 * {@snippet class=dev.cxkit.journey.events.SnippetsTest region=eventFilter}
 */
public final class EventFilter {
  private final BitSet touchpoints;
  private final BitSet channels;
  private final BitSet types;
  private final BitSet stages;
  private final String description;

  private EventFilter(
      BitSet touchpoints, BitSet channels, BitSet types, BitSet stages, String description) {
    this.touchpoints = touchpoints;
    this.channels = channels;
    this.types = types;
    this.stages = stages;
    this.description = description;
  }

  /** Events at any of the named touchpoints (names are interned if new). */
  public static EventFilter touchpoints(EventDictionaries dict, String... names) {
    return of(Dimension.TOUCHPOINT, dict, List.of(names));
  }

  /** Events in any of the named channels. */
  public static EventFilter channels(EventDictionaries dict, String... names) {
    return of(Dimension.CHANNEL, dict, List.of(names));
  }

  /** Events of any of the named types. */
  public static EventFilter types(EventDictionaries dict, String... names) {
    return of(Dimension.TYPE, dict, List.of(names));
  }

  /** Events in any of the named stages. */
  public static EventFilter stages(EventDictionaries dict, String... names) {
    return of(Dimension.STAGE, dict, List.of(names));
  }

  /**
   * Events whose {@code dimension} is any of {@code names}. Names are interned so a filter can be
   * built before the data is read.
   */
  public static EventFilter of(
      Dimension dimension, EventDictionaries dict, Collection<String> names) {
    checkArgument(!names.isEmpty(), "filter names must not be empty, was %s", names);
    BitSet ids = new BitSet();
    Dictionary d = dimension.dictionary(dict);
    for (String n : names) {
      checkArgument(!n.isEmpty(), "%s filter name must not be empty, was '%s'", dimension, n);
      ids.set(d.intern(n));
    }
    BitSet none = new BitSet();
    String desc = dimension.name().toLowerCase(java.util.Locale.ROOT) + " in " + names;
    switch (dimension) {
      case TOUCHPOINT:
        return new EventFilter(ids, none, none, none, desc);
      case CHANNEL:
        return new EventFilter(none, ids, none, none, desc);
      case TYPE:
        return new EventFilter(none, none, ids, none, desc);
      case STAGE:
        return new EventFilter(none, none, none, ids, desc);
      default:
        throw new AssertionError(dimension);
    }
  }

  /** Events matching this filter or {@code other}. */
  public EventFilter or(EventFilter other) {
    return new EventFilter(
        union(touchpoints, other.touchpoints),
        union(channels, other.channels),
        union(types, other.types),
        union(stages, other.stages),
        description + " or " + other.description);
  }

  /** Whether an event with these ids matches. */
  public boolean matches(int touchpoint, int channel, int type, int stage) {
    return touchpoints.get(touchpoint)
        || channels.get(channel)
        || types.get(type)
        || stages.get(stage);
  }

  /**
   * Whether this filter and {@code other} name a common value of the same dimension (a touchpoint,
   * channel, type or stage id in both). Filters on different dimensions never overlap, even though
   * one event may match both.
   */
  public boolean overlaps(EventFilter other) {
    return touchpoints.intersects(other.touchpoints)
        || channels.intersects(other.channels)
        || types.intersects(other.types)
        || stages.intersects(other.stages);
  }

  private static BitSet union(BitSet a, BitSet b) {
    BitSet u = (BitSet) a.clone();
    u.or(b);
    return u;
  }

  @Override
  public String toString() {
    return description;
  }
}
