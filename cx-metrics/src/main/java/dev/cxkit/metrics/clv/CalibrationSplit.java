package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
   * No holdout: every purchase up to and including {@code asOf} is calibration, measured in weeks
   * (the {@code observation_period_end} of lifetimes' {@code summary_data_from_transaction_data}).
   */
  public static CalibrationSplit weeksAsOf(LocalDate asOf) {
    return new CalibrationSplit(asOf, asOf, 7.0);
  }

  /** No holdout, as of {@code asOf}, in units of {@code daysPerUnit} days. */
  public static CalibrationSplit asOf(LocalDate asOf, double daysPerUnit) {
    return new CalibrationSplit(asOf, asOf, daysPerUnit);
  }

  /** Whether the split has a holdout period. */
  public boolean hasHoldout() {
    return holdoutEnd.isAfter(calibrationEnd);
  }

  /**
   * The summaries of a log together with what the split left out: customers whose first purchase is
   * on or after {@code calibrationEnd} (they have no calibration history, {@code T} would be 0 or
   * negative) and purchases after {@code holdoutEnd}. Nothing is left out silently: the counts and
   * the first examples are here, and {@link #notes()} says it in words.
   *
   * @param summaries the summaries of the customers kept
   * @param customersWithoutHistory customers left out: first purchase on or after calibrationEnd
   * @param purchasesAfterHoldout purchase records after holdoutEnd, left out
   * @param examples up to five examples of what was left out ("customer c7: first purchase
   *     1997-10-02")
   */
  public record Outcome(
      CustomerSummaries summaries,
      long customersWithoutHistory,
      long purchasesAfterHoldout,
      List<String> examples) {
    /** Copies the examples. */
    public Outcome {
      checkNotNull(summaries, "summaries");
      examples = List.copyOf(examples);
    }

    /** What was left out, in words (empty when nothing was). */
    public List<String> notes() {
      List<String> notes = new ArrayList<>();
      if (customersWithoutHistory > 0) {
        notes.add(
            customersWithoutHistory
                + " customer(s) left out: first purchase on or after the calibration end, so no"
                + " calibration history");
      }
      if (purchasesAfterHoldout > 0) {
        notes.add(purchasesAfterHoldout + " purchase(s) after the holdout end left out");
      }
      if (!notes.isEmpty()) {
        notes.add("for example " + String.join("; ", examples));
      }
      return notes;
    }
  }

  /**
   * Summaries of every customer in {@code log}, in order of first appearance in the log.
   *
   * @throws IllegalArgumentException if a customer's first purchase is not before {@code
   *     calibrationEnd} or a purchase is after {@code holdoutEnd} (naming how many, the first
   *     customer and date); {@link #split(Transactions)} reports them instead
   */
  public CustomerSummaries summarise(Transactions log) {
    Outcome o = split(log);
    checkArgument(
        o.customersWithoutHistory() == 0 && o.purchasesAfterHoldout() == 0,
        "every first purchase must be before calibrationEnd %s and every purchase on or before"
            + " holdoutEnd %s, was not for %s customer(s) and %s purchase(s): %s",
        calibrationEnd,
        holdoutEnd,
        o.customersWithoutHistory(),
        o.purchasesAfterHoldout(),
        String.join("; ", o.examples()));
    return o.summaries();
  }

  /**
   * Summaries of the customers of {@code log} that have a calibration history, and what was left
   * out (see {@link Outcome}).
   *
   * @throws IllegalArgumentException when no customer is left
   */
  public Outcome split(Transactions log) {
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
    Left left = new Left();
    for (int c = 0; c < customers; c++) {
      Arrays.sort(keyed, start[c], start[c + 1]);
      summariseCustomer(log, c, keyed, start[c], start[c + 1], calEnd, holdEnd, out, left);
    }
    checkArgument(
        left.kept > 0,
        "summaries must have at least one customer with a purchase before calibrationEnd %s, had"
            + " none: %s",
        calibrationEnd,
        String.join("; ", left.examples));
    return new Outcome(out.build(), left.customers, left.purchases, left.examples);
  }

  /** What a split left out. */
  private static final class Left {
    long kept;
    long customers;
    long purchases;
    final List<String> examples = new ArrayList<>();

    void example(String e) {
      if (examples.size() < 5) {
        examples.add(e);
      }
    }
  }

  private void summariseCustomer(
      Transactions log,
      int c,
      long[] keyed,
      int from,
      int to,
      int calEnd,
      int holdEnd,
      CustomerSummaries.Builder out,
      Left left) {
    String id = log.customers.get(c);
    int first = log.epochDay[(int) keyed[from]];
    if (first >= calEnd) {
      left.customers++;
      left.example(
          "customer "
              + id
              + ": first purchase "
              + LocalDate.ofEpochDay(first)
              + (first == calEnd
                  ? " (on calibrationEnd: T would be 0)"
                  : " (after calibrationEnd)"));
      for (int i = from; i < to; i++) {
        if (log.epochDay[(int) keyed[i]] > holdEnd) {
          left.purchases++;
        }
      }
      return;
    }
    int x = 0;
    int lastCal = first;
    double calRepeatSpend = 0.0;
    int holdoutX = 0;
    double holdoutSpend = 0.0;
    int i = from;
    while (i < to) {
      int day = log.epochDay[(int) keyed[i]];
      int dayStart = i;
      double dayAmount = 0.0;
      while (i < to && log.epochDay[(int) keyed[i]] == day) {
        dayAmount += log.amount[(int) keyed[i]];
        i++;
      }
      if (day > holdEnd) {
        left.purchases += i - dayStart;
        left.example(
            "customer " + id + ": purchase " + LocalDate.ofEpochDay(day) + " (after holdoutEnd)");
        continue;
      }
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
    double mx = x == 0 ? 0.0 : calRepeatSpend / x;
    left.kept++;
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
