package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;
import static dev.cxkit.model.internal.Preconditions.checkState;

import dev.cxkit.journey.internal.Growth;
import dev.cxkit.model.experience.EmotionScale;
import dev.cxkit.model.survey.Scale;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
  private final EventAttributes attributes;

  EventLog(
      EventDictionaries dictionaries,
      int size,
      long[] time,
      int[] customer,
      int[] touchpoint,
      int[] channel,
      int[] type,
      int[] stage,
      EventAttributes attributes) {
    this.dictionaries = dictionaries;
    this.size = size;
    this.time = time;
    this.customer = customer;
    this.touchpoint = touchpoint;
    this.channel = channel;
    this.type = type;
    this.stage = stage;
    this.attributes = attributes;
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

  /** The optional attributes of the events (segment, emotion, score, value, outcome). */
  public EventAttributes attributes() {
    return attributes;
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
    return new EventLog(dictionaries, size, t, c, tp, ch, ty, st, attributes.permuted(permutation));
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
    private int @Nullable [] segment;
    private double @Nullable [] emotion;
    private double @Nullable [] score;
    private double @Nullable [] value;
    private byte @Nullable [] outcome;
    private @Nullable EmotionScale emotionScale;
    private @Nullable Scale scoreScale;
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

    /** Appends one event and stores its attributes (absent ones as NaN or -1). */
    @Override
    public void accept(int cust, long t, int tp, int ch, int ty, int st, EventAttributes.Values a) {
      if (a.segment >= 0) {
        checkId(a.segment, dictionaries.segments());
      }
      checkArgument(
          Double.isNaN(a.emotion) || (a.emotion >= -1 && a.emotion <= 1),
          "emotion valence must be in [-1, 1], was %s",
          a.emotion);
      checkArgument(
          Double.isNaN(a.value) || Double.isFinite(a.value),
          "value must be finite, was %s",
          a.value);
      checkArgument(
          a.outcome >= -1 && a.outcome <= 1, "outcome must be -1, 0 or 1, was %s", a.outcome);
      int i = size;
      accept(cust, t, tp, ch, ty, st);
      int cap = time.length;
      if (a.segment >= 0 || segment != null) {
        segment = column(segment, cap, -1);
        segment[i] = a.segment;
      }
      if (a.outcome >= 0 || outcome != null) {
        outcome = column(outcome, cap);
        outcome[i] = (byte) a.outcome;
      }
      if (!Double.isNaN(a.emotion) || emotion != null) {
        emotion = column(emotion, cap);
        emotion[i] = a.emotion;
        emotionScale = emotionScale != null ? emotionScale : a.emotionScale;
      }
      if (!Double.isNaN(a.score) || score != null) {
        score = column(score, cap);
        score[i] = a.score;
        scoreScale = scoreScale != null ? scoreScale : a.scoreScale;
      }
      if (!Double.isNaN(a.value) || value != null) {
        value = column(value, cap);
        value[i] = a.value;
      }
    }

    /** {@code c} with capacity {@code cap}, new slots set to {@code missing}. */
    private static int[] column(int @Nullable [] c, int cap, int missing) {
      if (c != null && c.length >= cap) {
        return c;
      }
      int old = c == null ? 0 : c.length;
      int[] out = c == null ? new int[cap] : Arrays.copyOf(c, cap);
      Arrays.fill(out, old, cap, missing);
      return out;
    }

    private static double[] column(double @Nullable [] c, int cap) {
      if (c != null && c.length >= cap) {
        return c;
      }
      int old = c == null ? 0 : c.length;
      double[] out = c == null ? new double[cap] : Arrays.copyOf(c, cap);
      Arrays.fill(out, old, cap, Double.NaN);
      return out;
    }

    private static byte[] column(byte @Nullable [] c, int cap) {
      if (c != null && c.length >= cap) {
        return c;
      }
      int old = c == null ? 0 : c.length;
      byte[] out = c == null ? new byte[cap] : Arrays.copyOf(c, cap);
      Arrays.fill(out, old, cap, (byte) -1);
      return out;
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
      EventAttributes attrs =
          segment == null && emotion == null && score == null && value == null && outcome == null
              ? EventAttributes.none(size)
              : new EventAttributes(
                  size,
                  segment == null ? null : Arrays.copyOf(column(segment, size, -1), size),
                  emotion == null ? null : Arrays.copyOf(column(emotion, size), size),
                  score == null ? null : Arrays.copyOf(column(score, size), size),
                  value == null ? null : Arrays.copyOf(column(value, size), size),
                  outcome == null ? null : Arrays.copyOf(column(outcome, size), size),
                  emotionScale,
                  scoreScale);
      return new EventLog(
          dictionaries, size, time, customer, touchpoint, channel, type, stage, attrs);
    }

    private static void checkId(int id, Dictionary dictionary) {
      if (id < 0 || id >= dictionary.size()) {
        throw new IllegalArgumentException(
            dictionary.field() + " id must be in 0.." + (dictionary.size() - 1) + ", was " + id);
      }
    }
  }
}
