package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams JSON event records into an {@link EventSink}: JSON Lines (one object per line; a
 * malformed line is rejected and reading continues) or one JSON array of objects (streamed element
 * by element; malformed JSON stops the read). Three record shapes: your own fields through a {@link
 * JsonMapping}, Segment Spec {@code track}/{@code page}/{@code screen} calls, and xAPI statements.
 *
 * <pre>{@code
 * EventDictionaries dict = new EventDictionaries();
 * EventLog.Builder log = EventLog.builder(dict);
 * IngestReport r = JsonEventReader.segment(RejectPolicy.COLLECT_AND_CONTINUE)
 *     .read(Path.of("segment.jsonl"), dict, log);
 * }</pre>
 */
public final class JsonEventReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonRecord shape;
  private final RejectPolicy policy;
  private final String description;

  private JsonEventReader(JsonRecord shape, RejectPolicy policy, String description) {
    this.shape = shape;
    this.policy = checkNotNull(policy, "policy");
    this.description = description;
  }

  /** Records with the fields named by {@code mapping}. */
  public static JsonEventReader of(JsonMapping mapping, RejectPolicy policy) {
    return new JsonEventReader(
        new MappedJsonRecord(checkNotNull(mapping, "mapping")), policy, mapping.toString());
  }

  /**
   * Segment Spec calls: customer {@code userId} else {@code anonymousId}; touchpoint the track
   * {@code event} or page/screen {@code name}; type the call type; channel {@code
   * properties.channel}, {@code context.channel} or {@code channel}; stage {@code
   * properties.stage}; time {@code timestamp} else {@code originalTimestamp}; event id {@code
   * messageId}. Identify, group and alias calls are rejected (reported).
   */
  public static JsonEventReader segment(RejectPolicy policy) {
    return new JsonEventReader(new SegmentRecord(), policy, "Segment");
  }

  /**
   * xAPI statements: customer the actor's identifier, touchpoint the activity {@code object.id},
   * type the {@code verb.id}, channel {@code context.platform}, time {@code timestamp} else {@code
   * stored}, event id the statement {@code id}. Voiding statements are rejected (reported).
   */
  public static JsonEventReader xapi(RejectPolicy policy) {
    return new JsonEventReader(new XapiRecord(), policy, "xAPI");
  }

  /** Reads {@code file}; see {@link #read(InputStream, EventDictionaries, EventSink)}. */
  public IngestReport read(Path file, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, dictionaries, sink);
    }
  }

  /**
   * Reads every record of {@code in} (UTF-8, not closed) into {@code sink}.
   *
   * @throws EventParseException for an empty input, malformed JSON inside an array, or the first
   *     rejected record under {@link RejectPolicy#FAIL_FAST}
   */
  public IngestReport read(InputStream in, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    Ingest ingest = new Ingest(policy, checkNotNull(sink, "sink"));
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    reader.mark(1 << 16);
    int c;
    do {
      c = reader.read();
    } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF');
    if (c < 0) {
      throw new EventParseException(
          description + " input is empty: JSON Lines or a JSON array of records is required");
    }
    reader.reset();
    Emitter emitter = new Emitter(dictionaries, ingest);
    if (c == '[') {
      readArray(reader, emitter);
    } else {
      readLines(reader, emitter);
    }
    return ingest.report();
  }

  private void readLines(BufferedReader reader, Emitter emitter) throws IOException {
    String text;
    long line = 0;
    while ((text = reader.readLine()) != null) {
      line++;
      if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      emitter.ingest.record();
      JsonNode node;
      try {
        node = MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        emitter.ingest.reject(
            line, "record", preview(text), "record must be valid JSON: " + e.getOriginalMessage());
        continue;
      }
      emitter.emit(node, line);
    }
  }

  private void readArray(BufferedReader reader, Emitter emitter) throws IOException {
    try (JsonParser p = MAPPER.createParser(reader)) {
      p.nextToken(); // START_ARRAY
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new EventParseException(
              "line " + p.currentLocation().getLineNr() + ": JSON array must be closed with ']'");
        }
        long line = p.currentTokenLocation().getLineNr();
        JsonNode node = p.readValueAsTree();
        emitter.ingest.record();
        emitter.emit(node, line);
      }
    } catch (JsonProcessingException e) {
      throw new EventParseException(
          "line "
              + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
              + ": input must be valid JSON: "
              + e.getOriginalMessage());
    }
  }

  private static String preview(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  private final class Emitter {
    final EventDictionaries dict;
    final Ingest ingest;
    final JsonRecord.Fields fields = new JsonRecord.Fields();

    Emitter(EventDictionaries dict, Ingest ingest) {
      this.dict = dict;
      this.ingest = ingest;
    }

    void emit(JsonNode node, long line) throws EventParseException {
      if (!node.isObject()) {
        ingest.reject(line, "record", JsonRecord.shown(node), "record must be a JSON object");
        return;
      }
      Rejection r = shape.extract(node, line, fields);
      if (r != null) {
        ingest.reject(r.line(), r.field(), r.value(), r.rule());
        return;
      }
      if (fields.eventId != null
          && !ingest.firstEventId(line, shape.eventIdField(), fields.eventId)) {
        return;
      }
      ingest.emit(
          line,
          dict.customers().intern(checkNotNull(fields.customer)),
          fields.time,
          dict.touchpoints().intern(checkNotNull(fields.touchpoint)),
          dict.channels().intern(fields.channel),
          dict.types().intern(fields.type),
          dict.stages().intern(fields.stage));
    }
  }

  @Override
  public String toString() {
    return "JsonEventReader[" + description + ", " + policy + "]";
  }
}
