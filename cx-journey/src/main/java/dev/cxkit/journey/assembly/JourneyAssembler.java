package dev.cxkit.journey.assembly;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;

/**
 * Assembles journeys from an event log in any order: events are ordered by customer, then time,
 * then the {@link TieBreak} (a counting sort on dense customer ids and a primitive sort of packed
 * time keys, no boxed comparator), then cut by {@link SplitRules}. The sorted columns are a copy:
 * memory peaks at about twice the log.
 *
 * <pre>{@code
 * Journeys js = JourneyAssembler.assemble(log,
 *     SplitRules.none().withInactivityGap(Duration.ofMinutes(30)), TieBreak.ARRIVAL);
 * }</pre>
 */
public final class JourneyAssembler {
  private JourneyAssembler() {}

  /** The journeys of {@code log}, collected, with the log's event attributes. */
  public static Journeys assemble(EventLog log, SplitRules rules, TieBreak tieBreak) {
    checkNotNull(tieBreak, "tieBreak");
    Journeys.Collector all = Journeys.collector(log.dictionaries());
    EventLog sorted = log.permuted(sortedOrder(log, tieBreak));
    StreamingAssembler asm = new StreamingAssembler(rules, all);
    sorted.forEach(asm);
    asm.finish();
    return all.build().withAttributes(sorted.attributes());
  }

  /** Streams the journeys of {@code log} into {@code sink}. */
  public static void assemble(EventLog log, SplitRules rules, TieBreak tieBreak, JourneySink sink) {
    checkNotNull(tieBreak, "tieBreak");
    EventLog sorted = log.permuted(sortedOrder(log, tieBreak));
    StreamingAssembler asm = new StreamingAssembler(rules, sink);
    sorted.forEach(asm);
    asm.finish();
  }

  /**
   * The event indices of {@code log} ordered by customer id, time and {@code tieBreak}: a stable
   * order, so {@link TieBreak#ARRIVAL} keeps read order among identical timestamps.
   */
  public static int[] sortedOrder(EventLog log, TieBreak tieBreak) {
    return EventOrder.sort(checkNotNull(log, "log"), checkNotNull(tieBreak, "tieBreak"));
  }
}
