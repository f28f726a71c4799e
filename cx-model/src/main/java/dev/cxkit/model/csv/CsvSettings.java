package dev.cxkit.model.csv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Locale;

/**
 * The syntax of a delimited text input: the separator, whether the first record is a header, and
 * the limits that keep memory bounded on any input. Quoting follows RFC 4180: a field that starts
 * with {@code "} runs to the next lone {@code "}, may contain separators, line breaks and doubled
 * quotes ({@code ""} is one {@code "}); a quote later in an unquoted field is an ordinary
 * character. Line ends are LF, CRLF or a lone CR; a UTF-8 byte order mark at the start is skipped;
 * blank lines are not records.
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=csvSettings}
 */
public final class CsvSettings {
  /** Default longest record (one logical line, quoted line breaks included): 16 MiB. */
  public static final int DEFAULT_MAX_RECORD_LENGTH = 16 << 20;

  static final int NO_SEPARATOR = 256; // never equal to a byte

  private final int separator;
  private final boolean whitespace;
  private final boolean quotes;
  private final boolean header;
  private final int maxRecordLength;
  private final int maxFieldLength;

  private CsvSettings(
      int separator,
      boolean whitespace,
      boolean quotes,
      boolean header,
      int maxRecordLength,
      int maxFieldLength) {
    this.separator = separator;
    this.whitespace = whitespace;
    this.quotes = quotes;
    this.header = header;
    this.maxRecordLength = maxRecordLength;
    this.maxFieldLength = maxFieldLength;
  }

  /** Comma-separated, quoted fields, a header line, records and fields up to 16 MiB. */
  public static CsvSettings defaults() {
    return new CsvSettings(
        ',', false, true, true, DEFAULT_MAX_RECORD_LENGTH, DEFAULT_MAX_RECORD_LENGTH);
  }

  /**
   * Fields separated by runs of spaces and tabs (blanks at the start and end of a line are not
   * fields), quoted fields allowed, no header line: fixed-width-looking files such as CDNOW's.
   */
  public static CsvSettings whitespaceSeparated() {
    return new CsvSettings(
        ' ', true, true, false, DEFAULT_MAX_RECORD_LENGTH, DEFAULT_MAX_RECORD_LENGTH);
  }

  /**
   * One field per line, no quoting, no header: a line reader with the same limits, line ends, byte
   * order mark and UTF-8 checks (for JSON Lines).
   */
  public static CsvSettings lines() {
    return new CsvSettings(
        NO_SEPARATOR, false, false, false, DEFAULT_MAX_RECORD_LENGTH, DEFAULT_MAX_RECORD_LENGTH);
  }

  /**
   * These settings with another separator: an ASCII character other than the quote, CR and LF (tab,
   * semicolon, pipe, ...).
   */
  public CsvSettings withSeparator(char separator) {
    checkArgument(
        separator > 0
            && separator < 128
            && separator != '"'
            && separator != '\n'
            && separator != '\r',
        "separator must be an ASCII character other than quote, CR and LF, was '%s'",
        printable(separator));
    return new CsvSettings(separator, false, true, header, maxRecordLength, maxFieldLength);
  }

  /** These settings with ({@code true}) or without a header line. */
  public CsvSettings withHeader(boolean header) {
    return new CsvSettings(separator, whitespace, quotes, header, maxRecordLength, maxFieldLength);
  }

  /**
   * These settings with another limit on a record's length in bytes (line breaks inside quotes
   * included); a longer record stops the read with an {@link IngestException}. The read buffer
   * never grows beyond it.
   */
  public CsvSettings withMaxRecordLength(int bytes) {
    checkArgument(bytes >= 16, "maxRecordLength must be >= 16 bytes, was %s", bytes);
    return new CsvSettings(
        separator, whitespace, quotes, header, bytes, Math.min(maxFieldLength, bytes));
  }

  /** These settings with another limit on a field's length in bytes; a longer field is rejected. */
  public CsvSettings withMaxFieldLength(int bytes) {
    checkArgument(bytes >= 1, "maxFieldLength must be >= 1 byte, was %s", bytes);
    return new CsvSettings(
        separator, whitespace, quotes, header, maxRecordLength, Math.min(bytes, maxRecordLength));
  }

  /** The separator, or {@code ' '} for runs of blanks. Undefined for {@link #lines()}. */
  public char separator() {
    return (char) (separator == NO_SEPARATOR ? 0 : separator);
  }

  int separatorByte() {
    return separator;
  }

  /** Whether fields are separated by runs of blanks. */
  public boolean isWhitespaceSeparated() {
    return whitespace;
  }

  boolean quotes() {
    return quotes;
  }

  /** Whether the first non-blank record is a header. */
  public boolean hasHeader() {
    return header;
  }

  /** Longest record in bytes. */
  public int maxRecordLength() {
    return maxRecordLength;
  }

  /** Longest field in bytes. */
  public int maxFieldLength() {
    return maxFieldLength;
  }

  private static String printable(char c) {
    return c < 32 || c == 127 ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c);
  }

  @Override
  public String toString() {
    String sep =
        separator == NO_SEPARATOR
            ? "lines"
            : whitespace ? "blanks" : "'" + printable((char) separator) + "'";
    return "CsvSettings[separator "
        + sep
        + (header ? ", header" : ", no header")
        + ", max record "
        + maxRecordLength
        + " B, max field "
        + maxFieldLength
        + " B]";
  }
}
