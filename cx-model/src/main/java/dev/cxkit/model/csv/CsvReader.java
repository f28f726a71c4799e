package dev.cxkit.model.csv;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Streams the records of a delimited text input (the syntax of {@link CsvSettings}), one at a time,
 * keeping the accounting of the read ({@link Ingest}). This is cxkit's one CSV reading core: the
 * event, path-table, transaction, customer-summary and survey readers are field mappings over it.
 *
 * <p>Memory is bounded on any input: one record plus one read buffer, never more than {@link
 * CsvSettings#maxRecordLength()}. Records that break the syntax are rejected through the {@link
 * RejectPolicy} with their line and column and skipped: text after a closing quote, malformed
 * UTF-8, a field longer than {@link CsvSettings#maxFieldLength()}, a field count unlike the
 * header's. Input that cannot be read on stops it with an {@link IngestException}: no header, a
 * record longer than the limit, a quote that never closes.
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=csvReader}
 */
public final class CsvReader implements Closeable {
  private final String source;
  private final CsvSettings settings;
  private final Scanner scanner;
  private final CsvRecord record;
  private final Ingest ingest;
  private final boolean chunk;
  private final @Nullable InputStream owned;
  private @Nullable CsvHeader header;

  private CsvReader(
      InputStream in,
      String source,
      CsvSettings settings,
      RejectPolicy policy,
      @Nullable CsvHeader header,
      boolean chunk,
      boolean owns,
      boolean skipBom) {
    this.source = checkNotNull(source, "source");
    this.settings = checkNotNull(settings, "settings");
    this.scanner = new Scanner(checkNotNull(in, "in"), settings, skipBom);
    this.record = new CsvRecord(this, scanner);
    this.ingest = new Ingest(source, checkNotNull(policy, "policy"));
    this.header = header;
    this.chunk = chunk;
    this.owned = owns ? in : null;
  }

  /**
   * A reader of {@code file}, named by its path in every message; {@link #close()} closes it.
   *
   * @throws IngestException when {@code file} is a directory
   * @throws java.nio.file.NoSuchFileException when it does not exist
   */
  public static CsvReader open(Path file, CsvSettings settings, RejectPolicy policy)
      throws IOException {
    String source = requireFile(file);
    return new CsvReader(
        Files.newInputStream(file), source, settings, policy, null, false, true, true);
  }

