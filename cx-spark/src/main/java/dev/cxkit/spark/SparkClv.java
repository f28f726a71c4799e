package dev.cxkit.spark;

import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.Transactions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Customer lifetime value at scale: per-customer summaries {@code (x, t_x, T, m_x, x*, holdout
 * spend)} from a transactions table with a calibration cut-off, computed for each customer by
 * cx-metrics' {@link CalibrationSplit} itself; fits on the driver over identical rows merged with
 * weights in Spark; scoring of every customer back in Spark.
 *
 * <pre>{@code
 * Dataset<Row> tx = spark.read().parquet("transactions.parquet");
 * CustomerTable cbs = SparkClv.summaries(tx,
 *     TransactionColumns.of("customer", "date", "sales"),
 *     CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30)));
 * BtydFit<BgNbd> fit = cbs.fit(BgNbd::fit);          // on the weighted (x, t_x, T) rows
 * BtydFit<GammaGamma> spend = cbs.fitGammaGamma();
 * Dataset<CustomerScoreRow> scored = cbs.score(fit.model(), spend.model(), ClvScoring.horizon(52));
 * }</pre>
 */
public final class SparkClv {
  static final String MISSING_CUSTOMER = "missing customer";
  static final String UNPARSABLE_DATE = "unparsable date";
  static final String BAD_AMOUNT = "amount not a finite number >= 0";
  static final String AFTER_HOLDOUT = "purchase after holdoutEnd";
  static final String NOT_BEFORE_CALIBRATION_END =
      "customer's first purchase not before calibrationEnd";

  private SparkClv() {}

  /**
   * The customer summaries of {@code transactions} under {@code split}, one row per customer. Rows
   * that cannot be read, purchases after the holdout end and customers whose first purchase is not
   * before the calibration end are left out and counted in {@link CustomerTable#rejections()}.
   *
   * @throws IllegalArgumentException if a named column does not exist
   */
  public static CustomerTable summaries(
      Dataset<Row> transactions, TransactionColumns columns, CalibrationSplit split) {
    Columns.require(transactions, "customer column", columns.customer());
    Columns.require(transactions, "date column", columns.date());
    Columns.require(transactions, "amount column", columns.amount());
    RejectionCounter rejected =
        RejectionCounter.registered(transactions.sparkSession(), "cx rejected transactions");
    Dataset<PurchaseRow> purchases =
        transactions
            .select(
                functions.col(columns.customer()).cast("string"),
                functions.col(columns.date()).cast("string"),
                functions.col(columns.amount()).cast("string"))
            .flatMap(
                new ParsePurchases(
                    columns.datePattern(), (int) split.holdoutEnd().toEpochDay(), rejected),
                Encoders.bean(PurchaseRow.class));
    Dataset<CustomerSummaryRow> rows =
        purchases
            .groupByKey(
                (org.apache.spark.api.java.function.MapFunction<PurchaseRow, String>)
                    PurchaseRow::getCustomer,
                Encoders.STRING())
            .flatMapSortedGroups(
                new Column[] {functions.col("epochDay"), functions.col("amount")},
                new Summarise(
                    split.calibrationEnd(), split.holdoutEnd(), split.daysPerUnit(), rejected),
                Encoders.bean(CustomerSummaryRow.class));
    return new CustomerTable(rows, rejected, split);
  }

  /** Parses (customer, date, amount) text into purchases, counting what cannot be read. */
  static final class ParsePurchases implements FlatMapFunction<Row, PurchaseRow> {
    private static final long serialVersionUID = 1L;
    private final String pattern;
    private final int holdoutEndDay;
    private final RejectionCounter rejected;
    private transient DateTimeFormatter formatter;

    ParsePurchases(String pattern, int holdoutEndDay, RejectionCounter rejected) {
      this.pattern = pattern;
      this.holdoutEndDay = holdoutEndDay;
      this.rejected = rejected;
    }

    @Override
    public Iterator<PurchaseRow> call(Row r) {
      String customer = r.getString(0);
      if (customer == null || customer.isBlank()) {
        rejected.reject(MISSING_CUSTOMER, r::toString);
        return List.<PurchaseRow>of().iterator();
      }
      String dateText = r.getString(1);
      int day;
      try {
        if (formatter == null) {
          formatter = DateTimeFormatter.ofPattern(pattern, java.util.Locale.ROOT);
        }
        String d = dateText == null ? "" : dateText.strip();
        // a date column cast to text is ISO; a timestamp column has a time part after the date
        if (d.length() > 10 && d.charAt(10) == ' ' && d.charAt(4) == '-') {
          d = d.substring(0, 10);
        }
        day =
            Math.toIntExact(
                (d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-'
                        ? LocalDate.parse(d)
                        : LocalDate.parse(d, formatter))
                    .toEpochDay());
      } catch (DateTimeParseException | ArithmeticException e) {
        rejected.reject(UNPARSABLE_DATE, r::toString);
        return List.<PurchaseRow>of().iterator();
      }
      double amount;
      try {
        amount = r.isNullAt(2) ? Double.NaN : Double.parseDouble(r.getString(2).strip());
      } catch (NumberFormatException e) {
        amount = Double.NaN;
      }
      if (!(Double.isFinite(amount) && amount >= 0)) {
        rejected.reject(BAD_AMOUNT, r::toString);
        return List.<PurchaseRow>of().iterator();
      }
      if (day > holdoutEndDay) {
        rejected.reject(AFTER_HOLDOUT, r::toString);
        return List.<PurchaseRow>of().iterator();
      }
      return List.of(new PurchaseRow(customer, day, amount)).iterator();
    }
  }

  /** One customer's purchases (sorted by day, then amount) through cx-metrics' split. */
  static final class Summarise
      implements FlatMapGroupsFunction<String, PurchaseRow, CustomerSummaryRow> {
    private static final long serialVersionUID = 1L;
    private final LocalDate calibrationEnd;
    private final LocalDate holdoutEnd;
    private final double daysPerUnit;
    private final RejectionCounter rejected;

    Summarise(
        LocalDate calibrationEnd,
        LocalDate holdoutEnd,
        double daysPerUnit,
        RejectionCounter rejected) {
      this.calibrationEnd = calibrationEnd;
      this.holdoutEnd = holdoutEnd;
      this.daysPerUnit = daysPerUnit;
      this.rejected = rejected;
    }

    @Override
    public Iterator<CustomerSummaryRow> call(String customer, Iterator<PurchaseRow> purchases) {
      Transactions.Builder log = Transactions.builder();
      while (purchases.hasNext()) {
        PurchaseRow p = purchases.next();
        log.add(customer, LocalDate.ofEpochDay(p.getEpochDay()), p.getAmount());
      }
      CustomerSummaries s;
      try {
        s = new CalibrationSplit(calibrationEnd, holdoutEnd, daysPerUnit).summarise(log.build());
      } catch (IllegalArgumentException e) {
        rejected.reject(NOT_BEFORE_CALIBRATION_END, e::getMessage);
        return List.<CustomerSummaryRow>of().iterator();
      }
      CustomerSummaryRow row = new CustomerSummaryRow();
      row.setCustomer(customer);
      row.setX(s.frequency(0));
      row.setTx(s.recency(0));
      row.setAge(s.age(0));
      row.setMeanRepeatSpend(s.meanRepeatSpend(0));
      if (s.hasHoldout()) {
        row.setHoldoutX(s.holdoutFrequency(0));
        row.setHoldoutSpend(s.holdoutSpend(0));
      }
      List<CustomerSummaryRow> out = new ArrayList<>(1);
      out.add(row);
      return out.iterator();
    }
  }
}
