package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;
import static dev.cxkit.model.internal.Preconditions.checkState;

import dev.cxkit.journey.internal.Growth;
import java.util.Arrays;

/**
 * An immutable, columnar log of interned events: one primitive array per attribute, index {@code i}
 * is the {@code i}-th event in arrival order. No object per event.
 *
 * <pre>{@code
 * EventDictionaries dict = new EventDictionaries();
 * EventLog log = EventLog.builder(dict)
 *     .add("c1", 1_000L, "ad", "display", "view", "awareness")
 *     .add("c1", 9_000L, "checkout", "web", "order", "purchase")
 *     .build();
 * log.size();                    // 2
 * dict.touchpoints().name(log.touchpoint(1));   // "checkout"
 * }</pre>
 */
public final class EventLog {
  private final EventDictionaries dictionaries;
  private final int size;
  private final long[] time;
  private final int[] customer;
  private final int[] touchpoint;
  private final int[] channel;
  private final int[] type;
  private final int[] stage;

  EventLog(
      EventDictionaries dictionaries,
      int size,
      long[] time,
      int[] customer,
      int[] touchpoint,
      int[] channel,
      int[] type,
      int[] stage) {
    this.dictionaries = dictionaries;
    this.size = size;
    this.time = time;
    this.customer = customer;
    this.touchpoint = touchpoint;
    this.channel = channel;
    this.type = type;
    this.stage = stage;
  }

  /** A builder (and {@link EventSink}) appending to columns that grow as needed. */
  public static Builder builder(EventDictionaries dictionaries) {
    return new Builder(dictionaries);
  }

  /** The dictionaries naming this log's ids. */
  public EventDictionaries dictionaries() {
    return dictionaries;
  }

  /** Number of events. */
  public int size() {
    return size;
  }

  /** Time of event {@code i}, epoch milliseconds. */
  public long time(int i) {
    return time[check(i)];
  }

  /** Customer id of event {@code i}. */
  public int customer(int i) {
    return customer[check(i)];
  }

  /** Touchpoint id of event {@code i}. */
  public int touchpoint(int i) {
    return touchpoint[check(i)];
  }

  /** Channel id of event {@code i}. */
  public int channel(int i) {
    return channel[check(i)];
  }

  /** Event type id of event {@code i}. */
  public int type(int i) {
    return type[check(i)];
  }

  /** Stage id of event {@code i}. */
  public int stage(int i) {
    return stage[check(i)];
  }

