package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.internal.Growth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Streams an event CSV (RFC 4180 quoting, UTF-8, LF or CRLF line ends, header line first) into an
 * {@link EventSink}. A hand-written tokenizer works on bytes; repeated names are interned without
 * creating strings. Only one record is held in memory at a time. Blank lines are not records.
 *
 * <pre>{@code
 * EventDictionaries dict = new EventDictionaries();
 * EventLog.Builder log = EventLog.builder(dict);
 * IngestReport report = CsvEventReader.of(CsvFormat.of("customer", "time", "touchpoint"),
 *         RejectPolicy.COLLECT_AND_CONTINUE)
 *     .read(Path.of("events.csv"), dict, log);
 * }</pre>
 */
public final class CsvEventReader {
  private static final int MAX_VALUE_SHOWN = 200;
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

  /** Reads {@code file}; see {@link #read(InputStream, EventDictionaries, EventSink)}. */
  public IngestReport read(Path file, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, dictionaries, sink);
    }
  }

  /**
   * Reads every record of {@code in} (not closed) and pushes accepted events into {@code sink}.
   *
   * @throws EventParseException for an empty input, a header without a mapped column, or the first
   *     rejected record under {@link RejectPolicy#FAIL_FAST}
   */
  public IngestReport read(InputStream in, EventDictionaries dictionaries, EventSink sink)
      throws IOException {
    Parser p = new Parser(dictionaries, new Ingest(policy, checkNotNull(sink, "sink")));
    p.run(in);
    return p.ingest.report();
  }

  private final class Parser {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    final Ingest ingest;
    final ByteInterner customers;
    final ByteInterner touchpoints;
    final ByteInterner channels;
    final ByteInterner types;
    final ByteInterner stages;
    final int emptyChannel;
    final int emptyType;
    final int emptyStage;

    byte[] rec = new byte[256];
    int recLen;
    int[] fieldStart = new int[16];
    int[] fieldEnd = new int[16];
    int fields;
    boolean quotedSeen;
    boolean badQuote;
    long line = 1;
    long recordLine = 1;
    boolean headerRead;
    int headerCount;
    int customerIdx;
    int timeIdx;
    int touchpointIdx;
    int channelIdx = -1;
    int typeIdx = -1;
    int stageIdx = -1;
    int eventIdIdx = -1;

    Parser(EventDictionaries dict, Ingest ingest) {
      this.ingest = ingest;
      customers = new ByteInterner(dict.customers());
      touchpoints = new ByteInterner(dict.touchpoints());
      channels = new ByteInterner(dict.channels());
      types = new ByteInterner(dict.types());
      stages = new ByteInterner(dict.stages());
      emptyChannel = dict.channels().intern("");
      emptyType = dict.types().intern("");
      emptyStage = dict.stages().intern("");
    }

    @SuppressWarnings("fallthrough") // FIELD_START falls into UNQUOTED on purpose
    void run(InputStream in) throws IOException {
      byte[] buf = new byte[1 << 16];
      int state = FIELD_START;
      boolean first = true;
      final byte sep = (byte) format.separator();
      int n;
      while ((n = in.read(buf)) > 0) {
        int pos = 0;
        if (first) {
          first = false;
          if (n >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3; // UTF-8 byte order mark
          }
        }
        if (rec.length < recLen + n) {
          // a record holds at most its bytes from this chunk: no capacity check per byte below
          rec = java.util.Arrays.copyOf(rec, recLen + n + 64);
        }
        final byte[] r = rec;
        for (; pos < n; pos++) {
          byte b = buf[pos];
          if (state == UNQUOTED || (state == FIELD_START && b != '"')) {
            // fast path: copy a run of ordinary bytes of an unquoted field in one go
            state = UNQUOTED;
            int end = pos;
            while (end < n && (b = buf[end]) != sep && b != '\n' && b != '\r') {
              end++;
            }
            System.arraycopy(buf, pos, r, recLen, end - pos);
            recLen += end - pos;
            pos = end;
            if (pos == n) {
              break;
            }
          }
          switch (state) {
            case FIELD_START:
              if (b == '"') {
                quotedSeen = true;
                state = QUOTED;
                break;
              }
              state = UNQUOTED;
            // fall through
            case UNQUOTED:
              if (b == sep) {
                endField();
                state = FIELD_START;
              } else if (b == '\n') {
                endField();
                endRecord();
                state = FIELD_START;
              } else if (b != '\r') {
                r[recLen++] = b;
              }
              break;
            case QUOTED:
              if (b == '"') {
                state = QUOTE_IN_QUOTED;
              } else {
                if (b == '\n') {
                  line++;
                }
                r[recLen++] = b;
              }
              break;
            default: // QUOTE_IN_QUOTED
              if (b == '"') {
                r[recLen++] = b;
                state = QUOTED;
              } else if (b == sep) {
                endField();
                state = FIELD_START;
              } else if (b == '\n') {
                endField();
                endRecord();
                state = FIELD_START;
              } else if (b != '\r') {
                badQuote = true;
                r[recLen++] = b;
                state = UNQUOTED;
              }
              break;
          }
        }
      }
      if (state == QUOTED) {
        badQuote = true;
      }
      if (recLen > 0 || fields > 0 || quotedSeen || state != FIELD_START) {
        endField();
        endRecord();
      }
      if (!headerRead) {
        throw new EventParseException(
            "CSV input is empty: a header line naming the columns "
                + List.of(format.customerColumn(), format.timeColumn(), format.touchpointColumn())
                + " is required");
      }
    }

    private void endField() {
      if (fields == fieldStart.length) {
        fieldStart = Growth.ensure(fieldStart, fields + 1);
        fieldEnd = Growth.ensure(fieldEnd, fields + 1);
      }
      fieldStart[fields] = fields == 0 ? 0 : fieldEnd[fields - 1];
      fieldEnd[fields] = recLen;
      fields++;
    }

    private void endRecord() throws EventParseException {
      try {
        boolean blank = fields == 1 && recLen == 0 && !quotedSeen;
        if (!blank) {
          if (headerRead) {
            record();
          } else {
            header();
          }
        }
      } finally {
        fields = 0;
        recLen = 0;
        quotedSeen = false;
        badQuote = false;
        line++;
        recordLine = line;
      }
    }

    private String text(int f) {
      return new String(rec, fieldStart[f], fieldEnd[f] - fieldStart[f], StandardCharsets.UTF_8);
    }

    private String shown(int f) {
      String s = text(f);
      return s.length() > MAX_VALUE_SHOWN ? s.substring(0, MAX_VALUE_SHOWN) + "..." : s;
    }

    private String wholeRecord() {
      String s = new String(rec, 0, recLen, StandardCharsets.UTF_8);
      return s.length() > MAX_VALUE_SHOWN ? s.substring(0, MAX_VALUE_SHOWN) + "..." : s;
    }

    private void header() throws EventParseException {
      List<String> names = new ArrayList<>();
      for (int f = 0; f < fields; f++) {
        names.add(text(f).trim());
      }
      headerRead = true;
      headerCount = fields;
      customerIdx = column(names, format.customerColumn(), "customer");
      timeIdx = column(names, format.timeColumn(), "time");
      touchpointIdx = column(names, format.touchpointColumn(), "touchpoint");
      channelIdx = optionalColumn(names, format.channelColumn(), "channel");
      typeIdx = optionalColumn(names, format.typeColumn(), "type");
      stageIdx = optionalColumn(names, format.stageColumn(), "stage");
      eventIdIdx = optionalColumn(names, format.eventIdColumn(), "event id");
    }

    private int optionalColumn(List<String> names, @Nullable String column, String role)
        throws EventParseException {
      return column == null ? -1 : column(names, column, role);
    }

    private int column(List<String> names, String column, String role) throws EventParseException {
      int idx = names.indexOf(column);
      if (idx < 0) {
        throw new EventParseException(
            new Rejection(
                recordLine,
                "header",
                String.join(String.valueOf(format.separator()), names),
                "the "
                    + role
                    + " column '"
                    + column
                    + "' must be in the header, columns are "
                    + names));
      }
      if (names.lastIndexOf(column) != idx) {
        throw new EventParseException(
            new Rejection(
                recordLine,
                "header",
                String.join(String.valueOf(format.separator()), names),
                "header column '" + column + "' must appear once"));
      }
      return idx;
    }

    private boolean empty(int f) {
      return fieldEnd[f] == fieldStart[f];
    }

    private void record() throws EventParseException {
      ingest.record();
      if (badQuote) {
        ingest.reject(
            recordLine,
            "record",
            wholeRecord(),
            "quoted field must close before the separator or line end");
        return;
      }
      if (fields != headerCount) {
        ingest.reject(
            recordLine,
            "record",
            wholeRecord(),
            "record must have " + headerCount + " fields like the header, had " + fields);
        return;
      }
      if (empty(customerIdx)) {
        ingest.reject(recordLine, format.customerColumn(), "", "customer must not be empty");
        return;
      }
      long time;
      if (format.timeFormat().isEpochMillis()) {
        time = TimeFormat.parseEpochMillis(rec, fieldStart[timeIdx], fieldEnd[timeIdx]);
        if (time == Long.MIN_VALUE) {
          ingest.reject(
              recordLine,
              format.timeColumn(),
              shown(timeIdx),
              "time must be " + format.timeFormat().describe());
          return;
        }
      } else {
        try {
          time = format.timeFormat().parse(text(timeIdx));
        } catch (IllegalArgumentException e) {
          ingest.reject(
              recordLine,
              format.timeColumn(),
              shown(timeIdx),
              "time must be " + format.timeFormat().describe());
          return;
        }
      }
      if (empty(touchpointIdx)) {
        ingest.reject(recordLine, format.touchpointColumn(), "", "touchpoint must not be empty");
        return;
      }
      if (eventIdIdx >= 0) {
        String eventIdColumn = java.util.Objects.requireNonNull(format.eventIdColumn());
        if (empty(eventIdIdx)) {
          ingest.reject(recordLine, eventIdColumn, "", "event id must not be empty");
          return;
        }
        if (!ingest.firstEventId(recordLine, eventIdColumn, text(eventIdIdx))) {
          return;
        }
      }
      int c = customers.intern(rec, fieldStart[customerIdx], fieldEnd[customerIdx]);
      int tp = touchpoints.intern(rec, fieldStart[touchpointIdx], fieldEnd[touchpointIdx]);
      int ch =
          channelIdx < 0
              ? emptyChannel
              : channels.intern(rec, fieldStart[channelIdx], fieldEnd[channelIdx]);
      int ty = typeIdx < 0 ? emptyType : types.intern(rec, fieldStart[typeIdx], fieldEnd[typeIdx]);
      int st =
          stageIdx < 0 ? emptyStage : stages.intern(rec, fieldStart[stageIdx], fieldEnd[stageIdx]);
      ingest.emit(recordLine, c, time, tp, ch, ty, st);
    }
  }

  @Override
  public String toString() {
    return "CsvEventReader[" + format + ", " + policy + "]";
  }
}
