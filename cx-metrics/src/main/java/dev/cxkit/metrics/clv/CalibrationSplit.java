package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Calibration/holdout split and time unit used to turn a purchase log into {@link
 * CustomerSummaries}. Calibration covers each customer's first purchase up to and including {@code
 * calibrationEnd}; the holdout covers the days after it up to and including {@code holdoutEnd}.
 * Several purchases by one customer on one day are merged into one transaction (amounts summed).
 * Times are measured in units of {@code daysPerUnit} days from the customer's first purchase:
 * {@code t_x} = last calibration purchase, {@code T} = {@code calibrationEnd}.
 *
 * <pre>{@code
 * // CDNOW: 39 + 39 weeks
 * CalibrationSplit split = CalibrationSplit.weeks(
 *     LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30));
 * CustomerSummaries cbs = split.summarise(log);
 * }</pre>
 *
 * @param calibrationEnd last day of the calibration period (inclusive)
 * @param holdoutEnd last day of the holdout period (inclusive); equal to {@code calibrationEnd} for
 *     no holdout
 * @param daysPerUnit length of the time unit in days (7 for weeks)
 */
public record CalibrationSplit(LocalDate calibrationEnd, LocalDate holdoutEnd, double daysPerUnit) {

  /** Validates the dates and the unit. */
  public CalibrationSplit {
    checkNotNull(calibrationEnd, "calibrationEnd");
    checkNotNull(holdoutEnd, "holdoutEnd");
    checkArgument(
        !holdoutEnd.isBefore(calibrationEnd),
        "holdoutEnd must not be before calibrationEnd, was %s < %s",
        holdoutEnd,
        calibrationEnd);
    checkArgument(
        Double.isFinite(daysPerUnit) && daysPerUnit > 0.0,
        "daysPerUnit must be finite and > 0, was %s",
        daysPerUnit);
  }

  /** A split measured in weeks. */
  public static CalibrationSplit weeks(LocalDate calibrationEnd, LocalDate holdoutEnd) {
    return new CalibrationSplit(calibrationEnd, holdoutEnd, 7.0);
  }

  /** A split measured in days. */
  public static CalibrationSplit days(LocalDate calibrationEnd, LocalDate holdoutEnd) {
    return new CalibrationSplit(calibrationEnd, holdoutEnd, 1.0);
  }

  /**
   * Summaries of every customer in {@code log}, in order of first appearance in the log.
   *
   * @throws IllegalArgumentException if a customer's first purchase is after {@code calibrationEnd}
   *     (naming the customer and date) or a purchase is after {@code holdoutEnd}
   */
  public CustomerSummaries summarise(Transactions log) {
    int n = log.size();
    int customers = log.customerCount();
    // counting sort of the records by customer id, then by day within each customer
    int[] start = new int[customers + 1];
    for (int c : log.customer) {
      start[c + 1]++;
    }
    for (int c = 0; c < customers; c++) {
      start[c + 1] += start[c];
    }
    int[] fill = Arrays.copyOf(start, customers);
    long[] keyed = new long[n];
    for (int i = 0; i < n; i++) {
      // day (shifted to be non-negative) in the high bits, record index in the low bits
      long day = (long) log.epochDay[i] - Integer.MIN_VALUE;
      keyed[fill[log.customer[i]]++] = (day << 32) | i;
    }
    int calEnd = (int) calibrationEnd.toEpochDay();
    int holdEnd = (int) holdoutEnd.toEpochDay();
    double holdoutLength = (holdEnd - calEnd) / daysPerUnit;
    CustomerSummaries.Builder out = CustomerSummaries.builder().holdoutLength(holdoutLength);
    for (int c = 0; c < customers; c++) {
      Arrays.sort(keyed, start[c], start[c + 1]);
      summariseCustomer(log, c, keyed, start[c], start[c + 1], calEnd, holdEnd, out);
    }
    return out.build();
  }

  private void summariseCustomer(
      Transactions log,
      int c,
      long[] keyed,
      int from,
      int to,
      int calEnd,
      int holdEnd,
      CustomerSummaries.Builder out) {
    String id = log.customers.get(c);
    int first = log.epochDay[(int) keyed[from]];
    checkArgument(
        first <= calEnd,
        "customer %s: first purchase date must not be after calibrationEnd %s, was %s",
        id,
        calibrationEnd,
        LocalDate.ofEpochDay(first));
    int x = 0;
    int lastCal = first;
    double calRepeatSpend = 0.0;
    int holdoutX = 0;
    double holdoutSpend = 0.0;
    int i = from;
    while (i < to) {
      int day = log.epochDay[(int) keyed[i]];
      double dayAmount = 0.0;
      while (i < to && log.epochDay[(int) keyed[i]] == day) {
        dayAmount += log.amount[(int) keyed[i]];
        i++;
      }
      checkArgument(
          day <= holdEnd,
          "customer %s: purchase date must not be after holdoutEnd %s, was %s",
          id,
          holdoutEnd,
          LocalDate.ofEpochDay(day));
      if (day == first) {
        continue;
      }
      if (day <= calEnd) {
        x++;
        lastCal = day;
        calRepeatSpend += dayAmount;
      } else {
        holdoutX++;
        holdoutSpend += dayAmount;
      }
    }
    double tx = x == 0 ? 0.0 : (lastCal - first) / daysPerUnit;
    double age = (calEnd - first) / daysPerUnit;
    checkArgument(
        age > 0.0,
        "customer %s: first purchase must be before calibrationEnd %s so that T > 0, was %s",
        id,
        calibrationEnd,
        LocalDate.ofEpochDay(first));
    double mx = x == 0 ? 0.0 : calRepeatSpend / x;
    if (holdEnd > calEnd) {
      out.add(id, x, tx, age, mx, holdoutX, holdoutSpend);
    } else {
      out.add(id, x, tx, age, mx);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CalibrationSplit{calibrationEnd=%s, holdoutEnd=%s, daysPerUnit=%s}",
        calibrationEnd,
        holdoutEnd,
        daysPerUnit);
  }
}
