package dev.cxkit.journey.assembly;

import dev.cxkit.journey.events.EventFilter;
import org.jspecify.annotations.Nullable;

/**
 * One customer's events whose journeys may still change, in time order (equal times in arrival
 * order), with the split rules applied to its head: also the view handed to the sink for the head
 * journey.
 */
final class OpenJourney extends EventColumns {
  final int customer;

  /** The deadline this customer is scheduled under in the heap. */
  long scheduled = Long.MIN_VALUE;

  /** The head journey, from {@link #cutHead}: its end, its first goal event and how it ends. */
  int headEnd;

  int headConversion;
  boolean headEndsAtGoal;

  OpenJourney(int customer) {
    super(8);
    this.customer = customer;
  }

  /** Inserts after every event at or before {@code t}: arrival order among equal times. */
  void insert(long t, int tp, int ch, int ty, int st) {
    ensureRoom();
    int at = length;
    while (at > 0 && time[at - 1] > t) {
      at--;
    }
    shift(at, at + 1);
    set(at, t, tp, ch, ty, st);
    length++;
  }

  /**
   * Applies the split rules from the first event, exactly as {@link StreamingAssembler} does on
   * sorted input: sets {@link #headEnd}, {@link #headConversion} and {@link #headEndsAtGoal}.
   */
  void cutHead(
      long gap,
      long maxDuration,
      @Nullable EventFilter goal,
      boolean endAtGoal,
      @Nullable EventFilter boundary) {
    headConversion = -1;
    headEndsAtGoal = false;
    for (int i = 0; i < length; i++) {
      if (i > 0
          && (time[i] - time[i - 1] > gap
              || time[i] - time[0] > maxDuration
              || (boundary != null
                  && boundary.matches(touchpoint[i], channel[i], type[i], stage[i])))) {
        headEnd = i;
        return;
      }
      if (goal != null
          && headConversion < 0
          && goal.matches(touchpoint[i], channel[i], type[i], stage[i])) {
        headConversion = i;
        if (endAtGoal) {
          headEnd = i + 1;
          headEndsAtGoal = true;
          return;
        }
      }
    }
    headEnd = length;
  }

  /**
   * The smallest watermark at which the head journey (after {@link #cutHead}) can no longer change:
   * events that may still arrive are at or after the watermark.
   */
  long finalAt(long gap, long maxDuration) {
    if (headEndsAtGoal) {
      return plus(time[headEnd - 1], 1); // nothing can be inserted before a fixed goal
    }
    if (headEnd < length) {
      return plus(time[headEnd], 1); // the event that starts the next journey is fixed
    }
    return Math.min(plus(plus(time[length - 1], gap), 1), plus(plus(time[0], maxDuration), 1));
  }

  private static long plus(long a, long b) {
    return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
  }

  /** Drops the head journey. */
  void removeHead() {
    shift(headEnd, 0);
    length -= headEnd;
  }

  @Override
  int viewLength() {
    return headEnd;
  }

  @Override
  public int customer() {
    return customer;
  }

  @Override
  public int conversionIndex() {
    return headConversion;
  }
}
