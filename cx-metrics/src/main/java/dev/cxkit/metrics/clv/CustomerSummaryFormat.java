package dev.cxkit.metrics.clv;

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
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@link CustomerSummaries} from a customer-by-sufficient-statistic file, a field mapping
 * over cxkit's CSV core: one row per customer with the column names of BTYD and lifetimes, found in
 * the header line: id ({@code id}, {@code ID}, {@code cust}, {@code customer}, {@code
 * customer_id}), {@code x} or {@code frequency}, {@code t_x} or {@code recency}, {@code T} or
 * {@code T_cal}, and optionally the mean repeat spend ({@code m_x}, {@code zbar}, {@code
 * monetary_value}), the holdout repeat count {@code x_star} with the holdout length {@code T_star}
 * and the holdout spend {@code sales_star}.
 *
 * <p>Every row is validated as by {@link CustomerSummaries.Builder}; besides: {@code T_star} is
 * read on every row and must be the same on all of them (the models take one holdout length), a
 * customer id may appear once, {@code x} is a whole number that fits an {@code int}. The first bad
 * row stops the read with an {@link IngestException} naming the file, line, field, value and rule
 * (a summaries file with a bad row would change every fitted parameter).
 *
 * <pre>{@code
 * CustomerSummaries cbs = CustomerSummaryFormat.btyd().read(Path.of("cdnow_cbs.csv"));
 * }</pre>
 */
public final class CustomerSummaryFormat {
  private final CsvSettings settings;

  private CustomerSummaryFormat(CsvSettings settings) {
    this.settings = settings;
  }

  /** Comma-separated, the column names of BTYD and lifetimes. */
  public static CustomerSummaryFormat btyd() {
    return new CustomerSummaryFormat(CsvSettings.defaults());
  }

  /** This format with another field separator. */
  public CustomerSummaryFormat withSeparator(char separator) {
    return new CustomerSummaryFormat(settings.withSeparator(separator));
  }

  /** Reads {@code file}. */
  public CustomerSummaries read(Path file) throws IOException {
    try (CsvReader csv = CsvReader.open(file, settings, RejectPolicy.failFast())) {
      return read(csv);
    }
  }

  /** Reads {@code in} (not closed), named {@code source} in messages. */
  public CustomerSummaries read(InputStream in, String source) throws IOException {
    try (CsvReader csv = CsvReader.of(in, source, settings, RejectPolicy.failFast())) {
      return read(csv);
    }
  }

  private CustomerSummaries read(CsvReader csv) throws IOException {
    CsvHeader h = csv.header();
    int id = h.indexOfAny("id", "ID", "cust", "customer", "customer_id");
    int x = h.requireAny("x (repeat frequency)", "x", "frequency");
    int tx = h.requireAny("t_x (recency)", "t_x", "recency");
    int age = h.requireAny("T (age)", "T", "T_cal");
    int spend = h.indexOfAny("m_x", "zbar", "monetary_value");
    int xStar = h.indexOfAny("x_star");
    int tStar = h.indexOfAny("T_star");
    int sStar = h.indexOfAny("sales_star");
    if ((xStar >= 0) != (tStar >= 0)) {
      throw new IngestException(
          new Rejection(
              csv.source(),
              h.line(),
              0,
              "header",
              String.join(",", h.names()),
              "holdout counts need both x_star and T_star (the holdout length), had only "
                  + (xStar >= 0 ? "x_star" : "T_star")));
    }
    boolean holdout = xStar >= 0;
    CustomerSummaries.Builder b = CustomerSummaries.builder();
    Map<String, Long> lines = new HashMap<>();
    double holdoutLength = Double.NaN;
    long holdoutLine = 0;
    while (csv.next()) {
      CsvRecord r = csv.record();
      String name = id >= 0 ? r.required(id, "customer id") : "line " + r.line();
      Long first = lines.putIfAbsent(name, r.line());
      if (first != null) {
        throw r.invalid(id, "customer id must appear once, was also on line " + first);
      }
      int freq = (int) r.longValue(x, "x (repeat frequency)", 0, Integer.MAX_VALUE);
      double rec = r.doubleValue(tx, "t_x (recency)");
      double t = r.doubleValue(age, "T (age)");
      double m = spend >= 0 ? r.doubleValue(spend, "m_x (mean repeat spend)") : 0.0;
      try {
        if (holdout) {
          double len = r.doubleValue(tStar, "T_star (holdout length)");
          if (!(len > 0)) {
            throw r.invalid(tStar, "T_star (holdout length) must be > 0");
          }
          if (Double.isNaN(holdoutLength)) {
            holdoutLength = len;
            holdoutLine = r.line();
            b.holdoutLength(len);
          } else if (len != holdoutLength) {
            throw r.invalid(
                tStar,
                "T_star (holdout length) must be the same on every row, was "
                    + holdoutLength
                    + " on line "
                    + holdoutLine);
          }
          int freqStar =
              (int) r.longValue(xStar, "x_star (holdout repeat count)", 0, Integer.MAX_VALUE);
          double salesStar = sStar >= 0 ? r.doubleValue(sStar, "sales_star (holdout spend)") : 0.0;
          b.add(name, freq, rec, t, m, freqStar, salesStar);
        } else {
          b.add(name, freq, rec, t, m);
        }
      } catch (IllegalArgumentException e) {
        throw new IngestException(r.recordRejection(String.valueOf(e.getMessage())));
      }
      csv.accept();
    }
    if (csv.ingest().accepted() == 0) {
      throw new IngestException(
          new Rejection(
              csv.source(),
              Math.max(1, csv.lineEnds()),
              0,
              "record",
              "",
              "a summaries file must have at least one customer row, had none"));
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "CustomerSummaryFormat[" + checkNotNull(settings) + "]";
  }
}
