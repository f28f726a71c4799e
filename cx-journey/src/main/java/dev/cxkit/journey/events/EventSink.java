package dev.cxkit.journey.events;

/**
 * Receives interned events one at a time, in read order. Implementations may refuse an event by
 * throwing {@link IllegalArgumentException} before changing any state; readers then report the
 * record as rejected (with its line) under their {@link dev.cxkit.model.csv.RejectPolicy}.
 *
 * <pre>{@code
 * EventLog.Builder log = EventLog.builder(dictionaries);   // an EventSink
 * reader.read(in, dictionaries, log);
 * }</pre>
 */
@FunctionalInterface
public interface EventSink {
  /**
   * One event.
   *
   * @param customer customer id
   * @param time epoch milliseconds
   * @param touchpoint touchpoint id
   * @param channel channel id
   * @param type event type id
   * @param stage stage id
   */
  void accept(int customer, long time, int touchpoint, int channel, int type, int stage);

  /**
   * One event with its optional attributes ({@code attributes} is reused by the reader for every
   * event: read it, do not keep it). Sinks that keep no attributes, like the streaming assembler,
   * use this default, which drops them; {@link EventLog.Builder} stores them.
   */
  default void accept(
      int customer,
      long time,
      int touchpoint,
      int channel,
      int type,
      int stage,
      EventAttributes.Values attributes) {
    accept(customer, time, touchpoint, channel, type, stage);
  }
}
