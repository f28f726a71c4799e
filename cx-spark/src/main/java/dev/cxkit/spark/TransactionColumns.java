package dev.cxkit.spark;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/**
 * Which columns of a transactions table hold the customer, the purchase date and the amount, and
 * how dates written as text are read ({@link DateTimeFormatter} pattern; date columns and ISO
 * {@code yyyy-MM-dd} text need none).
 *
 * <pre>{@code
 * TransactionColumns cdnow = TransactionColumns.of("customer", "date", "sales").withDatePattern("yyyyMMdd");
 * }</pre>
 *
 * @param customer customer id column
 * @param date purchase date column (date, timestamp, or text in {@code datePattern})
 * @param amount purchase amount column (number or text)
 * @param datePattern pattern of dates written as text
 */
public record TransactionColumns(String customer, String date, String amount, String datePattern)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates the names and the pattern. */
  public TransactionColumns {
    for (String[] f : new String[][] {{"customer", customer}, {"date", date}, {"amount", amount}}) {
      if (f[1] == null || f[1].isBlank()) {
        throw new IllegalArgumentException(f[0] + " column must be named, was '" + f[1] + "'");
      }
    }
    try {
      DateTimeFormatter.ofPattern(datePattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "datePattern must be a DateTimeFormatter pattern, was '" + datePattern + "'", e);
    }
  }

  /** Columns with ISO dates ({@code yyyy-MM-dd}, or a date/timestamp column). */
  public static TransactionColumns of(String customer, String date, String amount) {
    return new TransactionColumns(customer, date, amount, "yyyy-MM-dd");
  }

  /** These columns with dates written as text in {@code pattern}. */
  public TransactionColumns withDatePattern(String pattern) {
    return new TransactionColumns(customer, date, amount, pattern);
  }
}
