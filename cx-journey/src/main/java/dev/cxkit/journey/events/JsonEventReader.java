package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvRecord;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.Ingest;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.csv.Rejection;
import java.io.BufferedInputStream;
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
 * Streams JSON event records into an {@link EventSink}: JSON Lines (one object per line, read
 * through cxkit's line reader: byte order mark, CRLF, strict UTF-8, a line-length limit; a
 * malformed line is rejected and reading continues) or one JSON array of objects (streamed element
 * by element, each at most {@link CsvSettings#DEFAULT_MAX_RECORD_LENGTH} bytes; malformed JSON
 * stops the read). Three record shapes: your own fields through a {@link JsonMapping}, Segment Spec
 * {@code track}/{@code page}/{@code screen} calls, and xAPI statements. Memory is bounded by one
 * record, whatever the input.
 *
 * <pre>{@code
 * EventDictionaries dict = new EventDictionaries();
 * EventLog.Builder log = EventLog.builder(dict);
 * IngestReport r = JsonEventReader.segment(RejectPolicy.skipAndReport())
 *     .read(Path.of("segment.jsonl"), dict, log);
 * }</pre>
 */
public final class JsonEventReader {
  private static final int MAX_RECORD = CsvSettings.DEFAULT_MAX_RECORD_LENGTH;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxStringLength(MAX_RECORD)
                          .maxNumberLength(100)
                          .build())
                  .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .build();

  private final JsonRecord shape;
  private final @Nullable JsonMapping mapping;
  private final RejectPolicy policy;
  private final String description;

  private JsonEventReader(
      JsonRecord shape, @Nullable JsonMapping mapping, RejectPolicy policy, String description) {
    this.shape = shape;
    this.mapping = mapping;
    this.policy = checkNotNull(policy, "policy");
    this.description = description;
  }

  /**
   * Records with the fields named by {@code mapping}; a {@link TimeFormat#detect detected} time
   * format is resolved from the first {@value TimeSampling#ROWS} records of each input.
   */
  public static JsonEventReader of(JsonMapping mapping, RejectPolicy policy) {
    return new JsonEventReader(
        new MappedJsonRecord(checkNotNull(mapping, "mapping")),
        mapping,
        policy,
        mapping.toString());
  }

  /**
   * Segment Spec calls: customer {@code userId} else {@code anonymousId}; touchpoint the track
   * {@code event} or page/screen {@code name}; type the call type; channel {@code
   * properties.channel}, {@code context.channel} or {@code channel}; stage {@code
   * properties.stage}; time {@code timestamp} else {@code originalTimestamp}; event id {@code
   * messageId}. Identify, group and alias calls are rejected (reported).
   */
  public static JsonEventReader segment(RejectPolicy policy) {
    return new JsonEventReader(new SegmentRecord(), null, policy, "Segment");
  }

  /**
   * xAPI statements: customer the actor's identifier, touchpoint the activity {@code object.id},
   * type the {@code verb.id}, channel {@code context.platform}, time {@code timestamp} else {@code
   * stored}, event id the statement {@code id}. Voiding statements are rejected (reported).
   */
  public static JsonEventReader xapi(RejectPolicy policy) {
    return new JsonEventReader(new XapiRecord(), null, policy, "xAPI");
  }

  /** Reads {@code file}, named by its path in every message. */
  public IngestReport read(Path file, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    if (Files.isDirectory(file)) {
      throw new IngestException(
          new Rejection(
              file.toString(), 1, 0, "file", "", "input must be a file, was a directory"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), dictionaries, sink);
    }
  }

  /** Reads {@code in} (not closed), named {@code "input"} in messages. */
  public IngestReport read(InputStream in, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    return read(in, "input", dictionaries, sink);
  }

  /**
   * Reads every record of {@code in} (UTF-8, not closed) into {@code sink}.
   *
   * @param source the input's name in messages
   * @throws IngestException for an empty input, malformed JSON inside an array, a record beyond the
   *     length limit, or a rejected record that stops the read under the policy
   */
  public IngestReport read(
      InputStream in, String source, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    checkNotNull(sink, "sink");
    JsonRecord record = shape;
    List<String> samples = List.of();
    TimeFormat time =
        mapping == null ? TimeFormat.iso(java.time.ZoneOffset.UTC) : mapping.timeFormat();
    BufferedInputStream buffered;
    if (mapping != null && time.isDetected()) {
      TimeSampling.Sampled sampled = TimeSampling.sample(in, w -> sample(w, source, mapping));
      buffered = sampled.input();
      samples = sampled.samples();
      time =
          samples.stream().allMatch(String::isBlank)
              ? TimeFormat.epochMillis()
              : TimeSampling.resolve(mapping.timeFormat(), samples, source, mapping.time(), 1);
      record = new MappedJsonRecord(mapping.withTimeFormat(time));
    } else {
      buffered = new BufferedInputStream(in, 1 << 16);
    }
    int first = firstSignificantByte(buffered);
    if (first < 0) {
      throw new IngestException(
          new Rejection(
              source,
              1,
              0,
              "input",
              "",
              description + " input must hold JSON Lines or a JSON array of records, was empty"));
    }
    Ingest ingest;
    Emitter emitter;
    if (first == '[') {
      ingest = new Ingest(source, policy);
      emitter = new Emitter(record, dictionaries, ingest, sink, source);
      readArray(buffered, emitter);
    } else {
      try (CsvReader lines = CsvReader.of(buffered, source, CsvSettings.lines(), policy)) {
        ingest = lines.ingest();
        emitter = new Emitter(record, dictionaries, ingest, sink, source);
        readLines(lines, emitter);
      }
    }
    if (mapping != null) {
      ingest.note(TimeSampling.note(mapping.timeFormat(), time, samples.size()));
      TimeSampling.requireSomeTimeRead(ingest.report(), time);
    }
    return ingest.report();
  }

  /** The time values of the first records (JSON Lines or an array), for a detected format. */
  private static List<String> sample(InputStream window, String source, JsonMapping m)
      throws IOException {
    List<String> out = new ArrayList<>();
    BufferedInputStream in = new BufferedInputStream(window, 1 << 16);
    int first = firstSignificantByte(in);
    try {
      if (first == '[') {
        try (JsonParser p = MAPPER.createParser(in)) {
          p.nextToken();
          while (out.size() < TimeSampling.ROWS && p.nextToken() == JsonToken.START_OBJECT) {
            out.add(timeText(p.readValueAsTree(), m));
          }
        }
      } else {
        try (CsvReader lines =
            CsvReader.of(in, source, CsvSettings.lines(), RejectPolicy.skipAndReport())) {
          while (out.size() < TimeSampling.ROWS && lines.next()) {
            CsvRecord r = lines.record();
            try {
              out.add(timeText(MAPPER.readTree(r.bytes(), r.start(0), r.end(0) - r.start(0)), m));
            } catch (JsonProcessingException e) {
              // a malformed line: the real read rejects it
            }
          }
        }
      }
    } catch (IOException e) {
      // a malformed start: the real read reports it; detect from what was read
    }
    return out;
  }

  private static String timeText(JsonNode node, JsonMapping m) {
    JsonNode v = JsonRecord.at(node, m.time());
    return v == null || v.isContainerNode() ? "" : v.asText();
  }

  /** The first byte that is not JSON whitespace or a byte order mark, without consuming it. */
  private static int firstSignificantByte(BufferedInputStream in) throws IOException {
    in.mark(1 << 16);
    int c;
    int n = 0;
    do {
      c = in.read();
      n++;
    } while (n < (1 << 16) - 1
        && (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB
            || c == 0xBF));
    in.reset();
    return c;
  }

  private void readLines(CsvReader lines, Emitter emitter) throws IOException {
    while (lines.next()) {
      CsvRecord r = lines.record();
      JsonNode node;
      try {
        node = MAPPER.readTree(r.bytes(), r.start(0), r.end(0) - r.start(0));
      } catch (JsonProcessingException e) {
        lines.reject(r.recordRejection("record must be valid JSON: " + e.getOriginalMessage()));
        continue;
      }
      emitter.emit(node, r.line());
    }
  }

  private void readArray(InputStream in, Emitter emitter) throws IOException {
    BoundedInput bounded = new BoundedInput(in);
    try (JsonParser p = MAPPER.createParser(bounded)) {
      try {
        p.nextToken(); // START_ARRAY
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw arrayError(
                emitter, p.currentLocation().getLineNr(), "JSON array must be closed with ']'");
          }
          long line = p.currentTokenLocation().getLineNr();
          bounded.limitFrom(p.currentTokenLocation().getByteOffset());
          JsonNode node = p.readValueAsTree();
          emitter.emit(node, line);
        }
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
        throw arrayError(emitter, line, "input must be valid JSON: " + e.getOriginalMessage());
      } catch (BoundedInput.TooLong e) {
        throw arrayError(
            emitter,
            p.currentTokenLocation().getLineNr(),
            "a record of the JSON array must be at most " + MAX_RECORD + " bytes long");
      }
    }
  }

  private static IngestException arrayError(Emitter emitter, long line, String rule) {
    return new IngestException(
        new Rejection(emitter.source, Math.max(1, line), 0, "input", "", rule));
  }

  /** Counts bytes read and fails once one array element runs past the record limit. */
  private static final class BoundedInput extends java.io.FilterInputStream {
    private long read;
    private long elementStart;

    BoundedInput(InputStream in) {
      super(in);
    }

    void limitFrom(long offset) {
      elementStart = offset < 0 ? read : offset;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count(1);
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLong {
      read += n;
      if (read - elementStart > MAX_RECORD + (1L << 16)) {
        throw new TooLong();
      }
    }

    static final class TooLong extends IOException {
      private static final long serialVersionUID = 1L;

      TooLong() {
        super("record too long");
      }
    }
  }

  private static final class Emitter {
    final JsonRecord shape;
    final EventDictionaries dict;
    final Ingest ingest;
    final EventSink sink;
    final String source;
    final Set<String> eventIds = new HashSet<>();
    final JsonRecord.Fields fields = new JsonRecord.Fields();

    Emitter(
        JsonRecord shape, EventDictionaries dict, Ingest ingest, EventSink sink, String source) {
      this.shape = shape;
      this.dict = dict;
      this.ingest = ingest;
      this.sink = sink;
      this.source = source;
      fields.source = source;
    }

    void emit(JsonNode node, long line) throws IngestException {
      fields.line = line;
      if (!node.isObject()) {
        ingest.reject(
            shape.problem(
                fields, "record", JsonRecord.shown(node), "record must be a JSON object"));
        return;
      }
      Rejection r = shape.extract(node, fields);
      if (r != null) {
        ingest.reject(r);
        return;
      }
      if (fields.eventId != null && !eventIds.add(fields.eventId)) {
        ingest.reject(
            shape.problem(
                fields,
                shape.eventIdField(),
                fields.eventId,
                shape.eventIdField() + " must be unique; the first record with this id was kept"));
        return;
      }
      try {
        int c = dict.customers().intern(checkNotNull(fields.customer));
        int tp = dict.touchpoints().intern(checkNotNull(fields.touchpoint));
        int ch = dict.channels().intern(fields.channel);
        int ty = dict.types().intern(fields.type);
        int st = dict.stages().intern(fields.stage);
        if (fields.attributes) {
          String segment = fields.segment;
          fields.values.segment = segment == null ? -1 : dict.segments().intern(segment);
          sink.accept(c, fields.time, tp, ch, ty, st, fields.values);
        } else {
          sink.accept(c, fields.time, tp, ch, ty, st);
        }
      } catch (IllegalArgumentException e) {
        ingest.reject(shape.problem(fields, "record", "", String.valueOf(e.getMessage())));
        return;
      }
      ingest.accept();
    }
  }

  @Override
  public String toString() {
    return "JsonEventReader[" + description + ", " + policy + "]";
  }
}
