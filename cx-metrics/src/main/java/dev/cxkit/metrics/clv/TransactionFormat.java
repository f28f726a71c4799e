package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Layout of a delimited transaction file: separator, header lines, the 0-based columns of customer,
 * date and amount, and the date pattern. Reading reports every rejected line (blank, too few
 * fields, unparseable date or amount, negative or non-finite amount) with its line number.
 *
 * <pre>{@code
 * // CDNOW_sample.txt: " 00004 0001 19970101  2   29.33"
 * TransactionImport in = TransactionFormat.cdnowSample().read(Path.of("CDNOW_sample.txt"));
 * TransactionFormat csv = TransactionFormat.csv(0, 1, 2, "yyyy-MM-dd");
 * }</pre>
 *
 * <p>Fields are split on the separator without quote handling; surrounding blanks are trimmed.
 *
 * @param separator the field separator; {@code ' '} means any run of whitespace
 * @param headerLines number of leading lines to skip
 * @param customerColumn 0-based column of the customer id
 * @param dateColumn 0-based column of the purchase date
 * @param amountColumn 0-based column of the amount
 * @param datePattern the {@link DateTimeFormatter} pattern of the date column
 */
public record TransactionFormat(
    char separator,
    int headerLines,
    int customerColumn,
    int dateColumn,
    int amountColumn,
    String datePattern) {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Validates columns and the date pattern. */
  public TransactionFormat {
    checkArgument(headerLines >= 0, "headerLines must be >= 0, was %s", headerLines);
    checkArgument(customerColumn >= 0, "customerColumn must be >= 0, was %s", customerColumn);
    checkArgument(dateColumn >= 0, "dateColumn must be >= 0, was %s", dateColumn);
    checkArgument(amountColumn >= 0, "amountColumn must be >= 0, was %s", amountColumn);
    checkNotNull(datePattern, "datePattern");
    try {
      DateTimeFormatter unused = DateTimeFormatter.ofPattern(datePattern, Locale.ROOT); // validates
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "datePattern must be a DateTimeFormatter pattern, was " + datePattern, e);
    }
  }

  /**
   * The CDNOW sample layout: whitespace separated, no header, sample customer id in column 1, date
   * {@code yyyyMMdd} in column 2, dollar value in column 4.
   */
  public static TransactionFormat cdnowSample() {
    return new TransactionFormat(' ', 0, 1, 2, 4, "yyyyMMdd");
  }

  /** A comma-separated file with one header line. */
  public static TransactionFormat csv(
      int customerColumn, int dateColumn, int amountColumn, String datePattern) {
    return new TransactionFormat(',', 1, customerColumn, dateColumn, amountColumn, datePattern);
  }

  /** Reads a UTF-8 file. */
  public TransactionImport read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /** Reads all lines of {@code reader} (not closed). */
  public TransactionImport read(Reader reader) throws IOException {
    BufferedReader in =
        reader instanceof BufferedReader br ? br : new BufferedReader(reader, 1 << 16);
    DateTimeFormatter dates = DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
    int needed = Math.max(customerColumn, Math.max(dateColumn, amountColumn)) + 1;
    Transactions.Builder log = Transactions.builder();
    List<RejectedRow> rejected = new ArrayList<>();
    long lineNo = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo <= headerLines) {
        continue;
      }
      String reason = parseInto(line, needed, dates, log);
      if (reason != null) {
        rejected.add(new RejectedRow(lineNo, line, reason));
      }
    }
    Optional<Transactions> tx = log.size() == 0 ? Optional.empty() : Optional.of(log.build());
    return new TransactionImport(tx, rejected, lineNo);
  }

  private String[] split(String line) {
    String trimmed = line.strip();
    if (separator == ' ') {
      return WHITESPACE.split(trimmed);
    }
    String[] parts = line.split(Pattern.quote(String.valueOf(separator)), -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    return parts;
  }

  /** Parses one line into the builder; returns the rejection reason or null when imported. */
  private @Nullable String parseInto(
      String line, int needed, DateTimeFormatter dates, Transactions.Builder log) {
    if (line.isBlank()) {
      return "blank line";
    }
    String[] f = split(line);
    if (f.length < needed) {
      return String.format(
          Locale.ROOT, "line must have at least %d fields, had %d", needed, f.length);
    }
    String customer = f[customerColumn];
    if (customer.isEmpty()) {
      return "customer (column " + customerColumn + ") must not be empty";
    }
    LocalDate date;
    try {
      date = LocalDate.parse(f[dateColumn], dates);
    } catch (DateTimeParseException e) {
      return String.format(
          Locale.ROOT,
          "customer %s: date (column %d) must match %s, was '%s'",
          customer,
          dateColumn,
          datePattern,
          f[dateColumn]);
    }
    double amount;
    try {
      amount = Double.parseDouble(f[amountColumn]);
    } catch (NumberFormatException e) {
      return String.format(
          Locale.ROOT,
          "customer %s: amount (column %d) must be a number, was '%s'",
          customer,
          amountColumn,
          f[amountColumn]);
    }
    if (!(amount >= 0.0) || Double.isInfinite(amount)) {
      return String.format(
          Locale.ROOT,
          "customer %s: amount (column %d) must be finite and >= 0, was '%s'",
          customer,
          amountColumn,
          f[amountColumn]);
    }
    log.add(customer, date, amount);
    return null;
  }
}
