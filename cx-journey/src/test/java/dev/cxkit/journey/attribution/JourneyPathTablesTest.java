package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.JourneyPathTables;
import dev.cxkit.journey.paths.PathTable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyPathTablesTest {
  private static final long DAY = 86_400_000L;

  /**
   * Customer a: email (day 0), search (day 7), order on web (day 14) → converts. Customer b:
   * display (day 0), email (day 1) → no conversion. Customer c: order on web at once → direct
   * conversion credited to web.
   */
  private static Journeys journeys() {
    EventDictionaries d = new EventDictionaries();
    EventLog log =
        EventLog.builder(d)
            .add("a", 0, "newsletter", "email", "view", "")
            .add("a", 7 * DAY, "serp", "search", "click", "")
            .add("a", 14 * DAY, "checkout", "web", "order", "")
            .add("b", 0, "banner", "display", "view", "")
            .add("b", DAY, "newsletter", "email", "view", "")
            .add("c", 3 * DAY, "checkout", "web", "order", "")
            .build();
    SplitRules rules = SplitRules.none().withGoal(EventFilter.types(d, "order"), true);
    return JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL);
  }

  @Test
  void journeysBecomeTimedRows() {
    Journeys js = journeys();
    PathTable t = JourneyPathTables.of(js, Dimension.CHANNEL, j -> 30.0);
    assertTrue(t.hasTouchTimes());
    assertEquals(3, t.pathCount());
    assertEquals(List.of("email", "search"), t.path(0));
    assertEquals(List.of("display", "email"), t.path(1));
    assertEquals(List.of("web"), t.path(2));
    assertEquals(2, t.totalConversions());
    assertEquals(1, t.totalNulls());
    assertEquals(60.0, t.totalValue());
    // end times: a's order (day 14), b's last event (day 1), c's order at once (day 3)
    assertEquals(14 * DAY, t.endTime(0));
    assertEquals(DAY, t.endTime(1));
    assertEquals(3 * DAY, t.endTime(2));
    // a 7-day lookback from a's order keeps search (day 7, on the boundary), not email (day 0)
    assertEquals(List.of("search"), Lookback.of(Duration.ofDays(7)).apply(t).table().path(0));
  }

  /** Time decay, 7-day half-life, touches 7 days apart before the goal: email 1/3, search 2/3. */
  @Test
  void timeDecayOnEngineJourneys() {
    PathTable t = JourneyPathTables.of(journeys(), Dimension.CHANNEL, j -> 30.0);
    AttributionResult r = AttributionModel.timeDecay(Duration.ofDays(7)).attribute(t);
    assertEquals(1.0 / 3, r.conversions("email"), 1e-15);
    assertEquals(2.0 / 3, r.conversions("search"), 1e-15);
    assertEquals(1.0, r.conversions("web"));
    assertEquals(0.0, r.conversions("display"));
    assertEquals(20.0, r.value("search"), 1e-12);
  }

  /**
   * Markov on the same journeys, by hand (order 1): start → email 1, display 1, web 1; email →
   * search 1, null 1 (b ends on email); search → conv 1; display → email 1; web → conv 1. P(email)
   * = 1/2, P = (1/2 + 1/2 + 1) / 3 = 2/3 = 2 of 3 journeys. Without email: 1/3 (RE 1/2); without
   * search: 1/3 (RE 1/2); without display: (1/2 + 1)/3 = 1/2 (RE 1/4); without web: 1/3 (RE 1/2).
   */
  @Test
  void markovOnEngineJourneys() {
    PathTable t = JourneyPathTables.of(journeys());
    MarkovResult m = MarkovAttribution.builder().build().analyze(t);
    assertEquals(2.0 / 3, m.conversionProbability(), 1e-14);
    assertEquals(0.5, m.removalEffect("email"), 1e-14);
    assertEquals(0.25, m.removalEffect("display"), 1e-14);
    assertEquals(2 * 0.25 / 1.75, m.attribution().conversions("display"), 1e-14);
  }

  @Test
  void badValueIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> JourneyPathTables.of(journeys(), Dimension.CHANNEL, j -> -1.0));
  }
}
