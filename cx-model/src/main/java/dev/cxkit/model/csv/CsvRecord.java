package dev.cxkit.model.csv;

import java.nio.charset.StandardCharsets;

/**
 * The current record of a {@link CsvReader}: a view, valid until the next call of {@link
 * CsvReader#next()}. Fields are byte ranges of {@link #bytes()} (UTF-8, already checked, quotes
 * already removed), so a hot reader can intern or parse them without creating a {@code String};
 * {@link #text(int)} decodes one. The number parsers are strict (plain decimal notation: no hex, no
 * {@code NaN}/{@code Infinity}, no overflow) and throw an {@link IngestException} that names the
 * source, line, column, field, value and rule; pass it to {@link
 * CsvReader#reject(IngestException)}.
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=csvRecord}
 */
public final class CsvRecord {
  private final CsvReader reader;
  private final Scanner s;

  CsvRecord(CsvReader reader, Scanner scanner) {
    this.reader = reader;
    this.s = scanner;
  }

  /** The 1-based line the record starts on. */
  public long line() {
    return s.recordLine;
  }

  /** Number of fields (equal to the header's when the input has one). */
  public int fieldCount() {
    return s.nf;
  }

  /** The buffer the fields are ranges of; valid until the next record. */
  public byte[] bytes() {
    return s.buf;
  }

  /** Start (inclusive) of field {@code i} in {@link #bytes()}. */
  public int start(int i) {
    check(i);
    return s.fs[i];
  }

  /** End (exclusive) of field {@code i} in {@link #bytes()}. */
  public int end(int i) {
    check(i);
    return s.fe[i];
  }

  /** Whether field {@code i} has no byte. */
  public boolean isEmpty(int i) {
    check(i);
    return s.fs[i] == s.fe[i];
  }

  /** Field {@code i} as text. */
  public String text(int i) {
    check(i);
    return new String(s.buf, s.fs[i], s.fe[i] - s.fs[i], StandardCharsets.UTF_8);
  }

  /** Field {@code i} as text without surrounding spaces and tabs. */
  public String stripped(int i) {
    check(i);
    int from = stripStart(i);
    int to = stripEnd(i, from);
    return new String(s.buf, from, to - from, StandardCharsets.UTF_8);
  }

  /**
   * Field {@code i} stripped of surrounding blanks; it must not be empty.
   *
   * @param what the field's meaning, for the rule ({@code "customer must not be empty"})
   */
  public String required(int i, String what) throws IngestException {
    String v = stripped(i);
    if (v.isEmpty()) {
      throw invalid(i, what + " must not be empty");
    }
    return v;
  }

  /**
   * Field {@code i} (surrounding blanks ignored) as a whole number: {@code [+-]?digits}, within the
   * range of {@code long}.
   */
  public long longValue(int i, String what) throws IngestException {
    check(i);
    int from = stripStart(i);
    int to = stripEnd(i, from);
    long v = Decimals.parseLong(s.buf, from, to);
    if (v == Decimals.NOT_AN_INTEGER) {
      throw invalid(i, what + " must be a whole number (digits, optionally signed)");
    }
    if (v == Decimals.INTEGER_OVERFLOW) {
      throw invalid(i, what + " must be a whole number within +-9223372036854775806");
    }
    return v;
  }

  /** As {@link #longValue} within {@code min..max}. */
  public long longValue(int i, String what, long min, long max) throws IngestException {
    long v = longValue(i, what);
    if (v < min || v > max) {
      throw invalid(i, what + " must be in " + min + ".." + max);
    }
    return v;
  }

  /**
   * Field {@code i} (surrounding blanks ignored) as a finite decimal number in plain notation
   * ({@code 12}, {@code -3.5}, {@code 1e-3}); hexadecimal, {@code NaN}, {@code Infinity} and values
   * that overflow a double are rejected.
   */
  public double doubleValue(int i, String what) throws IngestException {
    check(i);
    int from = stripStart(i);
    int to = stripEnd(i, from);
    double v = Decimals.parseDouble(s.buf, from, to);
    if (Double.isNaN(v)) {
      throw invalid(
          i, what + " must be a finite decimal number (no hex, NaN, Infinity or overflow)");
    }
    return v == 0 ? 0.0 : v;
  }

  /** An exception rejecting this record because of field {@code i}. */
  public IngestException invalid(int i, String rule) {
    return new IngestException(rejection(i, rule));
  }

  /** A rejection of this record because of field {@code i}: the field's name and value. */
  public Rejection rejection(int i, String rule) {
    check(i);
    boolean lines = reader.settings().separatorByte() == CsvSettings.NO_SEPARATOR;
    return new Rejection(
        reader.source(),
        line(),
        lines ? 0 : i + 1,
        lines ? "record" : reader.columnName(i),
        shownText(s.fs[i], s.fe[i]),
        rule);
  }

  /** A rejection of the record as a whole (field {@code "record"}, its text as value). */
  public Rejection recordRejection(String rule) {
    int from = s.nf == 0 ? 0 : s.fs[0];
    int to = s.nf == 0 ? 0 : s.fe[s.nf - 1];
    return new Rejection(reader.source(), line(), 0, "record", shownText(from, to), rule);
  }

  /**
   * {@code buf[from, to)} as text when at most 80 bytes long, else its first 40 bytes and its
   * length (bounded work on any field; malformed UTF-8 shows as U+FFFD).
   */
  String shownText(int from, int to) {
    int n = to - from;
    if (n <= 80) {
      return n <= 0 ? "" : new String(s.buf, from, n, StandardCharsets.UTF_8);
    }
    return new String(s.buf, from, 40, StandardCharsets.UTF_8) + "... (" + n + " bytes)";
  }

  private int stripStart(int i) {
    int from = s.fs[i];
    int to = s.fe[i];
    byte[] b = s.buf;
    while (from < to && (b[from] == ' ' || b[from] == '\t')) {
      from++;
    }
    return from;
  }

  private int stripEnd(int i, int from) {
    int to = s.fe[i];
    byte[] b = s.buf;
    while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
      to--;
    }
    return to;
  }

  private void check(int i) {
    if (i < 0 || i >= s.nf) {
      throw new IndexOutOfBoundsException("field index must be in 0.." + (s.nf - 1) + ", was " + i);
    }
  }

  /** The record's fields as text, for diagnostics. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CsvRecord[line ").append(line());
    for (int i = 0; i < s.nf; i++) {
      sb.append(i == 0 ? ": " : ", ").append(text(i));
    }
    return sb.append(']').toString();
  }
}
