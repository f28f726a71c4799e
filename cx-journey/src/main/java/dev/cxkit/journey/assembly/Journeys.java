package dev.cxkit.journey.assembly;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventAttributes;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.internal.Growth;
import java.util.Arrays;

/**
 * Assembled journeys in compact columnar form: the events of all journeys back to back in flat
 * primitive arrays, journey {@code j} occupying event indices {@code [start(j), end(j))}, plus per
 * journey the customer id, the conversion flag and the index of the goal event. Ids are named by
 * {@link #dictionaries()}. Immutable; bulk accessors return copies.
 *
 * <pre>{@code
 * Journeys js = JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL);
 * int[] offsets = js.offsets();          // length count() + 1
 * int[] touchpoints = js.touchpoints();  // length eventCount()
 * for (int j = 0; j < js.count(); j++) {
 *   boolean converted = js.converted(j);
 *   for (int i = js.start(j); i < js.end(j); i++) { int tp = js.touchpoint(i); }
 * }
 * }</pre>
 */
public final class Journeys {
  private final EventDictionaries dictionaries;
  private final int count;
  private final int[] offsets;
  private final int[] customer;
  private final int[] conversionIndex;
  private final long[] time;
  private final int[] touchpoint;
  private final int[] channel;
  private final int[] type;
  private final int[] stage;
  private final EventAttributes attributes;

  private Journeys(Collector c) {
    this.dictionaries = c.dictionaries;
    this.count = c.count;
    this.offsets = Arrays.copyOf(c.offsets, c.count + 1);
    this.customer = Arrays.copyOf(c.customer, c.count);
    this.conversionIndex = Arrays.copyOf(c.conversionIndex, c.count);
    int n = offsets[count];
    this.time = Arrays.copyOf(c.time, n);
    this.touchpoint = Arrays.copyOf(c.touchpoint, n);
    this.channel = Arrays.copyOf(c.channel, n);
    this.type = Arrays.copyOf(c.type, n);
    this.stage = Arrays.copyOf(c.stage, n);
    this.attributes = EventAttributes.none(n);
  }

  private Journeys(Journeys j, EventAttributes attributes) {
    this.dictionaries = j.dictionaries;
    this.count = j.count;
    this.offsets = j.offsets;
    this.customer = j.customer;
    this.conversionIndex = j.conversionIndex;
    this.time = j.time;
    this.touchpoint = j.touchpoint;
    this.channel = j.channel;
    this.type = j.type;
    this.stage = j.stage;
    this.attributes = attributes;
  }

  /**
   * These journeys with the attributes of their events, index for index ({@code attributes} of the
   * sorted log they were assembled from, one event per journey event).
   */
  Journeys withAttributes(EventAttributes attributes) {
    checkArgument(
        attributes.size() == eventCount(),
        "attributes must have one entry per journey event (%s), had %s",
        eventCount(),
        attributes.size());
    return attributes.isEmpty() ? this : new Journeys(this, attributes);
  }

  /**
   * The optional attributes of the journeys' events (segment, emotion, score, value, outcome),
   * index {@code i} the event {@code i} of {@link #time(int)}; empty for journeys streamed from an
   * assembler, filled by {@link JourneyAssembler#assemble(EventLog, SplitRules, TieBreak)} when the
   * log has them.
   */
  public EventAttributes attributes() {
    return attributes;
  }

  /** A sink that collects journeys; {@link Collector#build()} returns them. */
  public static Collector collector(EventDictionaries dictionaries) {
    return new Collector(dictionaries);
  }

  /** The dictionaries naming the ids. */
  public EventDictionaries dictionaries() {
    return dictionaries;
  }

  /** Number of journeys. */
  public int count() {
    return count;
  }

  /** Number of events over all journeys. */
  public int eventCount() {
    return offsets[count];
  }

  /** First event index of journey {@code j}. */
  public int start(int j) {
    return offsets[checkJourney(j)];
  }

  /** One past the last event index of journey {@code j}. */
  public int end(int j) {
    return offsets[checkJourney(j) + 1];
  }

  /** Number of events of journey {@code j}. */
  public int length(int j) {
    return end(j) - start(j);
  }

  /** Customer id of journey {@code j}. */
  public int customer(int j) {
    return customer[checkJourney(j)];
  }

  /** Whether journey {@code j} reached the goal. */
  public boolean converted(int j) {
    return conversionIndex[checkJourney(j)] >= 0;
  }

  /** Position within journey {@code j} of its first goal event, or -1. */
  public int conversionIndex(int j) {
    return conversionIndex[checkJourney(j)];
  }

  /** Time of event {@code i} (a flat event index), epoch milliseconds. */
  public long time(int i) {
    return time[checkEvent(i)];
  }

  /** Touchpoint id of event {@code i}. */
  public int touchpoint(int i) {
    return touchpoint[checkEvent(i)];
  }

  /** Channel id of event {@code i}. */
  public int channel(int i) {
    return channel[checkEvent(i)];
  }

  /** Event type id of event {@code i}. */
  public int type(int i) {
    return type[checkEvent(i)];
  }

  /** Stage id of event {@code i}. */
  public int stage(int i) {
    return stage[checkEvent(i)];
  }

