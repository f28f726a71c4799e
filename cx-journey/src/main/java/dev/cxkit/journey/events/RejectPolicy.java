package dev.cxkit.journey.events;

/**
 * What a reader does with a record it cannot accept.
 *
 * <pre>{@code
 * CsvEventReader.of(format, RejectPolicy.COLLECT_AND_CONTINUE);
 * }</pre>
 */
public enum RejectPolicy {
  /** Stop at the first rejected record with an {@link EventParseException}. */
  FAIL_FAST,
  /** Report the record in the {@link IngestReport} and continue with the next one. */
  COLLECT_AND_CONTINUE
}
