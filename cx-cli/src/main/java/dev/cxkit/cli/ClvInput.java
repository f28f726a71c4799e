package dev.cxkit.cli;

import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.CustomerSummaryFormat;
import dev.cxkit.metrics.clv.TransactionFormat;
import dev.cxkit.metrics.clv.TransactionImport;
import dev.cxkit.metrics.clv.Transactions;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.csv.Rejection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The input options of {@code cx clv fit|predict}: raw transactions (CDNOW's blank-separated
 * layout, or a CSV whose customer, date and amount columns are named or numbered) summarised with a
 * calibration split, or customer summaries. What the split decided or left out goes into the run's
 * {@link Notes}.
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
          "cdnow (CDNOW_sample.txt layout), transactions (CSV of customer, date, amount: the first"
              + " three columns, or those named by --customer-column, --date-column and"
              + " --amount-column), summaries (CSV with columns id, x|frequency, t_x|recency,"
              + " T|T_cal and optional m_x|zbar, x_star, T_star) or auto (default).")
  Layout layout;

  @Option(
      names = "--customer-column",
      description =
          "Column of the customer id in a transactions CSV (name; number with --no-header).")
  String customerColumn;

  @Option(
      names = "--date-column",
      description = "Column of the purchase date (see --customer-column).")
  String dateColumn;

  @Option(names = "--amount-column", description = "Column of the amount (see --customer-column).")
  String amountColumn;

  @Option(
      names = {"--date-format", "--date-pattern"},
      defaultValue = "yyyy-MM-dd",
      description =
          "Date pattern of a transactions CSV, e.g. yyyyMMdd (default: ${DEFAULT-VALUE}).")
  String datePattern;

  @Option(names = "--no-header", description = "The transactions CSV has no header line.")
  boolean noHeader;

  @Option(names = "--separator", defaultValue = ",", description = "Field separator of a CSV.")
  char separator;

  @Option(
      names = "--calibration-end",
      description =
          "Last day of the calibration period (yyyy-MM-dd); later purchases form the holdout.")
  LocalDate calibrationEnd;

  @Option(
      names = "--holdout-end",
      description =
          "Last day of the holdout period (default: the last purchase, said in a note); later"
              + " purchases are an error.")
  LocalDate holdoutEnd;

  @Option(
      names = "--as-of",
      description =
          "Observation end without a holdout (lifetimes' observation_period_end); later purchases"
              + " are an error. Default: the last purchase, said in a note.")
  LocalDate asOf;

  private @Nullable Transactions log;
  private @Nullable CustomerSummaries summaries;
  private @Nullable LocalDate end;

  /** Reads the input into weekly customer summaries (once, then kept). */
  CustomerSummaries summaries() throws IOException {
    if (summaries != null) {
      return summaries;
    }
    if (asOf != null && (calibrationEnd != null || holdoutEnd != null)) {
      throw new BadInputException("give --as-of or --calibration-end/--holdout-end, not both");
    }
    if (holdoutEnd != null && calibrationEnd == null) {
      throw new BadInputException("--holdout-end needs --calibration-end");
    }
    Transactions t = transactions();
    summaries =
        t == null
            ? CustomerSummaryFormat.btyd().withSeparator(separator).read(input)
            : split(t).summaries();
    return summaries;
  }

  /**
   * The purchases of a transactions input (CDNOW layout or a CSV with mapped columns; read once,
   * then kept), or null when the input holds customer summaries.
   */
  @Nullable Transactions transactions() throws IOException {
    if (log != null) {
      return log;
    }
    Layout l = layout == Layout.auto ? detect() : layout;
    if (l == Layout.summaries) {
      return null;
    }
    log = transactions(l);
    return log;
  }

  /**
   * The purchase log of a transactions input.
   *
   * @throws BadInputException for customer summaries, which carry no dates
   */
  Transactions purchases() throws IOException {
    Transactions t = transactions();
    if (t == null) {
      throw new BadInputException(
          input + ": needs dated transactions, not customer summaries (--input-format)");
    }
    return t;
  }

  /**
   * The last day observed: the holdout end, else the calibration end or the last purchase,
   * whichever is later, or {@code --as-of} (lifetimes are censored there).
   *
   * @throws BadInputException for customer summaries, which carry no dates
   */
  LocalDate observationEnd() throws IOException {
    purchases();
    summaries();
    return Objects.requireNonNull(end, "the observation end of a transactions input");
  }

  private Transactions transactions(Layout l) throws IOException {
    TransactionImport in = format(l).read(input, RejectPolicy.skipAndReport());
    IngestReport report = in.report();
    if (report.rejected() > 0) {
      Rejection r = report.rejections().get(0);
      throw new BadInputException(
          r.message()
              + (report.rejected() > 1 ? " (" + report.rejected() + " bad lines in all)" : ""));
    }
    return in.transactions()
        .orElseThrow(() -> new BadInputException(input + ": no transactions in the file"));
  }

  private CalibrationSplit.Outcome split(Transactions log) {
    LocalDate last = log.date(0);
    for (int i = 1; i < log.size(); i++) {
      if (log.date(i).isAfter(last)) {
        last = log.date(i);
      }
    }
    CalibrationSplit split;
    if (calibrationEnd != null) {
      LocalDate hold = holdoutEnd;
      if (hold == null) {
        hold = last.isAfter(calibrationEnd) ? last : calibrationEnd;
        if (hold.isAfter(calibrationEnd)) {
          Notes.add(
              String.format(
                  Locale.ROOT,
                  "holdout %s..%s (%.1f weeks) ends at the last purchase; --holdout-end sets it",
                  calibrationEnd.plusDays(1),
                  hold,
                  ChronoUnit.DAYS.between(calibrationEnd, hold) / 7.0));
        }
      }
      split = CalibrationSplit.weeks(calibrationEnd, hold);
    } else if (asOf != null) {
      split = CalibrationSplit.weeksAsOf(asOf);
    } else {
      split = CalibrationSplit.weeksAsOf(last);
      Notes.add("observation ends at the last purchase, " + last + "; --as-of sets it");
    }
    end = split.holdoutEnd();
    CalibrationSplit.Outcome o;
    try {
      o = split.split(log);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(input + ": " + e.getMessage());
    }
    if (o.purchasesAfterHoldout() > 0) {
      throw new BadInputException(
          input
              + ": "
              + o.purchasesAfterHoldout()
              + " purchase(s) after the "
              + (split.hasHoldout() ? "holdout end " : "observation end ")
              + split.holdoutEnd()
              + " must not be there ("
              + String.join("; ", o.examples())
              + "); set "
              + (split.hasHoldout() ? "--holdout-end" : "--as-of")
              + " later or remove them");
    }
    o.notes().forEach(Notes::add);
    return o;
  }

  private TransactionFormat format(Layout l) {
    if (l == Layout.cdnow) {
      if (customerColumn != null || dateColumn != null || amountColumn != null) {
        throw new BadInputException(
            "--customer-column, --date-column and --amount-column are for a transactions CSV,"
                + " not the cdnow layout");
      }
      return TransactionFormat.cdnowSample();
    }
    boolean named = customerColumn != null || dateColumn != null || amountColumn != null;
    TransactionFormat f;
    if (named && !noHeader) {
      if (customerColumn == null || dateColumn == null || amountColumn == null) {
        throw new BadInputException(
            "give all of --customer-column, --date-column and --amount-column, or none");
      }
      f = TransactionFormat.csv(customerColumn, dateColumn, amountColumn);
    } else {
      f =
          TransactionFormat.csv(
              number(customerColumn, 1, "--customer-column"),
              number(dateColumn, 2, "--date-column"),
              number(amountColumn, 3, "--amount-column"),
              datePattern);
      if (noHeader) {
        f = f.withoutHeader();
      }
    }
    try {
      return f.withSeparator(separator).withDatePattern(datePattern);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--date-format or --separator: " + e.getMessage());
    }
  }

  /** A 0-based column from a 1-based number option, or {@code fallback} when absent. */
  private static int number(String option, int fallback, String name) {
    if (option == null) {
      return fallback - 1;
    }
    try {
      int n = Integer.parseInt(option.strip());
      if (n >= 1) {
        return n - 1;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new BadInputException(
        name + " must be a column number >= 1 with --no-header, was '" + option + "'");
  }

  /**
   * The layout by the first record read through the CSV core with {@code --separator}: one field is
   * CDNOW's blank-separated layout, a header naming {@code x} or {@code frequency} is summaries.
   */
  private Layout detect() throws IOException {
    List<String> names;
    try (CsvReader r =
        CsvReader.open(
            input, CsvSettings.defaults().withSeparator(separator), RejectPolicy.failFast())) {
      names = r.header().names();
    }
    if (names.size() == 1) {
      return Layout.cdnow;
    }
    return names.contains("x") || names.contains("frequency")
        ? Layout.summaries
        : Layout.transactions;
  }
}
