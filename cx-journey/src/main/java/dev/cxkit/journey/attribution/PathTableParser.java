package dev.cxkit.journey.attribution;

import dev.cxkit.journey.internal.CompensatedSums;
import dev.cxkit.journey.internal.Growth;
import dev.cxkit.journey.internal.IntSequenceInterner;
import dev.cxkit.journey.internal.NameInterner;
import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The byte-level engine behind {@link PathTableReader}: one pass over 1 MiB buffers, no object per
 * row. Each distinct raw path text is interned once (so a repeated path costs one hash lookup, not
 * a re-tokenisation); a new text is split on the separator, its channels interned to ids and the id
 * sequence aggregated through the module's {@link IntSequenceInterner}; {@link #finish()} feeds one
 * row per distinct sequence into {@link PathTable#builder()}. Counts and values are parsed in place
 * (decimal values with up to 18 significant digits and no exponent exactly, as {@code mantissa /
 * 10^d} of two exact doubles, which is correctly rounded; anything else via {@link
 * Double#parseDouble}).
 */
final class PathTableParser {
  private static final int BUFFER = 1 << 20;
  private static final long ERROR = Long.MIN_VALUE;
  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final PathTableReader config;
  private final String source;
  private final byte delimiter;
  private final byte[] core;
  private final NameInterner channels = new NameInterner();
  private final NameInterner rawPaths = new NameInterner(false);
  private int[] rawToPath = unresolved(1024); // path index, -1 unresolved, -2 invalid path
  private final IntSequenceInterner paths = new IntSequenceInterner();
  private long[] conversions = new long[1024];
  private long[] nulls = new long[1024];
  private double[] values = new double[1024];
  private double[] valueCompensation = new double[1024];
  private int[] ids = new int[64];
  private final List<RowError> errors = new ArrayList<>();
  private long errorCount;
  private long line;
  private String[] columnNames = new String[0];
  private int pathCol = -1;
  private int convCol = -1;
  private int valueCol = -1;
  private int nullsCol = -1;
  private int maxCol;
  private int[] fieldStart = new int[0];
  private int[] fieldEnd = new int[0];
  private boolean reportHeader = true;

  PathTableParser(PathTableReader config, String source) {
    this.config = config;
    this.source = source;
    this.delimiter = (byte) config.delimiter;
    this.core = config.separator.strip().getBytes(StandardCharsets.UTF_8);
  }

  /** A source of bytes: an input stream or a range of a file. */
  interface Source {
    /** As {@link InputStream#read(byte[], int, int)}. */
    int read(byte[] b, int off, int len) throws IOException;
  }

  PathTable parse(InputStream in) throws IOException {
    consume(in::read, true);
    return finish();
  }

  /** Lines seen so far (the header included when this parser read it). */
  long lines() {
    return line;
  }

  /** Reads every line of {@code in}; the first non-empty line is the header if {@code header}. */
  void consume(Source in, boolean header) throws IOException {
    byte[] buf = new byte[BUFFER];
    int len = 0;
    boolean eof = false;
    while (!eof) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        eof = true;
      } else {
        len += n;
        if (len < buf.length) {
          continue; // fill the buffer before scanning
        }
      }
      int pos = 0;
      while (pos < len) {
        if (header) {
          int nl = indexOf(buf, pos, len, (byte) '\n');
          if (nl < 0 && !eof) {
            break;
          }
          int end = nl < 0 ? len : nl;
          line++;
          int textEnd = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
          if (textEnd > pos) {
            header(buf, pos, textEnd);
            header = false;
          }
          pos = Math.min(end + 1, len);
          continue;
        }
        int nl = scan(buf, pos, len, eof);
        if (nl < 0) {
          break;
        }
        pos = Math.min(nl + 1, len);
      }
      int rest = len - pos;
      if (rest == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      } else {
        System.arraycopy(buf, pos, buf, 0, rest);
      }
      len = rest;
    }
    if (header && reportHeader) {
      error(1, "row", "", "file must start with a header row");
    }
  }

  /**
   * Scans one line from {@code from} in a single pass, recording field bounds, and processes it.
   * Returns the index of its line feed ({@code to} for a last line without one), or -1 when the
   * line is incomplete and more input follows.
   */
  private int scan(byte[] buf, int from, int to, boolean eof) {
    int field = 0;
    int start = from;
    int i = from;
    int last = maxCol;
    byte delim = delimiter;
    for (; i < to; i++) {
      byte b = buf[i];
      if (b == '\n') {
        break;
      }
      if (b == delim) {
        if (field <= last) {
          fieldStart[field] = start;
          fieldEnd[field] = i;
        }
        field++;
        start = i + 1;
      }
    }
    if (i == to && !eof) {
      return -1;
    }
    line++;
    int end = i > from && buf[i - 1] == '\r' ? i - 1 : i;
    if (field <= last) {
      fieldStart[field] = start;
      fieldEnd[field] = Math.max(start, end);
    }
    if (end > from) {
      row(buf, field + 1);
    }
    return i;
  }

  /** The parsed table, or a {@link PathTableFormatException} with every bad row. */
  PathTable finish() {
    if (errorCount > 0) {
      throw new PathTableFormatException(source, errors, errorCount);
    }
    PathTable.Builder table = PathTable.builder();
    if (nullsCol < 0) {
      table.withoutNullColumn();
    }
    String[] names = channels.names();
    for (int p = 0; p < paths.size(); p++) {
      List<String> path = new ArrayList<>(paths.length(p));
      for (int i = 0; i < paths.length(p); i++) {
        path.add(names[paths.element(p, i)]);
      }
      table.add(path, conversions[p], values[p] + valueCompensation[p], nulls[p]);
    }
    return table.build();
  }

  /** Adds journeys to the path {@code ids[0, len)}; returns its index. */
  private int addPath(int[] seq, int len, long conv, double value, long nul) {
    int p = paths.intern(seq, 0, len);
    if (p >= conversions.length) {
      int n = Growth.capacity(conversions.length, p + 1);
      conversions = Arrays.copyOf(conversions, n);
      nulls = Arrays.copyOf(nulls, n);
      values = Arrays.copyOf(values, n);
      valueCompensation = Arrays.copyOf(valueCompensation, n);
    }
    addTo(p, conv, value, nul);
    return p;
  }

  private void addTo(int p, long conv, double value, long nul) {
    conversions[p] = Math.addExact(conversions[p], conv);
    nulls[p] = Math.addExact(nulls[p], nul);
    CompensatedSums.add(values, valueCompensation, p, value);
  }

  /** Adds everything {@code other} (which read the lines after this one's) has read. */
  void merge(PathTableParser other) {
    long offset = line;
    int[] idMap = new int[other.channels.size()];
    for (int i = 0; i < idMap.length; i++) {
      idMap[i] = channels.intern(other.channels.name(i));
    }
    int[] seq = new int[16];
    for (int p = 0; p < other.paths.size(); p++) {
      int len = other.paths.length(p);
      seq = Growth.ensure(seq, len);
      for (int i = 0; i < len; i++) {
        seq[i] = idMap[other.paths.element(p, i)];
      }
      addPath(
          seq,
          len,
          other.conversions[p],
          other.values[p] + other.valueCompensation[p],
          other.nulls[p]);
    }
    for (RowError e : other.errors) {
      if (errors.size() < PathTableReader.MAX_REPORTED_ERRORS) {
        errors.add(new RowError(e.line() + offset, e.field(), e.value(), e.rule()));
      }
    }
    errorCount += other.errorCount;
    line += other.line;
  }

  private static int indexOf(byte[] buf, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private void error(long at, String field, String value, String rule) {
    errorCount++;
    if (errors.size() < PathTableReader.MAX_REPORTED_ERRORS) {
      errors.add(new RowError(at, field, value, rule));
    }
  }

  private void error(String field, byte[] buf, int from, int to, String rule) {
    error(line, field, new String(buf, from, to - from, StandardCharsets.UTF_8), rule);
  }

  /** Takes the columns from a header line read elsewhere; its errors are reported there. */
  void applyHeader(byte[] buf, int from, int to) {
    reportHeader = false;
    header(buf, from, to);
  }

  private void header(byte[] buf, int from, int to) {
    if (to - from >= 3
        && buf[from] == (byte) 0xEF
        && buf[from + 1] == (byte) 0xBB
        && buf[from + 2] == (byte) 0xBF) {
      from += 3; // UTF-8 byte order mark
    }
    List<String> names = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || buf[i] == delimiter) {
        names.add(new String(buf, start, i - start, StandardCharsets.UTF_8).strip());
        start = i + 1;
      }
    }
    columnNames = names.toArray(new String[0]);
    String headerText = String.join(String.valueOf(config.delimiter), names);
    pathCol = column(config.pathColumn, headerText);
    convCol = column(config.conversionsColumn, headerText);
    valueCol = config.valueColumn == null ? -1 : column(config.valueColumn, headerText);
    nullsCol = config.nullsColumn == null ? -1 : column(config.nullsColumn, headerText);
    maxCol = Math.max(Math.max(pathCol, convCol), Math.max(valueCol, nullsCol));
    fieldStart = new int[maxCol + 1];
    fieldEnd = new int[maxCol + 1];
  }

  private int column(String name, String headerText) {
    int i = Arrays.asList(columnNames).indexOf(name);
    if (i < 0 && reportHeader) {
      error(line, name, headerText, "header must contain this column");
    }
    return i;
  }

  private void row(byte[] buf, int fields) {
    if (maxCol < 0 || pathCol < 0 || convCol < 0) {
      return; // header errors already reported
    }
    if (fields <= maxCol) {
      for (int c = fields; c <= maxCol; c++) {
        if (c == pathCol || c == convCol || c == valueCol || c == nullsCol) {
          error(line, columnNames[c], "", "field is missing (too few delimiters)");
        }
      }
      return;
    }
    boolean ok = true;
    long conv = count(convCol, buf);
    ok &= conv != ERROR;
    long nulls = nullsCol >= 0 ? count(nullsCol, buf) : 0;
    ok &= nulls != ERROR;
    double value = 0;
    if (valueCol >= 0) {
      value = value(buf);
      ok &= !Double.isNaN(value);
    }
    if (ok && conv == 0 && nulls == 0) {
      error(
          line,
          "row",
          conv + (nullsCol >= 0 ? " conversions, " + nulls + " nulls" : " conversions"),
          "a row must have conversions or nulls");
      ok = false;
    }
    if (ok && conv == 0 && value != 0) {
      error(
          columnNames[valueCol],
          buf,
          fieldStart[valueCol],
          fieldEnd[valueCol],
          "value must be 0 on a row without conversions");
      ok = false;
    }
    int ps = fieldStart[pathCol];
    int pe = fieldEnd[pathCol];
    while (ps < pe && isSpace(buf[ps])) {
      ps++;
    }
    while (pe > ps && isSpace(buf[pe - 1])) {
      pe--;
    }
    if (ps == pe) {
      error(
          columnNames[pathCol],
          buf,
          fieldStart[pathCol],
          fieldEnd[pathCol],
          "path must not be empty");
      return;
    }
    int raw = rawPaths.intern(buf, ps, pe);
    if (raw >= rawToPath.length) {
      int old = rawToPath.length;
      rawToPath = Arrays.copyOf(rawToPath, old * 2);
      Arrays.fill(rawToPath, old, rawToPath.length, -1);
    }
    int p = rawToPath[raw];
    if (p >= 0) {
      if (ok) {
        addTo(p, conv, value, nulls);
      }
      return;
    }
    int len = tokenize(buf, ps, pe);
    if (len < 0) {
      rawToPath[raw] = -2;
      return;
    }
    if (ok) {
      rawToPath[raw] = addPath(ids, len, conv, value, nulls);
    }
  }

  private static int[] unresolved(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t';
  }

  /** Splits the path into channel ids in {@link #ids}; returns the length or -1 after an error. */
  private int tokenize(byte[] buf, int ps, int pe) {
    int len = 0;
    int start = ps;
    int i = ps;
    int m = core.length;
    while (i <= pe) {
      int sepEnd;
      boolean last = i == pe;
      if (last) {
        sepEnd = pe;
      } else if (m == 0) {
        if (!isSpace(buf[i])) {
          i++;
          continue;
        }
        sepEnd = i;
        while (sepEnd < pe && isSpace(buf[sepEnd])) {
          sepEnd++;
        }
      } else if (buf[i] == core[0] && i + m <= pe && Arrays.equals(buf, i, i + m, core, 0, m)) {
        sepEnd = i + m;
      } else {
        i++;
        continue;
      }
      int ts = start;
      int te = i;
      while (ts < te && isSpace(buf[ts])) {
        ts++;
      }
      while (te > ts && isSpace(buf[te - 1])) {
        te--;
      }
      if (ts == te) {
        error(
            columnNames[pathCol],
            buf,
            ps,
            pe,
            "channel must not be empty (separator '"
                + config.separator
                + "' at an end or twice in a row)");
        return -1;
      }
      for (int k = ts; k < te; k++) {
        byte b = buf[k];
        if ((b == '>' || b == '|' || b == ',' || b == ';' || b == '\t')
            && indexOf(core, 0, m, b) < 0) {
          error(
              columnNames[pathCol],
              buf,
              ps,
              pe,
              "unknown separator: channel contains '"
                  + (char) b
                  + "' but the path separator is '"
                  + config.separator
                  + "'");
          return -1;
        }
      }
      if (len == ids.length) {
        ids = Arrays.copyOf(ids, len * 2);
      }
      ids[len++] = channels.intern(buf, ts, te);
      if (last) {
        break;
      }
      i = sepEnd;
      start = sepEnd;
    }
    return len;
  }

  private long count(int col, byte[] buf) {
    int s = fieldStart[col];
    int e = fieldEnd[col];
    int from = s;
    int to = e;
    while (s < e && isSpace(buf[s])) {
      s++;
    }
    while (e > s && isSpace(buf[e - 1])) {
      e--;
    }
    if (s < e && buf[s] == '-' && e - s > 1) {
      boolean digits = true;
      for (int i = s + 1; i < e; i++) {
        digits &= buf[i] >= '0' && buf[i] <= '9';
      }
      if (digits) {
        error(columnNames[col], buf, from, to, "count must be >= 0");
        return ERROR;
      }
    }
    long v = 0;
    for (int i = s; i < e; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9 || v > (Long.MAX_VALUE - d) / 10) {
        error(columnNames[col], buf, from, to, "count must be a non-negative integer");
        return ERROR;
      }
      v = v * 10 + d;
    }
    if (s == e) {
      error(columnNames[col], buf, from, to, "count must be a non-negative integer");
      return ERROR;
    }
    return v;
  }

  /** The value field as a double, or NaN after recording an error. */
  private double value(byte[] buf) {
    int from = fieldStart[valueCol];
    int to = fieldEnd[valueCol];
    int s = from;
    int e = to;
    while (s < e && isSpace(buf[s])) {
      s++;
    }
    while (e > s && isSpace(buf[e - 1])) {
      e--;
    }
    double v = fastDecimal(buf, s, e);
    if (Double.isNaN(v)) {
      try {
        v = Double.parseDouble(new String(buf, s, e - s, StandardCharsets.US_ASCII));
      } catch (NumberFormatException ex) {
        v = Double.NaN;
      }
    }
    if (Double.isNaN(v) || Double.isInfinite(v) || s == e) {
      error(columnNames[valueCol], buf, from, to, "value must be a finite number");
      return Double.NaN;
    }
    if (v < 0) {
      error(columnNames[valueCol], buf, from, to, "value must be >= 0");
      return Double.NaN;
    }
    return v == 0 ? 0.0 : v;
  }

  /** {@code [-]digits[.digits]} with at most 18 digits, exactly; NaN for anything else. */
  private static double fastDecimal(byte[] buf, int s, int e) {
    boolean negative = s < e && buf[s] == '-';
    int i = negative ? s + 1 : s;
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    for (; i < e; i++) {
      byte b = buf[i];
      if (b >= '0' && b <= '9') {
        if (++digits > 18) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (b - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else if (b == '.' && fraction < 0) {
        fraction = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || mantissa >= (1L << 53)) {
      return Double.NaN;
    }
    double v = fraction > 0 ? mantissa / POW10[fraction] : (double) mantissa;
    return negative ? -v : v;
  }
}
