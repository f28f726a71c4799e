package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvRecord;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Streams an event CSV into an {@link EventSink}: a field mapping ({@link CsvFormat}) over cxkit's
 * CSV core ({@link CsvReader}: RFC 4180 quotes, UTF-8 with or without a byte order mark, LF, CRLF
 * or CR line ends, bounded memory). Fields are interned straight from the bytes: a name seen before
 * costs no {@code String}. Only one record is held in memory at a time.
 *
 * <pre>{@code
 * EventDictionaries dict = new EventDictionaries();
 * EventLog.Builder log = EventLog.builder(dict);
 * IngestReport report = CsvEventReader.of(CsvFormat.of("customer", "time", "touchpoint"),
 *         RejectPolicy.skipAndReport())
 *     .read(Path.of("events.csv"), dict, log);
 * }</pre>
 */
public final class CsvEventReader {
  private final CsvFormat format;
  private final RejectPolicy policy;

  private CsvEventReader(CsvFormat format, RejectPolicy policy) {
    this.format = format;
    this.policy = policy;
  }

  /** A reader for {@code format} under {@code policy}. */
  public static CsvEventReader of(CsvFormat format, RejectPolicy policy) {
    return new CsvEventReader(checkNotNull(format, "format"), checkNotNull(policy, "policy"));
  }

  /** Reads {@code file}, named by its path in every message. */
  public IngestReport read(Path file, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    try (CsvReader csv = CsvReader.open(file, settings(), policy)) {
      return read(csv, dictionaries, sink);
    }
  }

  /** Reads {@code in} (not closed), named {@code "input"} in messages. */
  public IngestReport read(InputStream in, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    return read(in, "input", dictionaries, sink);
  }

  /**
   * Reads every record of {@code in} (not closed) and pushes accepted events into {@code sink}.
   *
   * @param source the input's name in messages
   * @throws IngestException for an empty input, a header without a mapped column, a record beyond
   *     the length limit, or a rejected record that stops the read under the policy
   */
  public IngestReport read(
      InputStream in, String source, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    try (CsvReader csv = CsvReader.of(in, source, settings(), policy)) {
      return read(csv, dictionaries, sink);
    }
  }

  private CsvSettings settings() {
    return CsvSettings.defaults().withSeparator(format.separator());
  }

  private IngestReport read(CsvReader csv, EventDictionaries dict, EventSink sink)
      throws IOException {
    checkNotNull(sink, "sink");
    new Mapping(csv, dict, sink).run();
    return csv.report();
  }

  /** The header's columns and the interners of one read. */
  private final class Mapping {
    final CsvReader csv;
    final EventSink sink;
    final ByteInterner customers;
    final ByteInterner touchpoints;
    final ByteInterner channels;
    final ByteInterner types;
    final ByteInterner stages;
    final int emptyChannel;
    final int emptyType;
    final int emptyStage;
    final Set<String> eventIds = new HashSet<>();
    final String timeRule;
    int customerIdx;
    int timeIdx;
    int touchpointIdx;
    int channelIdx;
    int typeIdx;
    int stageIdx;
    int eventIdIdx;

    Mapping(CsvReader csv, EventDictionaries dict, EventSink sink) {
      this.csv = csv;
      this.sink = sink;
      customers = new ByteInterner(dict.customers());
      touchpoints = new ByteInterner(dict.touchpoints());
      channels = new ByteInterner(dict.channels());
      types = new ByteInterner(dict.types());
      stages = new ByteInterner(dict.stages());
      emptyChannel = dict.channels().intern("");
      emptyType = dict.types().intern("");
      emptyStage = dict.stages().intern("");
      timeRule = "time must be " + format.timeFormat().describe();
    }

    void run() throws IOException {
      CsvHeader h = csv.header();
      customerIdx = h.require(format.customerColumn(), "customer");
      timeIdx = h.require(format.timeColumn(), "time");
      touchpointIdx = h.require(format.touchpointColumn(), "touchpoint");
      channelIdx = optional(h, format.channelColumn(), "channel");
      typeIdx = optional(h, format.typeColumn(), "type");
      stageIdx = optional(h, format.stageColumn(), "stage");
      eventIdIdx = optional(h, format.eventIdColumn(), "event id");
      boolean epochMillis = format.timeFormat().isEpochMillis();
      while (csv.next()) {
        CsvRecord r = csv.record();
        try {
          record(r, epochMillis);
        } catch (IngestException e) {
          csv.reject(e);
        }
      }
    }

    private int optional(CsvHeader h, String column, String role) throws IngestException {
      return column == null ? -1 : h.require(column, role);
    }

    private void record(CsvRecord r, boolean epochMillis) throws IngestException {
      byte[] b = r.bytes();
      if (r.isEmpty(customerIdx)) {
        throw r.invalid(customerIdx, "customer must not be empty");
      }
      long time;
      if (epochMillis) {
        time = TimeFormat.parseEpochMillis(b, r.start(timeIdx), r.end(timeIdx));
        if (time == Long.MIN_VALUE) {
          throw r.invalid(timeIdx, timeRule);
        }
      } else {
        try {
          time = format.timeFormat().parse(r.text(timeIdx));
        } catch (IllegalArgumentException e) {
          throw r.invalid(timeIdx, timeRule);
        }
      }
      if (r.isEmpty(touchpointIdx)) {
        throw r.invalid(touchpointIdx, "touchpoint must not be empty");
      }
      if (eventIdIdx >= 0) {
        if (r.isEmpty(eventIdIdx)) {
          throw r.invalid(eventIdIdx, "event id must not be empty");
        }
        if (!eventIds.add(r.text(eventIdIdx))) {
          throw r.invalid(
              eventIdIdx,
              format.eventIdColumn() + " must be unique; the first record with this id was kept");
        }
      }
      int c = customers.intern(b, r.start(customerIdx), r.end(customerIdx));
      int tp = touchpoints.intern(b, r.start(touchpointIdx), r.end(touchpointIdx));
      int ch =
          channelIdx < 0
              ? emptyChannel
              : channels.intern(b, r.start(channelIdx), r.end(channelIdx));
      int ty = typeIdx < 0 ? emptyType : types.intern(b, r.start(typeIdx), r.end(typeIdx));
      int st = stageIdx < 0 ? emptyStage : stages.intern(b, r.start(stageIdx), r.end(stageIdx));
      try {
        sink.accept(c, time, tp, ch, ty, st);
      } catch (IllegalArgumentException e) {
        throw new IngestException(r.recordRejection(String.valueOf(e.getMessage())));
      }
      csv.accept();
    }
  }

  @Override
  public String toString() {
    return "CsvEventReader[" + format + ", " + policy + "]";
  }
}
