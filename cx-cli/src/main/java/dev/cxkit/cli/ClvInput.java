package dev.cxkit.cli;

import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.RejectedRow;
import dev.cxkit.metrics.clv.TransactionFormat;
import dev.cxkit.metrics.clv.TransactionImport;
import dev.cxkit.metrics.clv.Transactions;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The input options of {@code cx clv fit|predict}: raw transactions (CDNOW's fixed-width layout or
 * a CSV of customer, date, amount) summarised with a calibration split, or customer summaries.
 */
final class ClvInput {
  enum Layout {
    auto,
    cdnow,
    transactions,
    summaries
  }

  @Option(
      names = "--input",
      required = true,
      description = "Transactions or customer summaries (see --input-format).")
  Path input;

  @Option(
      names = "--input-format",
      defaultValue = "auto",
      description =
          "cdnow (CDNOW_sample.txt layout), transactions (CSV customer,date,amount with a header),"
              + " summaries (CSV with columns id, x|frequency, t_x|recency, T|T_cal and optional"
              + " m_x|zbar, x_star, T_star) or auto (default).")
  Layout layout;

  @Option(
      names = "--calibration-end",
      description =
          "Last day of the calibration period (yyyy-MM-dd); later purchases form the holdout."
              + " Default: the last purchase date (no holdout).")
  LocalDate calibrationEnd;

  @Option(
      names = "--holdout-end",
      description = "Last day of the holdout period (default: the last purchase date).")
  LocalDate holdoutEnd;

  @Option(
      names = "--date-pattern",
      defaultValue = "yyyy-MM-dd",
      description = "Date pattern of a transactions CSV (default: ${DEFAULT-VALUE}).")
  String datePattern;

  private @Nullable Transactions log;
  private @Nullable LocalDate end;

  /** Reads the input into weekly customer summaries. */
  CustomerSummaries summaries() throws IOException {
    Transactions t = transactions();
    if (t == null) {
      return readSummaries();
    }
    LocalDate last = lastPurchase(t);
    LocalDate cal = calibrationEnd == null ? last : calibrationEnd;
    LocalDate hold = holdoutEnd == null ? (cal.isAfter(last) ? cal : last) : holdoutEnd;
    end = hold;
    return CalibrationSplit.weeks(cal, hold).summarise(t);
  }

  /**
   * The purchases of a transactions input (read once, then kept), or null when the input holds
   * customer summaries.
   */
  @Nullable Transactions transactions() throws IOException {
    if (log != null) {
      return log;
    }
    Layout l = layout == Layout.auto ? detect() : layout;
    if (l == Layout.summaries) {
      return null;
    }
    TransactionFormat format =
        l == Layout.cdnow
            ? TransactionFormat.cdnowSample()
            : new TransactionFormat(',', 1, 0, 1, 2, datePattern);
    TransactionImport in = format.read(input);
    if (!in.rejected().isEmpty()) {
      RejectedRow r = in.rejected().get(0);
      throw new BadInputException(
          input
              + ": line "
              + r.lineNumber()
              + ", value '"
              + r.line().strip()
              + "': "
              + r.reason()
              + (in.rejected().size() > 1
                  ? " (" + in.rejected().size() + " bad lines in all)"
                  : ""));
    }
    log =
        in.transactions()
            .orElseThrow(() -> new BadInputException(input + ": no transactions in the file"));
    return log;
  }

  /**
   * The last day observed: the holdout end, else the calibration end or the last purchase,
   * whichever is later (lifetimes are censored there).
   */
  LocalDate observationEnd() throws IOException {
    if (end == null) {
      summaries();
    }
    return java.util.Objects.requireNonNull(end, "the observation end of a transactions input");
  }

  private static LocalDate lastPurchase(Transactions log) {
    LocalDate last = log.date(0);
    for (int i = 1; i < log.size(); i++) {
      if (log.date(i).isAfter(last)) {
        last = log.date(i);
      }
    }
    return last;
  }

  private Layout detect() throws IOException {
    String first;
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      first = r.readLine();
    }
    if (first == null) {
      throw new BadInputException(input + ": empty file");
    }
    if (first.indexOf(',') < 0) {
      return Layout.cdnow;
    }
    java.util.List<String> h = CsvFile.split(first, ',');
    return h.contains("x") || h.contains("frequency") ? Layout.summaries : Layout.transactions;
  }

  private CustomerSummaries readSummaries() throws IOException {
    CsvFile csv = CsvFile.read(input, ',');
    int id = csv.anyColumn("ID", "id", "cust", "customer");
    int x = required(csv, "x", "frequency");
    int tx = required(csv, "t_x", "recency");
    int age = required(csv, "T", "T_cal");
    int spend = csv.anyColumn("m_x", "zbar", "monetary_value");
    int xStar = csv.anyColumn("x_star");
    int tStar = csv.anyColumn("T_star");
    int sStar = csv.anyColumn("sales_star");
    CustomerSummaries.Builder b = CustomerSummaries.builder();
    boolean holdout = xStar >= 0 && tStar >= 0 && !csv.rows().isEmpty();
    if (holdout) {
      b.holdoutLength(csv.number(csv.rows().get(0), tStar, "must be a number > 0"));
    }
    for (CsvFile.Row row : csv.rows()) {
      String name = id >= 0 ? row.fields().get(id).strip() : Long.toString(row.line() - 1);
      int freq = csv.integer(row, x, "must be a whole number of repeat purchases >= 0");
      double rec = csv.number(row, tx, "must be a number >= 0");
      double t = csv.number(row, age, "must be a number >= 0");
      double m = spend >= 0 ? csv.number(row, spend, "must be a number >= 0") : 0.0;
      try {
        if (holdout) {
          b.add(
              name,
              freq,
              rec,
              t,
              m,
              csv.integer(row, xStar, "must be a whole number >= 0"),
              sStar >= 0 ? csv.number(row, sStar, "must be a number >= 0") : 0.0);
        } else {
          b.add(name, freq, rec, t, m);
        }
      } catch (IllegalArgumentException e) {
        throw new BadInputException(input + ": line " + row.line() + ": " + e.getMessage());
      }
    }
    return b.build();
  }

  private static int required(CsvFile csv, String... names) {
    int i = csv.anyColumn(names);
    if (i < 0) {
      throw new BadInputException(
          csv.file()
              + ": line 1, field header, value '"
              + String.join(",", csv.header())
              + "': needs a column named "
              + String.join(" or ", names));
    }
    return i;
  }
}
