package dev.cxkit.journey.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.retention.CohortCounts;
import dev.cxkit.metrics.retention.LifetimeCounts;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.Wilson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The retention of an event log's cohort members ({@link EventRetention} states the definitions):
 * per member her cohort event, the last observed day and the distinct days with a return. Every
 * figure is computed from these on request; rates carry Wilson intervals.
 *
 * <pre>{@code
 * for (EventRetentionResult.RetentionDay d : r.days(14)) {
 *   System.out.println(d.day() + ": " + d.nDayRate() + " " + d.nDayInterval());
 * }
 * }</pre>
 */
public final class EventRetentionResult {
  private final RetentionDays days;
  private final long[] cohortTime;
  private final int[] lastComplete;
  private final int[] offsets;
  private final int[] returnDays;
  private final long observedUntil;
  private final double level;

  EventRetentionResult(
      RetentionDays days,
      long[] cohortTime,
      int[] lastComplete,
      int[] offsets,
      int[] returnDays,
      long observedUntil,
      double level) {
    this.days = days;
    this.cohortTime = cohortTime;
    this.lastComplete = lastComplete;
    this.offsets = offsets;
    this.returnDays = returnDays;
    this.observedUntil = observedUntil;
    this.level = level;
  }

  /** Customers in a cohort (with a cohort event). */
  public int customers() {
    return cohortTime.length;
  }

  /** The observation end, epoch milliseconds. */
  public long observedUntil() {
    return observedUntil;
  }

  /**
   * N-day and unbounded retention at day {@code day}.
   *
   * @throws IllegalArgumentException for a negative day
   */
  public RetentionDay day(int day) {
    checkArgument(day >= 0, "retention day must be >= 0, was %s", day);
    long eligible = 0;
    long onDay = 0;
    long onOrAfter = 0;
    for (int m = 0; m < cohortTime.length; m++) {
      int lc = lastComplete[m];
      if (lc < day) {
        continue;
      }
      eligible++;
      boolean exact = false;
      boolean later = false;
      for (int i = offsets[m]; i < offsets[m + 1]; i++) {
        int d = returnDays[i];
        exact |= d == day;
        later |= d >= day && d <= lc;
      }
      onDay += exact ? 1 : 0;
      onOrAfter += later ? 1 : 0;
    }
    return new RetentionDay(
        day,
        eligible,
        onDay,
        rate(onDay, eligible),
        Wilson.interval(onDay, eligible, level),
        onOrAfter,
        rate(onOrAfter, eligible),
        Wilson.interval(onOrAfter, eligible, level));
  }

  /** {@link #day} for days 0 to {@code maxDay}. */
  public List<RetentionDay> days(int maxDay) {
    checkArgument(maxDay >= 0, "maxDay must be >= 0, was %s", maxDay);
    List<RetentionDay> out = new ArrayList<>();
    for (int d = 0; d <= maxDay; d++) {
      out.add(day(d));
    }
    return out;
  }

  /**
   * Bracketed retention: a return on some day from {@code from} to {@code to}, over the customers
   * whose day {@code to} is observed.
   *
   * @throws IllegalArgumentException unless {@code 0 <= from <= to}
   */
  public Bracket bracket(int from, int to) {
    checkArgument(
        from >= 0 && to >= from, "bracket must satisfy 0 <= from <= to, was %s..%s", from, to);
    long eligible = 0;
    long retained = 0;
    for (int m = 0; m < cohortTime.length; m++) {
      if (lastComplete[m] < to) {
        continue;
      }
      eligible++;
      for (int i = offsets[m]; i < offsets[m + 1]; i++) {
        if (returnDays[i] >= from && returnDays[i] <= to) {
          retained++;
          break;
        }
      }
    }
    return new Bracket(
        from,
        to,
        eligible,
        retained,
        rate(retained, eligible),
        Wilson.interval(retained, eligible, level));
  }

  /**
   * Stickiness over the first {@code window} days (days 0 to window − 1): how many customers
   * returned on exactly k distinct days, k = 0..window, among customers whose day window − 1 is
   * observed (PostHog's stickiness, per cohort member).
   *
   * @throws IllegalArgumentException for a window below 1
   */
  public Stickiness stickiness(int window) {
    checkArgument(window >= 1, "stickiness window must be >= 1 day, was %s", window);
    long[] byDays = new long[window + 1];
    long eligible = 0;
    for (int m = 0; m < cohortTime.length; m++) {
      if (lastComplete[m] < window - 1) {
        continue;
      }
      eligible++;
      int k = 0;
      for (int i = offsets[m]; i < offsets[m + 1]; i++) {
        k += returnDays[i] < window ? 1 : 0;
      }
      byDays[k]++;
    }
    return new Stickiness(window, eligible, byDays);
  }

