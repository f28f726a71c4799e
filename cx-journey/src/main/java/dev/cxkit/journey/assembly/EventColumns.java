package dev.cxkit.journey.assembly;

import dev.cxkit.journey.internal.Growth;
import java.util.Arrays;

/**
 * Growable event columns of one customer, read as a {@link JourneyView} of their first {@link
 * #viewLength()} events: the open journey of the assemblers, handed to the sink without copying.
 */
abstract class EventColumns implements JourneyView {
  long[] time;
  int[] touchpoint;
  int[] channel;
  int[] type;
  int[] stage;
  int length;

  EventColumns(int capacity) {
    time = new long[capacity];
    touchpoint = new int[capacity];
    channel = new int[capacity];
    type = new int[capacity];
    stage = new int[capacity];
  }

  /** Makes room for one more event. */
  final void ensureRoom() {
    if (length == time.length) {
      int cap = Growth.capacity(length, length + 1);
      time = Arrays.copyOf(time, cap);
      touchpoint = Arrays.copyOf(touchpoint, cap);
      channel = Arrays.copyOf(channel, cap);
      type = Arrays.copyOf(type, cap);
      stage = Arrays.copyOf(stage, cap);
    }
  }

  /** Writes event {@code i} (which must be below the capacity). */
  final void set(int i, long t, int tp, int ch, int ty, int st) {
    time[i] = t;
    touchpoint[i] = tp;
    channel[i] = ch;
    type[i] = ty;
    stage[i] = st;
  }

  /** Moves events {@code [from, length)} to start at {@code to}. */
  final void shift(int from, int to) {
    int n = length - from;
    System.arraycopy(time, from, time, to, n);
    System.arraycopy(touchpoint, from, touchpoint, to, n);
    System.arraycopy(channel, from, channel, to, n);
    System.arraycopy(type, from, type, to, n);
    System.arraycopy(stage, from, stage, to, n);
  }

  /** How many of the first events the view shows. */
  abstract int viewLength();

  private int check(int i) {
    int n = viewLength();
    if (i < 0 || i >= n) {
      throw new IndexOutOfBoundsException("event index must be in 0.." + (n - 1) + ", was " + i);
    }
    return i;
  }

  @Override
  public final int length() {
    return viewLength();
  }

  @Override
  public final long time(int i) {
    return time[check(i)];
  }

  @Override
  public final int touchpoint(int i) {
    return touchpoint[check(i)];
  }

  @Override
  public final int channel(int i) {
    return channel[check(i)];
  }

  @Override
  public final int type(int i) {
    return type[check(i)];
  }

  @Override
  public final int stage(int i) {
    return stage[check(i)];
  }
}
