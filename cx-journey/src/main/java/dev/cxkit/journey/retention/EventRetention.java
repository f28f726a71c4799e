package dev.cxkit.journey.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Retention computed from an event log, with the definitions of Amplitude and PostHog:
 *
 * <ul>
 *   <li><b>Cohort</b>: a customer enters on her first event (or first event matching {@link
 *       #withCohortEvent}); that event's day is day 0.
 *   <li><b>Return</b>: an event at or after the cohort event matching {@link #withReturnEvent} (any
 *       event by default; the cohort event itself counts on day 0 when it matches).
 *   <li><b>N-day</b> retention at day N: customers with a return on day N, over the customers whose
 *       day N is observed. <b>Unbounded</b> ("on or after") retention: customers with a return on
 *       day N or any later observed day. <b>Bracketed</b> retention for days [a, b]: a return on
 *       some day from a to b, over the customers whose day b is observed.
 *   <li><b>Observed</b>: a day counts only once it has ended at or before the observation end
 *       ({@link #withObservedUntil}, default the log's last event time); later days are unknown,
 *       not zero, so the denominators shrink with the day.
 *   <li>Days are calendar dates in a zone or 24-hour windows ({@link RetentionDays}).
 * </ul>
 *
 * <pre>{@code
 * EventRetentionResult r = EventRetention.of(RetentionDays.calendar(ZoneOffset.UTC))
 *     .withCohortEvent(EventFilter.types(dict, "signup"))
 *     .withReturnEvent(EventFilter.types(dict, "order"))
 *     .analyze(log);
 * r.day(7).nDayRate();                      // share ordering on day 7
 * r.bracket(8, 14).rate();                  // share ordering in the second week
 * r.stickiness(7);                          // customers by days active in their first week
 * CohortRetentionTable.of(r.cohortCounts(), RetentionKind.CLASSIC);
 * KaplanMeier.fit(r.timeToFirstReturn());
 * }</pre>
 */
public final class EventRetention {
  private final RetentionDays days;
  private final @Nullable EventFilter cohortEvent;
  private final @Nullable EventFilter returnEvent;
  private final @Nullable Long observedUntil;
  private final double confidenceLevel;

  private EventRetention(
      RetentionDays days,
      @Nullable EventFilter cohortEvent,
      @Nullable EventFilter returnEvent,
      @Nullable Long observedUntil,
      double confidenceLevel) {
    this.days = days;
    this.cohortEvent = cohortEvent;
    this.returnEvent = returnEvent;
    this.observedUntil = observedUntil;
    this.confidenceLevel = confidenceLevel;
  }

  /** Cohorts by first event, any event returns, 95% intervals. */
  public static EventRetention of(RetentionDays days) {
    return new EventRetention(checkNotNull(days, "days"), null, null, null, 0.95);
  }

  /** Cohorts entered on the first event matching {@code filter}. */
  public EventRetention withCohortEvent(EventFilter filter) {
    return new EventRetention(
        days, checkNotNull(filter, "filter"), returnEvent, observedUntil, confidenceLevel);
  }

  /** Only events matching {@code filter} count as returns. */
  public EventRetention withReturnEvent(EventFilter filter) {
    return new EventRetention(
        days, cohortEvent, checkNotNull(filter, "filter"), observedUntil, confidenceLevel);
  }

  /** Observation ends at {@code until} (days ending later are not observed). */
  public EventRetention withObservedUntil(Instant until) {
    checkNotNull(until, "until");
    return new EventRetention(
        days, cohortEvent, returnEvent, until.toEpochMilli(), confidenceLevel);
  }

  /** Intervals at {@code level} instead of 0.95. */
  public EventRetention withConfidenceLevel(double level) {
    checkArgument(level > 0 && level < 1, "confidence level must be in (0, 1), was %s", level);
    return new EventRetention(days, cohortEvent, returnEvent, observedUntil, level);
  }

  /**
   * The retention of {@code log}'s customers.
   *
   * @throws IllegalArgumentException for an empty log, or when the cohort or return event matches
   *     no event of the log (a misspelt name is an error, not a retention of zero)
   */
  public EventRetentionResult analyze(EventLog log) {
    checkNotNull(log, "log");
    int n = log.size();
    checkArgument(n > 0, "retention needs events, was an empty log (%s events)", n);
    int customers = log.dictionaries().customers().size();
    long[] t0 = new long[customers];
    Arrays.fill(t0, Long.MAX_VALUE);
    long last = Long.MIN_VALUE;
    boolean anyReturn = false;
    for (int i = 0; i < n; i++) {
      long t = log.time(i);
      last = Math.max(last, t);
      if (matches(cohortEvent, log, i)) {
        int c = log.customer(i);
        t0[c] = Math.min(t0[c], t);
      }
      anyReturn |= matches(returnEvent, log, i);
    }
    int members = 0;
    for (long t : t0) {
      members += t == Long.MAX_VALUE ? 0 : 1;
    }
    checkArgument(
        members > 0, "cohort event (%s) matches no event of the log (%s events)", cohortEvent, n);
    checkArgument(
        anyReturn, "return event (%s) matches no event of the log (%s events)", returnEvent, n);
    long until = observedUntil == null ? last : observedUntil;
    // (customer, day) of every return, packed, sorted and deduplicated
    long[] pairs = new long[16];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int c = log.customer(i);
      long t = log.time(i);
      if (t0[c] == Long.MAX_VALUE || t < t0[c] || !matches(returnEvent, log, i)) {
        continue;
      }
      long day = Math.min(days.day(t0[c], t), Integer.MAX_VALUE);
      if (count == pairs.length) {
        pairs = Arrays.copyOf(pairs, count * 2);
      }
      pairs[count++] = ((long) c << 32) | day;
    }
    Arrays.sort(pairs, 0, count);
    int[] member = new int[customers];
    Arrays.fill(member, -1);
    long[] cohortTime = new long[members];
    int[] lastComplete = new int[members];
    int m = 0;
    for (int c = 0; c < customers; c++) {
      if (t0[c] != Long.MAX_VALUE) {
        member[c] = m;
        cohortTime[m] = t0[c];
        long lc = days.lastCompleteDay(t0[c], until);
        lastComplete[m] = (int) Math.max(-1, Math.min(lc, Integer.MAX_VALUE));
        m++;
      }
    }
    int[] offsets = new int[members + 1];
    int[] returnDays = new int[count];
    int k = 0;
    long previous = -1;
    for (int i = 0; i < count; i++) {
      if (pairs[i] == previous) {
        continue;
      }
      previous = pairs[i];
      offsets[member[(int) (pairs[i] >>> 32)] + 1]++;
      returnDays[k++] = (int) (pairs[i] & 0xFFFF_FFFFL);
    }
    for (int i = 0; i < members; i++) {
      offsets[i + 1] += offsets[i];
    }
    return new EventRetentionResult(
        days,
        cohortTime,
        lastComplete,
        offsets,
        Arrays.copyOf(returnDays, k),
        until,
        confidenceLevel);
  }

  private static boolean matches(@Nullable EventFilter f, EventLog log, int i) {
    return f == null || f.matches(log.touchpoint(i), log.channel(i), log.type(i), log.stage(i));
  }

  @Override
  public String toString() {
    return "EventRetention["
        + days
        + ", cohort "
        + (cohortEvent == null ? "first event" : cohortEvent)
        + ", return "
        + (returnEvent == null ? "any event" : returnEvent)
        + "]";
  }
}
