package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvRecord;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.csv.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The layout of a transaction file (one purchase per record: customer, date, amount), a field
 * mapping over cxkit's CSV core ({@link CsvReader}: quotes, byte order mark, any line end, bounded
 * memory). Columns are named (found in the header line) or numbered (0-based; with or without a
 * header line). Dates are parsed strictly: {@code 1997-02-31} is an error, not the 28th.
 *
 * <p>A file said to have a header whose first line looks like a purchase (its date field is a valid
 * date) is an error that says so, not a silently lost first purchase; a file without a header but
 * with one gets its header line rejected as a bad record. Rejected records (empty customer,
 * impossible date, an amount that is not a finite number {@code >= 0}, a field count unlike the
 * header's) are reported in the {@link TransactionImport} with file, line, column, field, value and
 * rule: the first ones and the counts per rule, never all of them.
 *
 * <pre>{@code
 * // BTYD's event log cdnowElog.csv: masterid,sampleid,date,cds,sales with dates like 19970101
 * TransactionImport elog = TransactionFormat.csv("masterid", "date", "sales")
 *     .withDatePattern("yyyyMMdd")
 *     .read(Path.of("cdnowElog.csv"));
 * // CDNOW_sample.txt: " 00004 0001 19970101  2   29.33" (blank-separated, no header)
 * TransactionImport sample = TransactionFormat.cdnowSample().read(Path.of("CDNOW_sample.txt"));
 * }</pre>
 */
public final class TransactionFormat {
  private final CsvSettings settings;
  private final @Nullable String customerName;
  private final @Nullable String dateName;
  private final @Nullable String amountName;
  private final int customerIndex;
  private final int dateIndex;
  private final int amountIndex;
  private final String datePattern;
  private final DateTimeFormatter dates;

  private TransactionFormat(
      CsvSettings settings,
      @Nullable String customerName,
      @Nullable String dateName,
      @Nullable String amountName,
      int customerIndex,
      int dateIndex,
      int amountIndex,
      String datePattern) {
    checkArgument(
        customerName != null || settings.hasHeader() || customerIndex >= 0,
        "named columns need a header line");
    this.settings = settings;
    this.customerName = customerName;
    this.dateName = dateName;
    this.amountName = amountName;
    this.customerIndex = customerIndex;
    this.dateIndex = dateIndex;
    this.amountIndex = amountIndex;
    this.datePattern = checkNotNull(datePattern, "datePattern");
    this.dates = strictDates(datePattern);
  }

  /**
   * A strict formatter for a {@link DateTimeFormatter} pattern: {@code y} (year of era) is read as
   * {@code u} (proleptic year) so that {@link ResolverStyle#STRICT} needs no era field.
   */
  static DateTimeFormatter strictDates(String pattern) {
    StringBuilder p = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      p.append(!quoted && c == 'y' ? 'u' : c);
    }
    try {
      return DateTimeFormatter.ofPattern(p.toString(), Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "datePattern must be a DateTimeFormatter pattern, was '"
              + pattern
              + "': "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The CDNOW sample layout ({@code CDNOW_sample.txt}): blank-separated, no header, the sample's
   * customer id in column 1, the date ({@code yyyyMMdd}) in column 2, the dollar value in column 4.
   */
  public static TransactionFormat cdnowSample() {
    return new TransactionFormat(
        CsvSettings.whitespaceSeparated(), null, null, null, 1, 2, 4, "yyyyMMdd");
  }

  /**
   * A comma-separated file with a header line naming the customer, date and amount columns; dates
   * {@code yyyy-MM-dd} unless {@link #withDatePattern} says otherwise.
   */
  public static TransactionFormat csv(
      String customerColumn, String dateColumn, String amountColumn) {
    return new TransactionFormat(
        CsvSettings.defaults(),
        checkNotNull(customerColumn, "customerColumn"),
        checkNotNull(dateColumn, "dateColumn"),
        checkNotNull(amountColumn, "amountColumn"),
        -1,
        -1,
        -1,
        "yyyy-MM-dd");
  }

  /**
   * A comma-separated file with a header line and the customer, date and amount in the given
   * 0-based columns ({@link #withoutHeader()} for a file without one).
   */
  public static TransactionFormat csv(
      int customerColumn, int dateColumn, int amountColumn, String datePattern) {
    checkArgument(customerColumn >= 0, "customerColumn must be >= 0, was %s", customerColumn);
    checkArgument(dateColumn >= 0, "dateColumn must be >= 0, was %s", dateColumn);
    checkArgument(amountColumn >= 0, "amountColumn must be >= 0, was %s", amountColumn);
    return new TransactionFormat(
        CsvSettings.defaults(),
        null,
        null,
        null,
        customerColumn,
        dateColumn,
        amountColumn,
        datePattern);
  }

  /** This layout with another field separator (not for {@link #cdnowSample()}'s blanks). */
  public TransactionFormat withSeparator(char separator) {
    return new TransactionFormat(
        settings.withSeparator(separator).withHeader(settings.hasHeader()),
        customerName,
        dateName,
        amountName,
        customerIndex,
        dateIndex,
        amountIndex,
        datePattern);
  }

  /** This layout with another date pattern, for example {@code yyyyMMdd} or {@code dd/MM/yyyy}. */
  public TransactionFormat withDatePattern(String pattern) {
    return new TransactionFormat(
        settings,
        customerName,
        dateName,
        amountName,
        customerIndex,
        dateIndex,
        amountIndex,
        pattern);
  }

  /** This layout for a file without a header line (numbered columns only). */
  public TransactionFormat withoutHeader() {
    checkArgument(
        customerName == null,
        "a file without a header needs numbered columns, was named columns %s, %s, %s",
        customerName,
        dateName,
        amountName);
    return new TransactionFormat(
        settings.withHeader(false),
        null,
        null,
        null,
        customerIndex,
        dateIndex,
        amountIndex,
        datePattern);
  }

  /** The date pattern. */
  public String datePattern() {
    return datePattern;
  }

  /** Reads {@code file}, skipping and reporting rejected records. */
  public TransactionImport read(Path file) throws IOException {
    return read(file, RejectPolicy.skipAndReport());
  }

  /** Reads {@code file} under {@code policy}. */
  public TransactionImport read(Path file, RejectPolicy policy) throws IOException {
    try (CsvReader csv = CsvReader.open(file, settings, policy)) {
      return read(csv);
    }
  }

  /** Reads {@code in} (not closed), named {@code source} in messages, under {@code policy}. */
  public TransactionImport read(InputStream in, String source, RejectPolicy policy)
      throws IOException {
    try (CsvReader csv = CsvReader.of(in, source, settings, policy)) {
      return read(csv);
    }
  }

  private TransactionImport read(CsvReader csv) throws IOException {
    int customer = customerIndex;
    int date = dateIndex;
    int amount = amountIndex;
    if (settings.hasHeader()) {
      CsvHeader h = csv.header();
      if (customerName != null) {
        try {
          customer = h.require(customerName, "customer");
          date = h.require(checkNotNull(dateName), "date");
          amount = h.require(checkNotNull(amountName), "amount");
        } catch (IngestException e) {
          Rejection hint = dataInHeader(csv.source(), h, -1);
          throw hint == null ? e : new IngestException(hint);
        }
      } else {
        Rejection hint = dataInHeader(csv.source(), h, dateIndex);
        if (hint != null) {
          throw new IngestException(hint);
        }
      }
    }
    int needed = Math.max(customer, Math.max(date, amount)) + 1;
    Transactions.Builder log = Transactions.builder();
    while (csv.next()) {
      CsvRecord r = csv.record();
      try {
        if (r.fieldCount() < needed) {
          throw new IngestException(
              r.recordRejection(
                  "record must have at least " + needed + " fields, had " + r.fieldCount()));
        }
        String id = r.required(customer, "customer");
        LocalDate day = date(r, date);
        double value = r.doubleValue(amount, "amount");
        if (value < 0) {
          throw r.invalid(amount, "amount must be >= 0");
        }
        log.add(id, day, value);
        csv.accept();
      } catch (IngestException e) {
        csv.reject(e);
      }
    }
    Optional<Transactions> tx = log.size() == 0 ? Optional.empty() : Optional.of(log.build());
    return new TransactionImport(tx, csv.report());
  }

  private LocalDate date(CsvRecord r, int column) throws IngestException {
    String text = r.stripped(column);
    try {
      return LocalDate.parse(text, dates);
    } catch (DateTimeParseException e) {
      throw r.invalid(column, "date must be a valid date written " + datePattern);
    }
  }

  /**
   * A rejection when the header line holds a valid date (in column {@code dateColumn}, or in any
   * column when it is -1): the file has no header and its first purchase would be lost.
   */
  private @Nullable Rejection dataInHeader(String source, CsvHeader h, int dateColumn) {
    for (int i = 0; i < h.size(); i++) {
      if (dateColumn >= 0 && i != dateColumn) {
        continue;
      }
      try {
        LocalDate.parse(h.name(i), dates);
      } catch (DateTimeParseException notADate) {
        continue; // a header name, as expected
      }
      return new Rejection(
          source,
          h.line(),
          i + 1,
          "header",
          String.join(",", h.names()),
          "the first line must be a header, but its field '"
              + h.name(i)
              + "' is a "
              + datePattern
              + " date: the file has no header? read it with numbered columns and"
              + " withoutHeader() (--no-header)");
    }
    return null;
  }

  @Override
  public String toString() {
    return "TransactionFormat["
        + settings
        + ", columns "
        + (customerName != null
            ? customerName + "/" + dateName + "/" + amountName
            : customerIndex + "/" + dateIndex + "/" + amountIndex)
        + ", dates "
        + datePattern
        + "]";
  }
}