  /**
   * The name of {@code file} in messages, once it is known not to be a directory (every reader of
   * cxkit opens its files after this check, so "Is a directory" always comes with the path).
   *
   * @throws IngestException when {@code file} is a directory
   */
  public static String requireFile(Path file) throws IngestException {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new IngestException(
          new Rejection(source, 1, 0, "file", "", "input must be a file, was a directory"));
    }
    return source;
  }

  /** A reader of {@code in} (not closed by {@link #close()}), named {@code source} in messages. */
  public static CsvReader of(
      InputStream in, String source, CsvSettings settings, RejectPolicy policy) {
    return new CsvReader(in, source, settings, policy, null, false, false, true);
  }

  /**
   * A reader of one chunk of a larger input that starts at a record boundary after its header:
   * {@code header} applies, no byte order mark is looked for, line numbers count from 1 at the
   * chunk's start (shift them with {@link Ingest#addAll}), and an input that ends inside a quoted
   * field ends the chunk ({@link #endedInOpenQuote()}) instead of failing: the caller then knows
   * the chunk boundary was inside a quoted field.
   */
  public static CsvReader chunk(
      InputStream in, String source, CsvSettings settings, RejectPolicy policy, CsvHeader header) {
    return new CsvReader(
        in, source, settings, policy, checkNotNull(header, "header"), true, false, false);
  }

  /**
   * A reader of the first chunk of a larger input: like {@link #of} (byte order mark, header), but
   * an input that ends inside a quoted field ends the chunk ({@link #endedInOpenQuote()}) instead
   * of failing; see {@link #chunk}.
   */
  public static CsvReader firstChunk(
      InputStream in, String source, CsvSettings settings, RejectPolicy policy) {
    return new CsvReader(in, source, settings, policy, null, true, false, true);
  }

  /** The input's name. */
  public String source() {
    return source;
  }

  /** The syntax being read. */
  public CsvSettings settings() {
    return settings;
  }

  /** The accounting of this read. */
  public Ingest ingest() {
    return ingest;
  }

  /**
   * The header, read from the first non-blank record if not yet read.
   *
   * @throws IngestException when the input is empty or the header line is malformed
   * @throws IllegalStateException when the settings have no header
   */
  public CsvHeader header() throws IOException {
    if (header != null) {
      return header;
    }
    if (!settings.hasHeader()) {
      throw new IllegalStateException("these settings have no header line: " + settings);
    }
    while (true) {
      if (!scanNext()) {
        throw new IngestException(
            new Rejection(
                source,
                Math.max(1, scanner.line),
                0,
                "header",
                "",
                "input must start with a header line naming the columns, was empty"));
      }
      if (!scanner.blank()) {
        return readHeader();
      }
    }
  }

  private CsvHeader readHeader() throws IngestException {
    Rejection bad = syntaxProblem(-1);
    if (bad != null) {
      throw new IngestException(
          new Rejection(source, bad.line(), bad.column(), "header", bad.value(), bad.rule()));
    }
    List<String> names = new ArrayList<>(scanner.nf);
    for (int i = 0; i < scanner.nf; i++) {
      names.add(record.stripped(i));
    }
    CsvHeader h = new CsvHeader(source, scanner.recordLine, names, settings.separator());
    header = h;
    return h;
  }

  /**
   * Moves to the next well-formed record ({@link #record()}); false at the end of the input.
   * Records that break the syntax are rejected (see the class comment) and skipped.
   *
   * @throws IngestException when the input cannot be read on, or a rejection stops the read
   */
  public boolean next() throws IOException {
    if (header == null && settings.hasHeader()) {
      header();
    }
    while (scanNext()) {
      if (scanner.blank()) {
        continue;
      }
      CsvHeader h = header;
      Rejection bad = syntaxProblem(h == null ? -1 : h.size());
      if (bad == null) {
        return true;
      }
      ingest.reject(bad);
    }
    return false;
  }

  /** The current record: a view valid until the next call of {@link #next()}. */
  public CsvRecord record() {
    return record;
  }

  private boolean scanNext() throws IOException {
    boolean got;
    try {
      got = scanner.next();
    } catch (Scanner.RecordTooLong e) {
      throw new IngestException(
          new Rejection(
              source,
              scanner.recordLine,
              0,
              "record",
              record.shownText(scanner.recordStart(), scanner.limit()),
              "record must be at most "
                  + settings.maxRecordLength()
                  + " bytes long (CsvSettings.withMaxRecordLength); no line end was found within"
                  + " the limit"));
    }
    if (!got && scanner.endedInOpenQuote && !chunk) {
      int column = scanner.nf + 1;
      throw new IngestException(
          new Rejection(
              source,
              scanner.openQuoteLine(),
              column,
              columnName(column - 1),
              record.shownText(scanner.openFieldStart(), scanner.openFieldEnd()),
              "a quoted field opened on line "
                  + scanner.openQuoteLine()
                  + " must be closed with '\"' before the end of the input"));
    }
    return got;
  }

  /** The first syntax problem of the scanned record, or null. */
  private @Nullable Rejection syntaxProblem(int expectedFields) {
    Scanner s = scanner;
    if (s.badQuote >= 0) {
      return record.rejection(
          s.badQuote,
          "a quoted field must end at a separator or line end, text follows its closing quote");
    }
    if (s.nonAscii) {
      for (int i = 0; i < s.nf; i++) {
        int bad = Utf8.firstMalformed(s.buf, s.fs[i], s.fe[i]);
        if (bad >= 0) {
          return record.rejection(
              i,
              String.format(
                  Locale.ROOT,
                  "text must be UTF-8, byte 0x%02X at byte %d of the field is malformed",
                  s.buf[bad] & 0xFF,
                  bad - s.fs[i] + 1));
        }
      }
    }
    if (s.tooLong >= 0) {
      return record.rejection(
          s.tooLong,
          "field must be at most "
              + settings.maxFieldLength()
              + " bytes long (CsvSettings.withMaxFieldLength), was "
              + (s.fe[s.tooLong] - s.fs[s.tooLong]));
    }
    if (expectedFields >= 0 && s.nf != expectedFields) {
      return record.recordRejection(
          "record must have " + expectedFields + " fields like the header, had " + s.nf);
    }
    return null;
  }

  /** The header name of column {@code i}, or {@code "column <i+1>"} without a header. */
  String columnName(int i) {
    CsvHeader h = header;
    return h != null && i < h.size() && !h.name(i).isEmpty() ? h.name(i) : "column " + (i + 1);
  }

  /** Counts the current record as accepted. */
  public void accept() {
    ingest.accept();
  }

  /** Rejects the current record; see {@link Ingest#reject(Rejection)}. */
  public void reject(Rejection rejection) throws IngestException {
    ingest.reject(rejection);
  }

  /** Rejects the current record with the exception's rejection. */
  public void reject(IngestException e) throws IngestException {
    ingest.reject(e.rejection());
  }

  /** The report of the read so far. */
  public IngestReport report() {
    return ingest.report();
  }

  /** Line ends read so far (LF, CRLF or a lone CR; inside quotes too). */
  public long lineEnds() {
    return scanner.lineEnds();
  }

  /** For a {@link #chunk}: whether it ended inside a quoted field. */
  public boolean endedInOpenQuote() {
    return scanner.endedInOpenQuote;
  }

  /** Closes the file when this reader opened it. */
  @Override
  public void close() throws IOException {
    if (owned != null) {
      owned.close();
    }
  }

  @Override
  public String toString() {
    return "CsvReader[" + source + ", " + settings + ", " + ingest + "]";
  }
}
