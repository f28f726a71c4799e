package dev.cxkit.journey.retention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.metrics.retention.CohortCounts;
import dev.cxkit.metrics.retention.LifetimeCounts;
import dev.cxkit.metrics.retention.RetentionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventRetentionTest {
  private static final long H = 3_600_000L;
  private static final long DAY = 24 * H;
  private static final long T0 = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();

  /** a: signs up 23:00 day 0, orders 01:00 next date and on date 3; b: signs up, orders day 1. */
  private static EventLog shop() {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    b.add("a", T0 + 23 * H, "home", "web", "signup", "");
    b.add("a", T0 + 25 * H, "cart", "web", "order", "");
    b.add("a", T0 + 3 * DAY + 2 * H, "cart", "web", "order", "");
    b.add("b", T0 + 10 * H, "home", "web", "signup", "");
    b.add("b", T0 + DAY + 9 * H, "cart", "web", "order", "");
    b.add("c", T0 + 12 * H, "home", "web", "view", ""); // never signs up: no cohort
    b.add("b", T0 + 6 * DAY, "home", "web", "view", ""); // the last event: observation end
    return b.build();
  }

  @Test
  void calendarAndRollingDaysByHand() {
    EventLog log = shop();
    EventDictionaries d = log.dictionaries();
    EventRetention base =
        EventRetention.of(RetentionDays.calendar(ZoneOffset.UTC))
            .withCohortEvent(EventFilter.types(d, "signup"))
            .withReturnEvent(EventFilter.types(d, "order"));
    EventRetentionResult cal = base.analyze(log);
    assertEquals(2, cal.customers());
    // calendar: a orders on date +1 and +3, b on date +1; the last event at 2024-03-07 00:00 ends
    // date 5 (March 6), so dates 0 to 5 are observed
    assertEquals(2, cal.day(1).nDay());
    assertEquals(1.0, cal.day(1).nDayRate());
    assertEquals(0, cal.day(2).nDay());
    assertEquals(1, cal.day(2).unbounded()); // a returns on day 3
    assertEquals(1, cal.day(3).nDay());
    assertEquals(2, cal.day(5).eligible());
    assertEquals(0, cal.day(6).eligible()); // date 6 has not ended
    assertEquals(1, cal.bracket(2, 4).retained());
    assertEquals(2, cal.bracket(2, 4).eligible());
    // rolling: a's first order is 2 hours after sign-up, day 0; b's 23 hours later, day 0
    EventRetentionResult roll =
        EventRetention.of(RetentionDays.rolling())
            .withCohortEvent(EventFilter.types(d, "signup"))
            .withReturnEvent(EventFilter.types(d, "order"))
            .analyze(log);
    assertEquals(0, roll.day(1).nDay());
    assertEquals(1, roll.day(2).nDay()); // a at 3 days 2 h = 51 h after sign-up, day 2
    assertEquals(1, roll.day(1).unbounded());
    // stickiness over 4 days, calendar: a orders on 2 dates, b on 1
    assertArrayEquals(new long[] {0, 1, 1, 0, 0}, cal.stickiness(4).customersByDays());
    // cohort table: both cohorts on date 0 (b) and date 0 (a, 23:00): one cohort of 2
    CohortCounts cc = cal.cohortCounts();
    assertEquals(2, cc.cohortSize(0));
    assertEquals(5, cc.lastObservedPeriod());
    assertEquals(2, cc.retained(0, 1, RetentionKind.CLASSIC));
    assertEquals(1, cc.retained(0, 3, RetentionKind.CLASSIC));
    // first returns on day 1 for both
    assertEquals(LifetimeCounts.of(new double[] {1, 1}, new int[] {1, 1}), cal.timeToFirstReturn());
  }

  @Test
  void namesThatMatchNothingAndBadDaysAreErrors() {
    EventLog log = shop();
    EventDictionaries d = log.dictionaries();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EventRetention.of(RetentionDays.rolling())
                    .withCohortEvent(EventFilter.types(d, "sign-up"))
                    .analyze(log));
    assertEquals(
        "cohort event (type in [sign-up]) matches no event of the log (7 events)", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EventRetention.of(RetentionDays.rolling())
                    .withReturnEvent(EventFilter.types(d, "purchase"))
                    .analyze(log));
    assertEquals(
        "return event (type in [purchase]) matches no event of the log (7 events)", e.getMessage());
    EventRetentionResult r = EventRetention.of(RetentionDays.rolling()).analyze(log);
    e = assertThrows(IllegalArgumentException.class, () -> r.bracket(3, 2));
    assertEquals("bracket must satisfy 0 <= from <= to, was 3..2", e.getMessage());
    assertThrows(IllegalStateException.class, r::cohortCounts);
  }

  /** Seeded differential test against a naive per-customer computation with java.time. */
  @Test
  void matchesANaiveOracle() {
    Random r = new Random(5);
    for (int round = 0; round < 40; round++) {
      EventLog log = JourneyTesting.randomLog(r.nextLong(), 30, 12, true);
      EventDictionaries d = log.dictionaries();
      boolean rolling = r.nextBoolean();
      ZoneId zone = r.nextBoolean() ? ZoneOffset.UTC : ZoneId.of("America/New_York");
      EventFilter start = r.nextBoolean() ? null : EventFilter.touchpoints(d, "search");
      EventFilter ret = r.nextBoolean() ? null : EventFilter.touchpoints(d, "order", "cart");
      long until = maxTime(log) - r.nextInt(3) * 6 * H;
      EventRetention er =
          EventRetention.of(rolling ? RetentionDays.rolling() : RetentionDays.calendar(zone))
              .withObservedUntil(Instant.ofEpochMilli(until));
      if (start != null) {
        er = er.withCohortEvent(start);
      }
      if (ret != null) {
        er = er.withReturnEvent(ret);
      }
      EventRetentionResult got;
      try {
        got = er.analyze(log);
      } catch (IllegalArgumentException e) {
        continue; // a filter matched nothing in this small log
      }
      // times in randomLog are minutes within a few days: days 0..3 carry the signal
      for (int n = 0; n <= 4; n++) {
        long[] o = oracleDay(log, start, ret, rolling, zone, until, n, n, true);
        assertEquals(o[0], got.day(n).eligible(), "round " + round + " day " + n);
        assertEquals(o[1], got.day(n).nDay(), "round " + round + " day " + n);
        long[] u = oracleDay(log, start, ret, rolling, zone, until, n, Integer.MAX_VALUE, false);
        assertEquals(u[1], got.day(n).unbounded(), "round " + round + " unbounded " + n);
        long[] b = oracleDay(log, start, ret, rolling, zone, until, 0, n, true);
        assertEquals(b[0], got.bracket(0, n).eligible());
        assertEquals(b[1], got.bracket(0, n).retained());
      }
    }
  }

  private static long maxTime(EventLog log) {
    long m = Long.MIN_VALUE;
    for (int i = 0; i < log.size(); i++) {
      m = Math.max(m, log.time(i));
    }
    return m;
  }

  /**
   * {eligible, retained}: eligible when day {@code to} (or {@code from} for unbounded) has ended by
   * {@code until}; retained on a return in days from..to that has ended.
   */
  private static long[] oracleDay(
      EventLog log,
      EventFilter start,
      EventFilter ret,
      boolean rolling,
      ZoneId zone,
      long until,
      int from,
      int to,
      boolean bracket) {
    int customers = log.dictionaries().customers().size();
    long eligible = 0;
    long retained = 0;
    for (int c = 0; c < customers; c++) {
      long t0 = Long.MAX_VALUE;
      List<Long> returns = new ArrayList<>();
      for (int i = 0; i < log.size(); i++) {
        if (log.customer(i) == c && matches(start, log, i)) {
          t0 = Math.min(t0, log.time(i));
        }
      }
      if (t0 == Long.MAX_VALUE) {
        continue;
      }
      for (int i = 0; i < log.size(); i++) {
        if (log.customer(i) == c && log.time(i) >= t0 && matches(ret, log, i)) {
          returns.add(log.time(i));
        }
      }
      int need = bracket ? to : from;
      if (!ended(t0, need, rolling, zone, until)) {
        continue;
      }
      eligible++;
      for (long t : returns) {
        long day =
            rolling
                ? Math.floorDiv(t - t0, DAY)
                : ChronoUnit.DAYS.between(date(t0, zone), date(t, zone));
        if (day >= from && day <= to && ended(t0, day, rolling, zone, until)) {
          retained++;
          break;
        }
      }
    }
    return new long[] {eligible, retained};
  }

  private static boolean ended(long t0, long day, boolean rolling, ZoneId zone, long until) {
    long end =
        rolling
            ? t0 + (day + 1) * DAY
            : date(t0, zone).plusDays(day + 1).atStartOfDay(zone).toInstant().toEpochMilli();
    return end <= until;
  }

  private static LocalDate date(long t, ZoneId zone) {
    return Instant.ofEpochMilli(t).atZone(zone).toLocalDate();
  }

  private static boolean matches(EventFilter f, EventLog log, int i) {
    return f == null || f.matches(log.touchpoint(i), log.channel(i), log.type(i), log.stage(i));
  }
}
