package dev.cxkit.journey.assembly;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventSink;
import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * One-pass journey assembly of input sorted by customer, then time: an {@link EventSink} that emits
 * each journey to a {@link JourneySink} as soon as it is complete. Memory is bounded by the open
 * journey of the active customer (plus one bit per customer id to detect ungrouped input). Events
 * of one customer with the same timestamp keep their arrival order.
 *
 * <p>Input that is not grouped by customer or goes back in time within a customer is refused with
 * {@link IllegalArgumentException} before any state changes, so a reader reports the record and
 * (under {@code RejectPolicy.skipAndReport()}) goes on; for unsorted data use {@link
 * JourneyAssembler}, for a live feed of customers interleaved in time order {@link LiveAssembler}.
 * Not thread-safe.
 *
 * <pre>{@code
 * StreamingAssembler asm = new StreamingAssembler(rules, sink);
 * CsvEventReader.of(format, RejectPolicy.failFast()).read(file, dict, asm);
 * asm.finish();   // emits the last journey
 * }</pre>
 */
public final class StreamingAssembler implements EventSink {
  private final JourneySink sink;
  private final long gap;
  private final long maxDuration;
  private final @Nullable EventFilter goal;
  private final boolean endAtGoal;
  private final @Nullable EventFilter boundary;
  private final BitSet finishedCustomers = new BitSet();
  private final Buffer buf = new Buffer();
  private int customer = -1;
  private long lastTime;
  private long events;
  private long journeys;
  private boolean finished;

  /** An assembler applying {@code rules} and emitting to {@code sink}. */
  public StreamingAssembler(SplitRules rules, JourneySink sink) {
    checkNotNull(rules, "rules");
    this.sink = checkNotNull(sink, "sink");
    this.gap = rules.inactivityGapMillis();
    this.maxDuration = rules.maxDurationMillis();
    this.goal = rules.goal();
    this.endAtGoal = rules.endAtGoal();
    this.boundary = rules.boundary();
  }

  @Override
  public void accept(int cust, long time, int touchpoint, int channel, int type, int stage) {
    if (finished) {
      throw new IllegalStateException("assembler already finished");
    }
    if (cust != customer) {
      if (cust < 0 || finishedCustomers.get(cust)) {
        throw new IllegalArgumentException(
            "customer id "
                + cust
                + " must be contiguous in sorted input, but its events resume after another"
                + " customer's (sort with JourneyAssembler, or feed events interleaved in time"
                + " order to LiveAssembler)");
      }
      if (customer >= 0) {
        flush();
        finishedCustomers.set(customer);
      }
      customer = cust;
    } else {
      if (time < lastTime) {
        throw new IllegalArgumentException(
            "time must not decrease within customer id "
                + cust
                + " in sorted input, was "
                + time
                + " after "
                + lastTime
                + " (sort with JourneyAssembler)");
      }
      if (buf.length > 0
          && (time - lastTime > gap
              || time - buf.time[0] > maxDuration
              || (boundary != null && boundary.matches(touchpoint, channel, type, stage)))) {
        flush();
      }
    }
    lastTime = time;
    buf.add(time, touchpoint, channel, type, stage);
    events++;
    if (goal != null && buf.conversionIndex < 0 && goal.matches(touchpoint, channel, type, stage)) {
      buf.conversionIndex = buf.length - 1;
      if (endAtGoal) {
        flush();
      }
    }
  }

  /** Emits the open journey; call once after the last event. Idempotent. */
  public void finish() {
    if (!finished) {
      flush();
      finished = true;
    }
  }

  /** Events accepted so far. */
  public long events() {
    return events;
  }

  /** Journeys emitted so far. */
  public long journeys() {
    return journeys;
  }

  private void flush() {
    if (buf.length > 0) {
      buf.customer = customer;
      sink.journey(buf);
      journeys++;
      buf.length = 0;
      buf.conversionIndex = -1;
    }
  }

  @Override
  public String toString() {
    return "StreamingAssembler[events=" + events + ", journeys=" + journeys + "]";
  }

  /** The open journey; also the reused view handed to the sink. */
  private static final class Buffer extends EventColumns {
    int customer;
    int conversionIndex = -1;

    Buffer() {
      super(64);
    }

    void add(long t, int tp, int ch, int ty, int st) {
      ensureRoom();
      set(length++, t, tp, ch, ty, st);
    }

    @Override
    int viewLength() {
      return length;
    }

    @Override
    public int customer() {
      return customer;
    }

    @Override
    public int conversionIndex() {
      return conversionIndex;
    }
  }
}
