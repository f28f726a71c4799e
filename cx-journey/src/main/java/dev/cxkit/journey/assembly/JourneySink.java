package dev.cxkit.journey.assembly;

/**
 * Receives assembled journeys one at a time. The view is reused: copy what you keep.
 *
 * <pre>{@code
 * Journeys.Collector all = Journeys.collector(dict);   // a JourneySink
 * JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL, all);
 * }</pre>
 */
@FunctionalInterface
public interface JourneySink {
  /** One complete journey. */
  void journey(JourneyView journey);
}