  /**
   * The members as {@link CohortCounts}: cohort period = calendar date of the cohort event counted
   * from the earliest cohort date, active periods = dates with a return, observed up to the last
   * complete date. Members whose cohort date is not complete are left out.
   *
   * @throws IllegalStateException for rolling days (a cohort table needs one calendar per period)
   *     or when no cohort date is complete
   */
  public CohortCounts cohortCounts() {
    if (days.isRolling()) {
      throw new IllegalStateException(
          "cohort counts need calendar days, was " + days + " (use RetentionDays.calendar)");
    }
    long origin = Long.MAX_VALUE;
    for (long t : cohortTime) {
      origin = Math.min(origin, days.epochDay(t));
    }
    long lastObserved = days.epochDay(observedUntil) - 1 - origin;
    if (lastObserved < 0) {
      throw new IllegalStateException(
          "cohort counts need a complete cohort date, was observation end "
              + java.time.Instant.ofEpochMilli(observedUntil)
              + " on the first cohort date");
    }
    CohortCounts.Accumulator acc = new CohortCounts.Accumulator(Math.toIntExact(lastObserved));
    for (int m = 0; m < cohortTime.length; m++) {
      int cohort = Math.toIntExact(days.epochDay(cohortTime[m]) - origin);
      if (cohort > lastObserved) {
        continue;
      }
      int[] active = new int[offsets[m + 1] - offsets[m]];
      int a = 0;
      for (int i = offsets[m]; i < offsets[m + 1]; i++) {
        if (returnDays[i] <= lastComplete[m]) {
          active[a++] = cohort + returnDays[i];
        }
      }
      acc.addCustomer(cohort, java.util.Arrays.copyOf(active, a));
    }
    return acc.snapshot();
  }

  /**
   * Days to the first return after day 0, for Kaplan–Meier: a return on day d ≥ 1 is an event at
   * time d; a member without one is censored at her last observed day (0 when none is). {@code
   * KaplanMeier.fit(r.timeToFirstReturn())} then gives the share not yet returned.
   */
  public LifetimeCounts timeToFirstReturn() {
    LifetimeCounts.Accumulator acc = new LifetimeCounts.Accumulator();
    for (int m = 0; m < cohortTime.length; m++) {
      int first = -1;
      for (int i = offsets[m]; i < offsets[m + 1]; i++) {
        if (returnDays[i] >= 1 && returnDays[i] <= lastComplete[m]) {
          first = returnDays[i];
          break;
        }
      }
      if (first >= 1) {
        acc.add(first, true);
      } else {
        acc.add(Math.max(0, lastComplete[m]), false);
      }
    }
    return acc.snapshot();
  }

  private static double rate(long k, long n) {
    return n == 0 ? 0.0 : (double) k / n;
  }

  @Override
  public String toString() {
    return "EventRetentionResult[" + customers() + " customers, " + days + "]";
  }

  /**
   * Retention at one day. Rates with no eligible customer are 0 with the interval [0, 1].
   *
   * @param day the day (0 = the cohort event's)
   * @param eligible members whose day is observed
   * @param nDay members with a return on the day
   * @param nDayRate {@code nDay / eligible}
   * @param nDayInterval its Wilson interval
   * @param unbounded members with a return on the day or a later observed day
   * @param unboundedRate {@code unbounded / eligible}
   * @param unboundedInterval its Wilson interval
   */
  public record RetentionDay(
      int day,
      long eligible,
      long nDay,
      double nDayRate,
      Interval nDayInterval,
      long unbounded,
      double unboundedRate,
      Interval unboundedInterval) {

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "day %d: %d of %d (%.4f), unbounded %d (%.4f)",
          day,
          nDay,
          eligible,
          nDayRate,
          unbounded,
          unboundedRate);
    }
  }

  /**
   * Retention in a bracket of days.
   *
   * @param from first day of the bracket
   * @param to last day of the bracket
   * @param eligible members whose day {@code to} is observed
   * @param retained members with a return in the bracket
   * @param rate {@code retained / eligible}
   * @param interval its Wilson interval
   */
  public record Bracket(
      int from, int to, long eligible, long retained, double rate, Interval interval) {}

  /**
   * Customers by number of distinct days with a return in the first {@code window} days.
   *
   * @param window days counted (0 to window − 1)
   * @param eligible members whose last window day is observed
   * @param customersByDays index k: customers with returns on exactly k days
   */
  public record Stickiness(int window, long eligible, long[] customersByDays) {
    /** Copies the counts. */
    public Stickiness {
      customersByDays = customersByDays.clone();
    }

    @Override
    public long[] customersByDays() {
      return customersByDays.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Stickiness s
          && s.window == window
          && s.eligible == eligible
          && java.util.Arrays.equals(s.customersByDays, customersByDays);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * window + Long.hashCode(eligible))
          + java.util.Arrays.hashCode(customersByDays);
    }

    @Override
    public String toString() {
      return "Stickiness[window="
          + window
          + ", eligible="
          + eligible
          + ", byDays="
          + java.util.Arrays.toString(customersByDays)
          + "]";
    }
  }
}
