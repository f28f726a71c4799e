package dev.cxkit.journey.assembly;

import dev.cxkit.journey.events.Dimension;

/**
 * A read-only view of one journey, valid only during the {@link JourneySink#journey} call that
 * received it (assemblers reuse one view to avoid an object per journey). Events are in time order,
 * index 0 is the first touch.
 *
 * <pre>{@code
 * JourneySink longest = j -> max = Math.max(max, j.length());
 * }</pre>
 */
public interface JourneyView {
  /** The customer id. */
  int customer();

  /** Number of events, at least 1. */
  int length();

  /** Time of event {@code i}, epoch milliseconds. */
  long time(int i);

  /** Touchpoint id of event {@code i}. */
  int touchpoint(int i);

  /** Channel id of event {@code i}. */
  int channel(int i);

  /** Event type id of event {@code i}. */
  int type(int i);

  /** Stage id of event {@code i}. */
  int stage(int i);

  /** Index of the first goal event, or -1 when the journey did not convert. */
  int conversionIndex();

  /** Whether the journey reached its goal. */
  default boolean converted() {
    return conversionIndex() >= 0;
  }

  /** The id of event {@code i} in {@code dimension}. */
  default int symbol(Dimension dimension, int i) {
    switch (dimension) {
      case TOUCHPOINT:
        return touchpoint(i);
      case CHANNEL:
        return channel(i);
      case TYPE:
        return type(i);
      case STAGE:
        return stage(i);
      default:
        throw new AssertionError(dimension);
    }
  }
}
