package dev.cxkit.journey.interchange;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventSink;
import dev.cxkit.model.csv.IngestException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * XES event logs (IEEE 1849-2016, eXtensible Event Stream) of journeys, written and read.
 *
 * <p><b>Writing.</b> One {@code <trace>} per journey, its events in journey order. A trace carries
 * {@code concept:name} = {@code customer#n} (the customer's n-th journey, so names are unique),
 * {@code cx:customer} and {@code cx:converted}; an event carries {@code concept:name} = the
 * touchpoint (the activity), {@code time:timestamp} (UTC, milliseconds), {@code org:resource} = the
 * channel, and {@code cx:channel}, {@code cx:type}, {@code cx:stage}. The log declares the Concept,
 * Time and Organizational extensions, the global event attributes {@code concept:name} and {@code
 * time:timestamp}, and the classifier {@code Activity} (by {@code concept:name}), so pm4py, ProM
 * and Celonis read it without a mapping. The output validates against the IEEE 1849-2016 XML schema
 * (checked in the tests). A name holding a character XML 1.0 cannot carry is an
 * IllegalArgumentException naming it.
 *
 * <p><b>Reading</b> streams the XML (StAX, no tree in memory: memory is bounded by the longest
 * attribute, not the file) with DTDs and external entities disabled (XXE-safe: a {@code <!DOCTYPE>}
 * is refused). Each event of a trace becomes one event: customer = the trace's {@code cx:customer},
 * else its {@code concept:name}; touchpoint = the event's {@code concept:name}; time = its {@code
 * time:timestamp}; channel = {@code cx:channel}, else {@code org:resource}, else empty; type =
 * {@code cx:type}, else {@code lifecycle:transition}, else empty; stage = {@code cx:stage}, else
 * empty. Rules, each an {@link IngestException} naming file, line, column, element, value and rule:
 * a trace needs a {@code concept:name} before its first event; every event needs its own {@code
 * concept:name} and {@code time:timestamp} (a global default is not a time the event happened);
 * timestamps are {@code xs:dateTime} (without an offset they are read as UTC); the events of a
 * trace are in time order (a trace is an ordered sequence: an event earlier than the one before it
 * is an error, not silently re-sorted); events outside a trace are refused.
 *
 * <pre>{@code
 * Xes.write(journeys, Path.of("journeys.xes"));
 * EventDictionaries dict = new EventDictionaries();
 * EventLog.Builder log = EventLog.builder(dict);
 * long events = Xes.read(Path.of("journeys.xes"), dict, log);
 * }</pre>
 */
public final class Xes {
  private Xes() {}

  /** Writes {@code journeys} as an XES log to {@code file} (UTF-8). */
  public static void write(Journeys journeys, Path file) throws IOException {
    checkNotNull(journeys, "journeys");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(journeys, out);
    }
  }

  /** Writes {@code journeys} as an XES log to {@code out} (UTF-8); the stream stays open. */
  public static void write(Journeys journeys, OutputStream out) throws IOException {
    new XesWriter(checkNotNull(journeys, "journeys")).write(checkNotNull(out, "out"));
  }

  /**
   * Reads the events of the XES log {@code file} into {@code sink}, interning names in {@code
   * dictionaries}; returns the number of events.
   *
   * @throws IngestException naming file, line, column, element, value and rule for a log that
   *     breaks a rule of the class description, or for malformed XML
   */
  public static long read(Path file, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), dictionaries, sink);
    }
  }

  /** {@link #read(Path, EventDictionaries, EventSink)} from a stream named {@code source}. */
  public static long read(
      InputStream in, String source, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    return new XesReader(
            checkNotNull(source, "source"),
            checkNotNull(dictionaries, "dictionaries"),
            checkNotNull(sink, "sink"))
        .read(checkNotNull(in, "in"));
  }
}
