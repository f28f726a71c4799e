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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    String source = CsvReader.requireFile(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source, dictionaries, sink);
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
    checkNotNull(sink, "sink");
    InputStream input = in;
    List<String> samples = List.of();
    if (format.timeFormat().isDetected()) {
      TimeSampling.Sampled sampled = TimeSampling.sample(in, w -> sample(w, source));
      input = sampled.input();
      samples = sampled.samples();
    }
    try (CsvReader csv = CsvReader.of(input, source, settings(), policy)) {
      new Mapping(csv, dictionaries, sink).run(samples);
      return csv.report();
    }
  }

  private CsvSettings settings() {
    return CsvSettings.defaults().withSeparator(format.separator());
  }

  /** The time values of the first rows, for a detected format. */
  private List<String> sample(InputStream window, String source) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvReader csv = CsvReader.of(window, source, settings(), RejectPolicy.skipAndReport())) {
      int t = csv.header().indexOf(format.timeColumn());
      while (t >= 0 && out.size() < TimeSampling.ROWS && csv.next()) {
        out.add(csv.record().text(t));
      }
    } catch (IngestException e) {
      // a malformed start: the real read reports it; detect from what was read
    }
    return out;
  }

  /** The header's columns and the interners of one read. */
  private final class Mapping {
    final CsvReader csv;
    final EventSink sink;
    final Dictionary customers;
    final Dictionary touchpoints;
    final Dictionary channels;
    final Dictionary types;
    final Dictionary stages;
    final Dictionary segments;
    final EventAttributes.Values values = new EventAttributes.Values();
    final int emptyChannel;
    final int emptyType;
    final int emptyStage;
    final Set<String> eventIds = new HashSet<>();
    TimeFormat time = format.timeFormat();
    String timeRule = "";
    int customerIdx;
    int timeIdx;
    int touchpointIdx;
    int channelIdx;
    int typeIdx;
    int stageIdx;
    int eventIdIdx;
    int segmentIdx;
    int emotionIdx;
    int scoreIdx;
    int valueIdx;
    int outcomeIdx;
    boolean attributes;

    Mapping(CsvReader csv, EventDictionaries dict, EventSink sink) {
      this.csv = csv;
      this.sink = sink;
      customers = dict.customers();
      touchpoints = dict.touchpoints();
      channels = dict.channels();
      types = dict.types();
      stages = dict.stages();
      segments = dict.segments();
      values.emotionScale = format.emotionScale();
      values.scoreScale = format.scoreScale();
      emptyChannel = dict.channels().intern("");
      emptyType = dict.types().intern("");
      emptyStage = dict.stages().intern("");
    }

    void run(List<String> samples) throws IOException {
      CsvHeader h = csv.header();
      customerIdx = h.require(format.customerColumn(), "customer");
      timeIdx = h.require(format.timeColumn(), "time");
      if (time.isDetected()) {
        time =
            samples.stream().allMatch(String::isBlank)
                ? TimeFormat.epochMillis()
                : TimeSampling.resolve(
                    time, samples, csv.source(), format.timeColumn(), h.line() + 1);
      }
      csv.ingest().note(TimeSampling.note(format.timeFormat(), time, samples.size()));
      timeRule = "time must be " + time.describe();
      touchpointIdx = h.require(format.touchpointColumn(), "touchpoint");
      channelIdx = optional(h, format.channelColumn(), "channel");
      typeIdx = optional(h, format.typeColumn(), "type");
      stageIdx = optional(h, format.stageColumn(), "stage");
      eventIdIdx = optional(h, format.eventIdColumn(), "event id");
      segmentIdx = optional(h, format.segmentColumn(), "segment");
      emotionIdx = optional(h, format.emotionColumn(), "emotion");
      scoreIdx = optional(h, format.scoreColumn(), "score");
      valueIdx = optional(h, format.valueColumn(), "value");
      outcomeIdx = optional(h, format.outcomeColumn(), "outcome");
      attributes =
          segmentIdx >= 0 || emotionIdx >= 0 || scoreIdx >= 0 || valueIdx >= 0 || outcomeIdx >= 0;
      boolean epochMillis = time.isEpochMillis();
      while (csv.next()) {
        CsvRecord r = csv.record();
        try {
          record(r, epochMillis);
        } catch (IngestException e) {
          csv.reject(e);
        }
      }
      TimeSampling.requireSomeTimeRead(csv.report(), time);
    }

    private int optional(CsvHeader h, @Nullable String column, String role) throws IngestException {
      return column == null ? -1 : h.require(column, role);
    }

    /** Reads the optional attributes of {@code r} into {@link #values} (segment interned later). */
    private void attributes(CsvRecord r) throws IngestException {
      values.clear();
      try {
        if (emotionIdx >= 0 && !r.stripped(emotionIdx).isEmpty()) {
          values.emotion =
              EventAttributes.valence(r.stripped(emotionIdx), checkNotNull(format.emotionScale()));
        }
      } catch (IllegalArgumentException e) {
        throw r.invalid(emotionIdx, String.valueOf(e.getMessage()));
      }
      try {
        if (scoreIdx >= 0 && !r.stripped(scoreIdx).isEmpty()) {
          values.score =
              EventAttributes.score(r.stripped(scoreIdx), checkNotNull(format.scoreScale()));
        }
      } catch (IllegalArgumentException e) {
        throw r.invalid(scoreIdx, String.valueOf(e.getMessage()));
      }
      if (valueIdx >= 0 && !r.stripped(valueIdx).isEmpty()) {
        values.value = r.doubleValue(valueIdx, "value");
      }
      try {
        if (outcomeIdx >= 0 && !r.stripped(outcomeIdx).isEmpty()) {
          values.outcome = EventAttributes.outcome(r.stripped(outcomeIdx));
        }
      } catch (IllegalArgumentException e) {
        throw r.invalid(outcomeIdx, String.valueOf(e.getMessage()));
      }
    }

    private void record(CsvRecord r, boolean epochMillis) throws IngestException {
      byte[] b = r.bytes();
      if (r.isEmpty(customerIdx)) {
        throw r.invalid(customerIdx, "customer must not be empty");
      }
      long t;
      if (epochMillis) {
        t = TimeFormat.parseEpochMillis(b, r.start(timeIdx), r.end(timeIdx));
        if (t == Long.MIN_VALUE) {
          throw r.invalid(timeIdx, timeRule);
        }
      } else {
        try {
          t = time.parse(r.text(timeIdx));
        } catch (IllegalArgumentException e) {
          // a time beyond the millisecond range keeps its own rule; others the format's
          throw r.invalid(
              timeIdx,
              e.getCause() instanceof ArithmeticException
                  ? String.valueOf(e.getMessage()).replaceFirst(", was .*$", "")
                  : timeRule);
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
      if (attributes) {
        attributes(r);
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
        if (attributes) {
          if (segmentIdx >= 0 && !r.isEmpty(segmentIdx)) {
            values.segment = segments.intern(b, r.start(segmentIdx), r.end(segmentIdx));
          }
          sink.accept(c, t, tp, ch, ty, st, values);
        } else {
          sink.accept(c, t, tp, ch, ty, st);
        }
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
