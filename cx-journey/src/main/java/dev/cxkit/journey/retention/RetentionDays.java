package dev.cxkit.journey.retention;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How the days after a customer's cohort event are counted (Amplitude's "daily" retention versus
 * its 24-hour windows). Day 0 is the day of the cohort event.
 *
 * <ul>
 *   <li>{@link #calendar(ZoneId)}: day N is the N-th calendar date after the cohort event's date in
 *       the zone (an event at 23:50 and one at 00:10 the next morning are one day apart).
 *   <li>{@link #rolling()}: day N is the N-th 24-hour window after the cohort event, [t0 + N·24 h,
 *       t0 + (N + 1)·24 h).
 * </ul>
 *
 * <pre>{@code
 * RetentionDays.calendar(ZoneId.of("Europe/Berlin"));
 * RetentionDays.rolling();
 * }</pre>
 */
public final class RetentionDays {
  private static final long DAY = 86_400_000L;

  private final ZoneId zone;
  private final boolean rolling;

  private RetentionDays(ZoneId zone, boolean rolling) {
    this.zone = zone;
    this.rolling = rolling;
  }

  /** Calendar dates in {@code zone}. */
  public static RetentionDays calendar(ZoneId zone) {
    return new RetentionDays(checkNotNull(zone, "zone"), false);
  }

  /** 24-hour windows from the cohort event. */
  public static RetentionDays rolling() {
    return new RetentionDays(ZoneId.of("UTC"), true);
  }

  /** Whether days are 24-hour windows from the cohort event. */
  public boolean isRolling() {
    return rolling;
  }

  /** The day (0 = the cohort event's) of an event at {@code t} for a cohort event at {@code t0}. */
  long day(long t0, long t) {
    if (rolling) {
      return Math.floorDiv(t - t0, DAY);
    }
    return ChronoUnit.DAYS.between(date(t0), date(t));
  }

  /** The last day after a cohort event at {@code t0} that ends at or before {@code until}. */
  long lastCompleteDay(long t0, long until) {
    if (rolling) {
      return Math.floorDiv(until - t0, DAY) - 1;
    }
    // day k ends when date(t0) + k + 1 starts, which is at or before `until` iff that date is
    // at most until's date
    return ChronoUnit.DAYS.between(date(t0), date(until)) - 1;
  }

  /** The calendar day index of {@code t} counted from the epoch date (calendar mode only). */
  long epochDay(long t) {
    return date(t).toEpochDay();
  }

  private LocalDate date(long t) {
    return Instant.ofEpochMilli(t).atZone(zone).toLocalDate();
  }

  @Override
  public String toString() {
    return rolling ? "rolling 24-hour days" : "calendar days in " + zone;
  }
}
