package dev.cxkit.journey.attribution;

import dev.cxkit.journey.internal.Growth;
import dev.cxkit.journey.internal.NameInterner;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvRecord;
import dev.cxkit.model.csv.IngestException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The field mapping behind {@link PathTableReader}: reads records from cxkit's CSV core and
 * aggregates them per distinct raw path text (a repeated path costs one byte-level hash lookup, not
 * a re-tokenisation). A new text is split on the path separator and its channels checked; {@link
 * #addTo(PathTable.Builder)} then feeds one row per distinct text, in order of first appearance,
 * into the public {@link PathTable#builder()}, which aggregates identical channel sequences.
 */
final class PathTableParser {
  private static final int INVALID = -2;

  private final PathTableReader config;
  private final byte[] core;
  private final NameInterner channels = new NameInterner();
  private final NameInterner rawPaths = new NameInterner(false);
  private int[] touches = new int[4096]; // the distinct paths' channel ids (this parser's), flat
  private int[] pathStart = new int[1025]; // per entry: its first touch; pathStart[paths] = end
  private int paths;
  private int touchCount;
  private int[] rawToEntry = new int[1024]; // entry index + 1, 0 unseen, INVALID bad path
  private long[] conversions = new long[1024];
  private long[] nulls = new long[1024];
  private double[] values = new double[1024];
  private double[] compensation = new double[1024];
  private long totalConversions;
  private long totalNulls;
  private int pathCol;
  private int convCol;
  private int valueCol;
  private int nullsCol;
  private int timesCol = -1;
  private int endCol = -1;
  private final List<TimedRow> timedRows = new ArrayList<>();
  private String pathName = "path";

  /** A row of a timed table: its path entry, touch times, end time (epoch millis) and counts. */
  private record TimedRow(int entry, long[] times, long end, long conv, double value, long nul) {}

  PathTableParser(PathTableReader config) {
    this.config = config;
    this.core = config.separator.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Reads every record of {@code csv}, whose header is {@code header}. */
  void read(CsvReader csv, CsvHeader header) throws IOException {
    pathCol = header.require(config.pathColumn, "path");
    convCol = header.require(config.conversionsColumn, "conversions");
    valueCol = config.valueColumn == null ? -1 : header.require(config.valueColumn, "value");
    nullsCol = config.nullsColumn == null ? -1 : header.require(config.nullsColumn, "nulls");
    timesCol = config.timesColumn == null ? -1 : header.require(config.timesColumn, "times");
    endCol = config.endColumn == null ? -1 : header.require(config.endColumn, "end");
    pathName = header.name(pathCol);
    while (csv.next()) {
      CsvRecord r = csv.record();
      try {
        row(r);
        csv.accept();
      } catch (IngestException e) {
        csv.reject(e);
      }
    }
  }

  boolean hasNulls() {
    return nullsCol >= 0;
  }

  /** Feeds one row per distinct path text into {@code table}, in order of first appearance. */
  void addTo(PathTable.Builder table) {
    if (nullsCol < 0) {
      table.withoutNullColumn();
    }
    if (timesCol >= 0) {
      for (TimedRow row : timedRows) {
        List<Instant> times = new ArrayList<>(row.times().length);
        for (long t : row.times()) {
          times.add(Instant.ofEpochMilli(t));
        }
        table.addTimed(
            path(row.entry()),
            times,
            Instant.ofEpochMilli(row.end()),
            row.conv(),
            row.value(),
            row.nul());
      }
      return;
    }
    // this parser's channel ids -> the table's, given in order of first use by a kept path (a
    // channel seen only in rejected rows is not one of the table's)
    int[] id = new int[channels.size()];
    Arrays.fill(id, -1);
    int[] path = new int[16];
    for (int e = 0; e < paths; e++) {
      int from = pathStart[e];
      int len = pathStart[e + 1] - from;
      path = Growth.ensure(path, len);
      for (int i = 0; i < len; i++) {
        int c = touches[from + i];
        if (id[c] < 0) {
          id[c] = table.channel(channels.name(c));
        }
        path[i] = id[c];
      }
      table.add(path, len, conversions[e], values[e] + compensation[e], nulls[e]);
    }
  }

  /** The channel names of distinct path {@code entry} (timed rows are added by name). */
  private List<String> path(int entry) {
    List<String> names = new ArrayList<>(pathStart[entry + 1] - pathStart[entry]);
    for (int i = pathStart[entry]; i < pathStart[entry + 1]; i++) {
      names.add(channels.name(touches[i]));
    }
    return names;
  }

  /** Totals of this parser's rows, for overflow checks across chunks. */
  long totalConversions() {
    return totalConversions;
  }

  long totalNulls() {
    return totalNulls;
  }

  private void row(CsvRecord r) throws IngestException {
    long conv = count(r, convCol);
    long nul = nullsCol >= 0 ? count(r, nullsCol) : 0;
    double value = 0;
    if (valueCol >= 0) {
      value = r.doubleValue(valueCol, "value");
      if (value < 0) {
        throw r.invalid(valueCol, "value must be >= 0");
      }
    }
    if (conv == 0 && nul == 0) {
      throw new IngestException(
          r.recordRejection(
              nullsCol >= 0
                  ? "a row must have conversions or nulls, had 0 and 0"
                  : "a row must have conversions, had 0"));
    }
    if (conv == 0 && value != 0) {
      throw r.invalid(valueCol, "value must be 0 on a row without conversions");
    }
    byte[] b = r.bytes();
    int ps = r.start(pathCol);
    int pe = r.end(pathCol);
    while (ps < pe && isSpace(b[ps])) {
      ps++;
    }
    while (pe > ps && isSpace(b[pe - 1])) {
      pe--;
    }
    if (ps == pe) {
      throw r.invalid(pathCol, "path must not be empty");
    }
    int raw = rawPaths.intern(b, ps, pe);
    if (raw >= rawToEntry.length) {
      rawToEntry = Arrays.copyOf(rawToEntry, rawToEntry.length * 2);
    }
    int entry = rawToEntry[raw] - 1;
    if (rawToEntry[raw] == INVALID) {
      // a path found invalid before breaks a rule again: checkPath names it
      throw r.invalid(
          pathCol, Objects.requireNonNull(checkPath(b, ps, pe, false), "the rule it breaks"));
    }
    if (entry < 0) {
      String problem = checkPath(b, ps, pe, true);
      if (problem != null) {
        rawToEntry[raw] = INVALID;
        throw r.invalid(pathCol, problem);
      }
      entry = paths++;
      grow(entry + 1);
      pathStart[paths] = touchCount;
      rawToEntry[raw] = entry + 1;
    }
    long c;
    long n;
    long tc;
    long tn;
    try {
      c = Math.addExact(conversions[entry], conv);
      n = Math.addExact(nulls[entry], nul);
      tc = Math.addExact(totalConversions, conv);
      tn = Math.addExact(totalNulls, nul);
    } catch (ArithmeticException overflow) {
      throw r.invalid(
          convCol, "the table's conversions and nulls must each sum to at most " + Long.MAX_VALUE);
    }
    if (timesCol >= 0) {
      long[] times = times(r, pathStart[entry + 1] - pathStart[entry]);
      long end = times[times.length - 1];
      if (endCol >= 0) {
        end = time(r, endCol, r.stripped(endCol), "end time");
        if (end < times[times.length - 1]) {
          throw r.invalid(endCol, "end time must not be before the last touch time");
        }
      }
      timedRows.add(new TimedRow(entry, times, end, conv, value, nul));
    }
    conversions[entry] = c;
    nulls[entry] = n;
    totalConversions = tc;
    totalNulls = tn;
    // Neumaier compensated summation of the values
    double s = values[entry];
    double t = s + value;
    compensation[entry] += Math.abs(s) >= Math.abs(value) ? (s - t) + value : (value - t) + s;
    values[entry] = t;
  }

  private void grow(int n) {
    if (n > conversions.length) {
      int cap = conversions.length * 2;
      conversions = Arrays.copyOf(conversions, cap);
      nulls = Arrays.copyOf(nulls, cap);
      values = Arrays.copyOf(values, cap);
      compensation = Arrays.copyOf(compensation, cap);
    }
    pathStart = Growth.ensure(pathStart, n + 1);
  }

  private long count(CsvRecord r, int col) throws IngestException {
    long v = r.longValue(col, "count");
    if (v < 0) {
      throw r.invalid(col, "count must be >= 0");
    }
    return v;
  }

  /** The touch times of record {@code r}, one per touch of its path of {@code len} touches. */
  private long[] times(CsvRecord r, int len) throws IngestException {
    String text = r.stripped(timesCol);
    String core = config.separator.strip();
    String[] parts = core.isEmpty() ? text.split("\\s+") : text.split(Pattern.quote(core), -1);
    if (text.isEmpty() || parts.length != len) {
      throw r.invalid(
          timesCol,
          "touch times must be one per touch ("
              + len
              + "), separated like the path's, was "
              + (text.isEmpty() ? 0 : parts.length));
    }
    long[] out = new long[len];
    for (int i = 0; i < len; i++) {
      out[i] = time(r, timesCol, parts[i].strip(), "touch time");
      if (i > 0 && out[i] < out[i - 1]) {
        throw r.invalid(timesCol, "touch times must not decrease along the path");
      }
    }
    return out;
  }

  /** Epoch millis of an ISO-8601 date-time with offset, or a date (midnight UTC). */
  private static long time(CsvRecord r, int col, String text, String what) throws IngestException {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      }
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (DateTimeException | ArithmeticException e) {
      throw r.invalid(
          col,
          what
              + " must be an ISO-8601 date-time with offset (2024-03-01T09:00:00Z) or a date"
              + " (2024-03-01), was '"
              + text
              + "'");
    }
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t';
  }

  /**
   * Splits {@code b[ps, pe)} into channels (appended to the touches of a new entry when {@code
   * keep}); returns the rule it breaks, or null (when it breaks one, nothing is kept).
   */
  private @Nullable String checkPath(byte[] b, int ps, int pe, boolean keep) {
    int kept = touchCount;
    String problem = splitPath(b, ps, pe, keep);
    if (problem != null) {
      touchCount = kept;
    }
    return problem;
  }

  private @Nullable String splitPath(byte[] b, int ps, int pe, boolean keep) {
    int start = ps;
    int i = ps;
    int m = core.length;
    while (i <= pe) {
      int sepEnd;
      boolean last = i == pe;
      if (last) {
        sepEnd = pe;
      } else if (m == 0) {
        if (!isSpace(b[i])) {
          i++;
          continue;
        }
        sepEnd = i;
        while (sepEnd < pe && isSpace(b[sepEnd])) {
          sepEnd++;
        }
      } else if (b[i] == core[0] && i + m <= pe && Arrays.equals(b, i, i + m, core, 0, m)) {
        sepEnd = i + m;
      } else {
        i++;
        continue;
      }
      int ts = start;
      int te = i;
      while (ts < te && isSpace(b[ts])) {
        ts++;
      }
      while (te > ts && isSpace(b[te - 1])) {
        te--;
      }
      if (ts == te) {
        return "channel must not be empty (separator '"
            + config.separator
            + "' at an end or twice in a row)";
      }
      for (int k = ts; k < te; k++) {
        byte c = b[k];
        if ((c == '>' || c == '|' || c == ',' || c == ';' || c == '\t') && indexOf(core, c) < 0) {
          return "unknown separator: channel contains '"
              + (char) c
              + "' but the path separator is '"
              + config.separator
              + "'";
        }
      }
      if (keep) {
        touches = Growth.ensure(touches, touchCount + 1);
        touches[touchCount++] = channels.intern(b, ts, te);
      }
      if (last) {
        break;
      }
      i = sepEnd;
      start = sepEnd;
    }
    return null;
  }

  private static int indexOf(byte[] a, byte c) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == c) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "PathTableParser[" + pathName + ", " + paths + " distinct paths]";
  }
}
