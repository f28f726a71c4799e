package dev.cxkit.journey.events;

/**
 * How events of one customer with identical timestamps are ordered.
 *
 * <pre>{@code
 * JourneyAssembler.assemble(log, rules, TieBreak.CONTENT);
 * }</pre>
 */
public enum TieBreak {
  /** Keep the order in which the events were read (a stable sort): "as logged". */
  ARRIVAL,
  /**
   * Order ties by touchpoint name, then type, channel and stage names: the result does not depend
   * on input order at all.
   */
  CONTENT
}
