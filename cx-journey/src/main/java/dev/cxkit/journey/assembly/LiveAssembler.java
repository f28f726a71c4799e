package dev.cxkit.journey.assembly;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;
import static dev.cxkit.model.internal.Preconditions.checkState;

import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Journey assembly of a live feed: events of many customers interleaved, roughly in time order, as
 * a CRM or web plugin sees them arrive. Each customer's open journey is kept in time order and
 * emitted to the {@link JourneySink} once no admissible event can change it any more, judged
 * against a <em>watermark</em>: the latest event time seen minus the allowed lateness. Events may
 * arrive out of order by up to the allowed lateness; the journeys are then exactly those {@link
 * JourneyAssembler} builds from the same events with {@link
 * dev.cxkit.journey.events.TieBreak#ARRIVAL} (equal times of one customer in arrival order).
 *
 * <p>An event older than the watermark is <em>late</em>: it is refused with an {@link
 * IllegalArgumentException} before any state changes and counted in {@link #lateEvents()}, never
 * dropped silently, so a reader reports the record under its reject policy and goes on.
 *
 * <p>Memory is bounded by the events of journeys that can still change: per customer, those of the
 * last inactivity gap plus allowed lateness of event time (at most a maximum duration plus the
 * lateness); a customer whose journeys are all emitted costs nothing. The rules must therefore have
 * an inactivity gap or a maximum duration. With quiet periods in the feed, {@link #advanceTo} moves
 * the watermark by the wall clock so that journeys close without new events.
 *
 * <p>Not thread-safe: feed it from one thread (or under one lock). To spread a feed over threads,
 * partition it by customer, one assembler per partition: a journey depends only on its customer's
 * events.
 *
 * <pre>{@code
 * LiveAssembler live = new LiveAssembler(
 *     SplitRules.none().withInactivityGap(Duration.ofMinutes(30)), Duration.ofMinutes(2), sink);
 * live.accept(customerId, epochMillis, touchpoint, channel, type, stage);   // as events arrive
 * live.advanceTo(System.currentTimeMillis());   // now and then: close quiet customers' journeys
 * live.finish();                                 // at shutdown: emit every open journey
 * }</pre>
 */
public final class LiveAssembler implements EventSink {
  private final JourneySink sink;
  private final long gap;
  private final long maxDuration;
  private final long lateness;
  private final @Nullable EventFilter goal;
  private final boolean endAtGoal;
  private final @Nullable EventFilter boundary;
  private final Map<Integer, OpenJourney> open = new HashMap<>();
  private final DeadlineHeap deadlines = new DeadlineHeap();
  private long latest = Long.MIN_VALUE;
  private long openEvents;
  private long events;
  private long journeys;
  private long late;
  private boolean finished;

  /**
   * An assembler applying {@code rules} to events that arrive up to {@code allowedLateness} out of
   * order, emitting to {@code sink}.
   *
   * @throws IllegalArgumentException if the rules have neither an inactivity gap nor a maximum
   *     duration (no journey could ever be closed before {@link #finish()}), or the lateness is
   *     negative
   */
  public LiveAssembler(SplitRules rules, Duration allowedLateness, JourneySink sink) {
    checkNotNull(rules, "rules");
    checkNotNull(allowedLateness, "allowedLateness");
    this.sink = checkNotNull(sink, "sink");
    checkArgument(
        rules.inactivityGapMillis() != Long.MAX_VALUE
            || rules.maxDurationMillis() != Long.MAX_VALUE,
        "rules for a live feed must have an inactivity gap or a maximum duration, was %s: without"
            + " one no journey closes before finish()",
        rules);
    checkArgument(
        !allowedLateness.isNegative(), "allowedLateness must be >= 0, was %s", allowedLateness);
    this.gap = rules.inactivityGapMillis();
    this.maxDuration = rules.maxDurationMillis();
    this.lateness = allowedLateness.toMillis();
    this.goal = rules.goal();
    this.endAtGoal = rules.endAtGoal();
    this.boundary = rules.boundary();
  }

  /**
   * One event, in any customer order.
   *
   * @throws IllegalArgumentException if the event is older than the watermark (nothing changes
   *     except {@link #lateEvents()})
   * @throws IllegalStateException after {@link #finish()}
   */
  @Override
  public void accept(int customer, long time, int touchpoint, int channel, int type, int stage) {
    checkState(!finished, "live assembler already finished");
    checkArgument(customer >= 0, "customer id must be >= 0, was %s", customer);
    long watermark = watermark();
    if (time < watermark) {
      late++;
      throw new IllegalArgumentException(
          "event at "
              + time
              + " of customer id "
              + customer
              + " is late: it is before the watermark "
              + watermark
              + " (latest event time "
              + latest
              + " minus the allowed lateness of "
              + lateness
              + " ms); its journey may already be emitted");
    }
    OpenJourney j = open.computeIfAbsent(customer, OpenJourney::new);
    j.insert(time, touchpoint, channel, type, stage);
    openEvents++;
    events++;
    schedule(j);
    if (time > latest) {
      latest = time;
      emitFinal();
    }
  }

  /**
   * Moves the watermark as if an event at {@code time} had arrived (for example the wall clock in a
   * quiet period) and emits the journeys that became final. A time at or before the latest event
   * time changes nothing.
   */
  public void advanceTo(long time) {
    checkState(!finished, "live assembler already finished");
    if (time > latest) {
      latest = time;
      emitFinal();
    }
  }

  /** Emits every open journey (customers in id order); call once at the end. Idempotent. */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    List<Integer> customers = new ArrayList<>(open.keySet());
    customers.sort(null);
    for (int c : customers) {
      OpenJourney j = open.get(c);
      while (j.length > 0) {
        j.cutHead(gap, maxDuration, goal, endAtGoal, boundary);
        emitHead(j);
      }
    }
    open.clear();
  }

  /** The latest event time seen minus the allowed lateness: older events are late. */
  public long watermark() {
    return latest == Long.MIN_VALUE || latest < Long.MIN_VALUE + lateness
        ? Long.MIN_VALUE
        : latest - lateness;
  }

  /** Events accepted so far. */
  public long events() {
    return events;
  }

  /** Journeys emitted so far. */
  public long journeys() {
    return journeys;
  }

  /** Late events refused so far. */
  public long lateEvents() {
    return late;
  }

  /** Customers with events in journeys that can still change. */
  public int openCustomers() {
    return open.size();
  }

  /** Events held in journeys that can still change. */
  public long openEvents() {
    return openEvents;
  }

  private void schedule(OpenJourney j) {
    j.cutHead(gap, maxDuration, goal, endAtGoal, boundary);
    long at = j.finalAt(gap, maxDuration);
    if (at != j.scheduled) {
      j.scheduled = at;
      if (at != Long.MAX_VALUE) {
        deadlines.push(at, j.customer);
      }
    }
  }

  private void emitFinal() {
    long watermark = watermark();
    while (!deadlines.isEmpty() && deadlines.minKey() <= watermark) {
      long at = deadlines.minKey();
      OpenJourney j = open.get(deadlines.minValue());
      deadlines.removeMin();
      if (j == null || j.scheduled != at) {
        continue; // superseded by a later schedule
      }
      while (j.length > 0) {
        j.cutHead(gap, maxDuration, goal, endAtGoal, boundary);
        if (j.finalAt(gap, maxDuration) > watermark) {
          break;
        }
        emitHead(j);
      }
      if (j.length == 0) {
        open.remove(j.customer);
      } else {
        j.scheduled = Long.MIN_VALUE;
        schedule(j);
      }
    }
  }

  private void emitHead(OpenJourney j) {
    int n = j.headEnd;
    sink.journey(j);
    journeys++;
    openEvents -= n;
    j.removeHead();
  }

  @Override
  public String toString() {
    return "LiveAssembler[events="
        + events
        + ", journeys="
        + journeys
        + ", late="
        + late
        + ", open customers="
        + open.size()
        + ", watermark="
        + watermark()
        + "]";
  }
}