  /** The id of event {@code i} in {@code dimension}. */
  public int symbol(Dimension dimension, int i) {
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

  /** A copy of the time column. */
  public long[] times() {
    return Arrays.copyOf(time, size);
  }

  /** A copy of the customer column. */
  public int[] customers() {
    return Arrays.copyOf(customer, size);
  }

  /** A copy of the touchpoint column. */
  public int[] touchpoints() {
    return Arrays.copyOf(touchpoint, size);
  }

  /** A copy of the channel column. */
  public int[] channels() {
    return Arrays.copyOf(channel, size);
  }

  /** A copy of the type column. */
  public int[] types() {
    return Arrays.copyOf(type, size);
  }

  /** A copy of the stage column. */
  public int[] stages() {
    return Arrays.copyOf(stage, size);
  }

  /** Replays every event, in arrival order, into {@code sink}. */
  public void forEach(EventSink sink) {
    for (int i = 0; i < size; i++) {
      sink.accept(customer[i], time[i], touchpoint[i], channel[i], type[i], stage[i]);
    }
  }

  /** The events in the order given by {@code permutation} (a sorted view is a new log). */
  public EventLog permuted(int[] permutation) {
    checkArgument(
        permutation.length == size,
        "permutation length must equal log size %s, was %s",
        size,
        permutation.length);
    // one gather per column: independent loads the memory system can overlap
    long[] t = new long[size];
    for (int k = 0; k < size; k++) {
      t[k] = time[permutation[k]];
    }
    int[] c = gather(customer, permutation);
    int[] tp = gather(touchpoint, permutation);
    int[] ch = gather(channel, permutation);
    int[] ty = gather(type, permutation);
    int[] st = gather(stage, permutation);
    return new EventLog(dictionaries, size, t, c, tp, ch, ty, st);
  }

  private int[] gather(int[] column, int[] permutation) {
    int[] out = new int[size];
    for (int k = 0; k < size; k++) {
      out[k] = column[permutation[k]];
    }
    return out;
  }

  private int check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("event index must be in 0.." + (size - 1) + ", was " + i);
    }
    return i;
  }

  @Override
  public String toString() {
    return "EventLog[" + size + " events, " + dictionaries + "]";
  }

  /**
   * Appends events to growable columns; {@link #build()} freezes them.
   *
   * <p>Not thread-safe, and neither are the {@link EventDictionaries} it interns names into: append
   * from one thread, or hold one lock around every call on the builder and on its dictionaries. To
   * read in parallel, give each thread its own dictionaries and builder and assemble each log
   * separately. After {@link #build()} every append throws {@link IllegalStateException} before
   * interning anything.
   */
  public static final class Builder implements EventSink {
    private final EventDictionaries dictionaries;
    private int size;
    private long[] time = new long[1024];
    private int[] customer = new int[1024];
    private int[] touchpoint = new int[1024];
    private int[] channel = new int[1024];
    private int[] type = new int[1024];
    private int[] stage = new int[1024];
    private boolean built;

    Builder(EventDictionaries dictionaries) {
      this.dictionaries = checkNotNull(dictionaries, "dictionaries");
    }

    @Override
    public void accept(int cust, long t, int tp, int ch, int ty, int st) {
      if (built) {
        throw new IllegalStateException("builder already built");
      }
      checkId(cust, dictionaries.customers());
      checkId(tp, dictionaries.touchpoints());
      checkId(ch, dictionaries.channels());
      checkId(ty, dictionaries.types());
      checkId(st, dictionaries.stages());
      if (size == time.length) {
        int cap = Growth.capacity(size, size + 1);
        time = Arrays.copyOf(time, cap);
        customer = Arrays.copyOf(customer, cap);
        touchpoint = Arrays.copyOf(touchpoint, cap);
        channel = Arrays.copyOf(channel, cap);
        type = Arrays.copyOf(type, cap);
        stage = Arrays.copyOf(stage, cap);
      }
      time[size] = t;
      customer[size] = cust;
      touchpoint[size] = tp;
      channel[size] = ch;
      type[size] = ty;
      stage[size] = st;
      size++;
    }

    /** Interns the names and appends one event; returns this builder. */
    public Builder add(
        String customerKey,
        long epochMillis,
        String touchpointName,
        String channelName,
        String typeName,
        String stageName) {
      checkState(!built, "builder already built");
      checkArgument(!customerKey.isEmpty(), "customer must not be empty, was '%s'", customerKey);
      checkArgument(
          !touchpointName.isEmpty(), "touchpoint must not be empty, was '%s'", touchpointName);
      accept(
          dictionaries.customers().intern(customerKey),
          epochMillis,
          dictionaries.touchpoints().intern(touchpointName),
          dictionaries.channels().intern(channelName),
          dictionaries.types().intern(typeName),
          dictionaries.stages().intern(stageName));
      return this;
    }

    /** Number of events appended so far. */
    public int size() {
      return size;
    }

    /** The log; the builder cannot be used afterwards. */
    public EventLog build() {
      built = true;
      return new EventLog(dictionaries, size, time, customer, touchpoint, channel, type, stage);
    }

    private static void checkId(int id, Dictionary dictionary) {
      if (id < 0 || id >= dictionary.size()) {
        throw new IllegalArgumentException(
            dictionary.field() + " id must be in 0.." + (dictionary.size() - 1) + ", was " + id);
      }
    }
  }
}
