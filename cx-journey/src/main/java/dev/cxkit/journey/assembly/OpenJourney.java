package dev.cxkit.journey.assembly;

import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.internal.Growth;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One customer's events whose journeys may still change, in time order (equal times in arrival
 * order), with the split rules applied to its head: also the view handed to the sink for the head
 * journey.
 */
final class OpenJourney implements JourneyView {
  final int customer;
  long[] time = new long[8];
  int[] touchpoint = new int[8];
  int[] channel = new int[8];
  int[] type = new int[8];
  int[] stage = new int[8];
  int length;

  /** The deadline this customer is scheduled under in the heap. */
  long scheduled = Long.MIN_VALUE;

  /** The head journey, from {@link #cutHead}: its end, its first goal event and how it ends. */
  int headEnd;

  int headConversion;
  boolean headEndsAtGoal;

  OpenJourney(int customer) {
    this.customer = customer;
  }

  /** Inserts after every event at or before {@code t}: arrival order among equal times. */
  void insert(long t, int tp, int ch, int ty, int st) {
    if (length == time.length) {
      int cap = Growth.capacity(length, length + 1);
      time = Arrays.copyOf(time, cap);
      touchpoint = Arrays.copyOf(touchpoint, cap);
      channel = Arrays.copyOf(channel, cap);
      type = Arrays.copyOf(type, cap);
      stage = Arrays.copyOf(stage, cap);
    }
    int at = length;
    while (at > 0 && time[at - 1] > t) {
      at--;
    }
    int move = length - at;
    System.arraycopy(time, at, time, at + 1, move);
    System.arraycopy(touchpoint, at, touchpoint, at + 1, move);
    System.arraycopy(channel, at, channel, at + 1, move);
    System.arraycopy(type, at, type, at + 1, move);
    System.arraycopy(stage, at, stage, at + 1, move);
    time[at] = t;
    touchpoint[at] = tp;
    channel[at] = ch;
    type[at] = ty;
    stage[at] = st;
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
    int k = headEnd;
    int rest = length - k;
    System.arraycopy(time, k, time, 0, rest);
    System.arraycopy(touchpoint, k, touchpoint, 0, rest);
    System.arraycopy(channel, k, channel, 0, rest);
    System.arraycopy(type, k, type, 0, rest);
    System.arraycopy(stage, k, stage, 0, rest);
    length = rest;
  }

  private int check(int i) {
    if (i < 0 || i >= headEnd) {
      throw new IndexOutOfBoundsException(
          "event index must be in 0.." + (headEnd - 1) + ", was " + i);
    }
    return i;
  }

  @Override
  public int customer() {
    return customer;
  }

  @Override
  public int length() {
    return headEnd;
  }

  @Override
  public long time(int i) {
    return time[check(i)];
  }

  @Override
  public int touchpoint(int i) {
    return touchpoint[check(i)];
  }

  @Override
  public int channel(int i) {
    return channel[check(i)];
  }

  @Override
  public int type(int i) {
    return type[check(i)];
  }

  @Override
  public int stage(int i) {
    return stage[check(i)];
  }

  @Override
  public int conversionIndex() {
    return headConversion;
  }
}