  /** The id of event {@code i} in {@code dimension}. */
  public int symbol(Dimension dimension, int i) {
    return column(dimension)[checkEvent(i)];
  }

  /** A copy of the offsets: journey {@code j} is {@code [offsets[j], offsets[j+1])}. */
  public int[] offsets() {
    return offsets.clone();
  }

  /** A copy of the flat touchpoint ids. */
  public int[] touchpoints() {
    return touchpoint.clone();
  }

  /** A copy of the flat channel ids. */
  public int[] channels() {
    return channel.clone();
  }

  /** A copy of the flat event type ids. */
  public int[] types() {
    return type.clone();
  }

  /** A copy of the flat stage ids. */
  public int[] stages() {
    return stage.clone();
  }

  /** A copy of the flat ids of {@code dimension}. */
  public int[] symbols(Dimension dimension) {
    return column(dimension).clone();
  }

  /** A copy of the flat times, epoch milliseconds. */
  public long[] times() {
    return time.clone();
  }

  /** A copy of the customer id per journey. */
  public int[] customers() {
    return customer.clone();
  }

  /** The conversion flag per journey. */
  public boolean[] convertedFlags() {
    boolean[] f = new boolean[count];
    for (int j = 0; j < count; j++) {
      f[j] = conversionIndex[j] >= 0;
    }
    return f;
  }

  /** Number of converted journeys. */
  public int convertedCount() {
    int n = 0;
    for (int j = 0; j < count; j++) {
      if (conversionIndex[j] >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Replays every journey, in order, into {@code sink} through one reused view. */
  public void forEach(JourneySink sink) {
    View v = new View();
    for (int j = 0; j < count; j++) {
      v.j = j;
      v.from = offsets[j];
      v.length = offsets[j + 1] - offsets[j];
      sink.journey(v);
    }
  }

  private int[] column(Dimension dimension) {
    switch (checkNotNull(dimension, "dimension")) {
      case TOUCHPOINT:
        return touchpoint;
      case CHANNEL:
        return channel;
      case TYPE:
        return type;
      case STAGE:
        return stage;
      default:
        throw new AssertionError(dimension);
    }
  }

  private int checkJourney(int j) {
    if (j < 0 || j >= count) {
      throw new IndexOutOfBoundsException(
          "journey index must be in 0.." + (count - 1) + ", was " + j);
    }
    return j;
  }

  private int checkEvent(int i) {
    if (i < 0 || i >= offsets[count]) {
      throw new IndexOutOfBoundsException(
          "event index must be in 0.." + (offsets[count] - 1) + ", was " + i);
    }
    return i;
  }

  @Override
  public String toString() {
    return "Journeys["
        + count
        + " journeys, "
        + eventCount()
        + " events, "
        + convertedCount()
        + " converted]";
  }

  private final class View implements JourneyView {
    int j;
    int from;
    int length;

    private int at(int i) {
      if (i < 0 || i >= length) {
        throw new IndexOutOfBoundsException(
            "event index must be in 0.." + (length - 1) + ", was " + i);
      }
      return from + i;
    }

    @Override
    public int customer() {
      return customer[j];
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public long time(int i) {
      return time[at(i)];
    }

    @Override
    public int touchpoint(int i) {
      return touchpoint[at(i)];
    }

    @Override
    public int channel(int i) {
      return channel[at(i)];
    }

    @Override
    public int type(int i) {
      return type[at(i)];
    }

    @Override
    public int stage(int i) {
      return stage[at(i)];
    }

    @Override
    public int conversionIndex() {
      return conversionIndex[j];
    }
  }

  /** Collects journeys from an assembler into growable flat arrays. */
  public static final class Collector implements JourneySink {
    private final EventDictionaries dictionaries;
    private int count;
    private int[] offsets = new int[1025];
    private int[] customer = new int[1024];
    private int[] conversionIndex = new int[1024];
    private long[] time = new long[4096];
    private int[] touchpoint = new int[4096];
    private int[] channel = new int[4096];
    private int[] type = new int[4096];
    private int[] stage = new int[4096];

    Collector(EventDictionaries dictionaries) {
      this.dictionaries = checkNotNull(dictionaries, "dictionaries");
    }

    @Override
    public void journey(JourneyView j) {
      int n = offsets[count];
      int len = j.length();
      if (count + 1 >= offsets.length || count >= customer.length) {
        offsets = Growth.ensure(offsets, count + 2);
        customer = Growth.ensure(customer, count + 1);
        conversionIndex = Growth.ensure(conversionIndex, count + 1);
      }
      if (n + len > time.length) {
        time = Growth.ensure(time, n + len);
        touchpoint = Growth.ensure(touchpoint, n + len);
        channel = Growth.ensure(channel, n + len);
        type = Growth.ensure(type, n + len);
        stage = Growth.ensure(stage, n + len);
      }
      for (int i = 0; i < len; i++) {
        time[n + i] = j.time(i);
        touchpoint[n + i] = j.touchpoint(i);
        channel[n + i] = j.channel(i);
        type[n + i] = j.type(i);
        stage[n + i] = j.stage(i);
      }
      customer[count] = j.customer();
      conversionIndex[count] = j.conversionIndex();
      count++;
      offsets[count] = n + len;
    }

    /** The journeys collected so far. */
    public Journeys build() {
      return new Journeys(this);
    }
  }
}
