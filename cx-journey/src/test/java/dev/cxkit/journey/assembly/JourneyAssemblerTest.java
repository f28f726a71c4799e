package dev.cxkit.journey.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.JourneyTesting.Ev;
import dev.cxkit.journey.JourneyTesting.OracleJourney;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JourneyAssemblerTest {

  private static EventLog log(EventDictionaries d, Object... rows) {
    EventLog.Builder b = EventLog.builder(d);
    for (int i = 0; i < rows.length; i += 3) {
      b.add(
          (String) rows[i],
          ((Number) rows[i + 1]).longValue(),
          (String) rows[i + 2],
          "web",
          rows[i + 2].equals("order") ? "order" : "view",
          "");
    }
    return b.build();
  }

  private static List<String> touchpoints(Journeys js, int j) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = js.start(j); i < js.end(j); i++) {
      out.add(js.dictionaries().touchpoints().name(js.touchpoint(i)));
    }
    return out;
  }

  @Test
  void inactivityGapSplitsOnlyWhenStrictlyGreater() {
    EventDictionaries d = new EventDictionaries();
    long min = 60_000L;
    EventLog log = log(d, "a", 0, "x", "a", 30 * min, "y", "a", 60 * min + 1, "z");
    Journeys js =
        JourneyAssembler.assemble(
            log, SplitRules.none().withInactivityGap(Duration.ofMinutes(30)), TieBreak.ARRIVAL);
    assertEquals(2, js.count());
    assertEquals(List.of("x", "y"), touchpoints(js, 0));
    assertEquals(List.of("z"), touchpoints(js, 1));
  }

  @Test
  void unsortedInputIsOrderedByCustomerTimeThenArrival() {
    EventDictionaries d = new EventDictionaries();
    EventLog log =
        log(d, "b", 5, "late", "a", 3, "a3", "b", 1, "early", "a", 3, "a3bis", "a", 1, "a1");
    Journeys js = JourneyAssembler.assemble(log, SplitRules.none(), TieBreak.ARRIVAL);
    assertEquals(List.of("late", "early"), List.of("late", "early")); // customer b first seen first
    assertEquals(List.of("early", "late"), touchpoints(js, 0));
    assertEquals(List.of("a1", "a3", "a3bis"), touchpoints(js, 1));
  }

  @Test
  void contentTieBreakOrdersIdenticalTimestampsByName() {
    EventDictionaries d = new EventDictionaries();
    EventLog log = log(d, "a", 3, "zeta", "a", 3, "alpha", "a", 1, "first");
    Journeys js = JourneyAssembler.assemble(log, SplitRules.none(), TieBreak.CONTENT);
    assertEquals(List.of("first", "alpha", "zeta"), touchpoints(js, 0));
  }

  @Test
  void goalEndsJourneyAndMarksConversion() {
    EventDictionaries d = new EventDictionaries();
    EventLog log = log(d, "a", 1, "ad", "a", 2, "order", "a", 3, "support");
    SplitRules rules = SplitRules.none().withGoal(EventFilter.types(d, "order"), true);
    Journeys js = JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL);
    assertEquals(2, js.count());
    assertTrue(js.converted(0));
    assertEquals(1, js.conversionIndex(0));
    assertFalse(js.converted(1));
    assertArrayEquals(new int[] {0, 2, 3}, js.offsets());
  }

  @Test
  void boundaryEventStartsANewJourneyAndMaxDurationCaps() {
    EventDictionaries d = new EventDictionaries();
    EventLog log = log(d, "a", 0, "x", "a", 10, "login", "a", 20, "y", "a", 1_000, "z");
    SplitRules rules =
        SplitRules.none()
            .withBoundary(EventFilter.touchpoints(d, "login"))
            .withMaxDuration(Duration.ofMillis(500));
    Journeys js = JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL);
    assertEquals(3, js.count());
    assertEquals(List.of("login", "y"), touchpoints(js, 1));
    assertEquals(List.of("z"), touchpoints(js, 2));
  }

  @Test
  void streamingAssemblerRefusesUnsortedInputBeforeChangingState() {
    List<Integer> lengths = new java.util.ArrayList<>();
    StreamingAssembler asm =
        new StreamingAssembler(SplitRules.none(), j -> lengths.add(j.length()));
    asm.accept(0, 10, 0, 0, 0, 0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> asm.accept(0, 5, 0, 0, 0, 0));
    assertTrue(e.getMessage().contains("time must not decrease"), e.getMessage());
    asm.accept(1, 1, 0, 0, 0, 0);
    e = assertThrows(IllegalArgumentException.class, () -> asm.accept(0, 20, 0, 0, 0, 0));
    assertTrue(e.getMessage().contains("must be contiguous"), e.getMessage());
    asm.finish();
    assertEquals(List.of(1, 1), lengths);
    assertEquals(2, asm.events());
  }

  @Test
  void splitRulesRejectBadValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SplitRules.none().withInactivityGap(Duration.ofMinutes(-5)));
    assertTrue(
        e.getMessage().contains("inactivityGap must be positive, was PT-5M"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SplitRules(1, 1, null, true, null));
  }

  /** Seeded randomised comparison with the naive oracle: split rules, ties, out-of-order input. */
  @Test
  void matchesNaiveOracleOnRandomLogs() {
    Random r = new Random(20261122);
    for (int round = 0; round < 300; round++) {
      int maxEvents = round % 5 == 0 ? 200 : 12; // >16 events exercise the packed-key sort
      EventLog log =
          JourneyTesting.randomLog(r.nextLong(), 1 + r.nextInt(30), maxEvents, r.nextBoolean());
      SplitRules rules = JourneyTesting.randomRules(r, log.dictionaries());
      TieBreak tb = r.nextBoolean() ? TieBreak.ARRIVAL : TieBreak.CONTENT;
      assertSame(
          JourneyTesting.assembleNaively(log, rules, tb),
          JourneyAssembler.assemble(log, rules, tb),
          "round " + round);
    }
  }

  @Test
  void wideTimeSpansFallBackToTheStableMergeSort() {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    Random r = new Random(3);
    for (int i = 0; i < 100; i++) {
      long t =
          r.nextBoolean() ? Long.MIN_VALUE / 2 + r.nextInt(5) : Long.MAX_VALUE / 2 - r.nextInt(5);
      b.add("c", t, "t" + i, "", "", "");
    }
    EventLog log = b.build();
    assertSame(
        JourneyTesting.assembleNaively(log, SplitRules.none(), TieBreak.ARRIVAL),
        JourneyAssembler.assemble(log, SplitRules.none(), TieBreak.ARRIVAL),
        "wide");
  }

  static void assertSame(List<OracleJourney> expected, Journeys actual, String what) {
    assertEquals(expected.size(), actual.count(), what + ": journey count");
    for (int j = 0; j < expected.size(); j++) {
      OracleJourney o = expected.get(j);
      assertEquals(o.customer(), actual.customer(j), what);
      assertEquals(o.conversionIndex(), actual.conversionIndex(j), what);
      assertEquals(o.events().size(), actual.length(j), what + ": journey " + j);
      for (int k = 0; k < o.events().size(); k++) {
        Ev e = o.events().get(k);
        int i = actual.start(j) + k;
        assertEquals(e.time(), actual.time(i), what);
        assertEquals(e.tp(), actual.touchpoint(i), what);
        assertEquals(e.ch(), actual.channel(i), what);
        assertEquals(e.ty(), actual.type(i), what);
        assertEquals(e.st(), actual.stage(i), what);
      }
    }
  }
}
