package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The serializable rules become cx-journey's SplitRules; row readers and reports behave. */
class JourneyRulesTest {

  @Test
  void becomeCxJourneysRulesAfterSerialization() throws IOException, ClassNotFoundException {
    JourneyRules rules =
        JourneyRules.none()
            .withInactivityGap(Duration.ofMinutes(30))
            .withMaxDuration(Duration.ofDays(2))
            .withGoal(Dimension.TYPE, true, "order")
            .withBoundary(Dimension.TOUCHPOINT, "home");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buf)) {
      out.writeObject(rules);
    }
    JourneyRules copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(buf.toByteArray()))) {
      copy = (JourneyRules) in.readObject();
    }
    assertEquals(rules, copy);
    EventDictionaries dict = new EventDictionaries();
    SplitRules s = copy.toSplitRules(dict);
    assertEquals(30 * 60_000L, s.inactivityGapMillis());
    assertEquals(2 * 86_400_000L, s.maxDurationMillis());
    assertTrue(s.endAtGoal());
    int order = dict.types().id("order");
    assertTrue(s.goal().matches(0, 0, order, 0));
    assertTrue(s.boundary().matches(dict.touchpoints().id("home"), 0, 0, 0));
    SplitRules none = JourneyRules.none().toSplitRules(new EventDictionaries());
    assertEquals(SplitRules.none(), none);
    assertNull(none.goal());
  }

  @Test
  void invalidRulesAreRefusedWithCxJourneysMessages() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JourneyRules.none().withInactivityGap(Duration.ZERO));
    assertTrue(e.getMessage().contains("inactivityGap"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new JourneyRules(1, 1, Dimension.TYPE, List.of(), false, null, List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> EventColumns.of("customer", " ", "touchpoint"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TransactionColumns.of("c", "d", "a").withDatePattern("yyyy-MM-dd'"));
    assertThrows(IllegalArgumentException.class, () -> ClvScoring.horizon(0));
    assertThrows(IllegalArgumentException.class, () -> new ClvScoring(Double.NaN, null));
  }

  @Test
  void timesAreReadAsEpochMillisOrIsoInstants() {
    assertEquals(1_700_000_000_000L, SparkJourneys.parseTime(" 1700000000000 "));
    assertEquals(0L, SparkJourneys.parseTime("1970-01-01T00:00:00Z"));
    assertEquals(1_500L, SparkJourneys.parseTime("1970-01-01T00:00:01.5Z"));
    assertNull(SparkJourneys.parseTime("yesterday"));
    assertNull(SparkJourneys.parseTime(""));
    assertNull(SparkJourneys.parseTime(null));
  }

  @Test
  void reportsMergeCountsAndKeepFewExamples() {
    RejectionCounter a = new RejectionCounter();
    for (int i = 0; i < 7; i++) {
      int k = i;
      a.reject("missing customer", () -> "row " + k);
    }
    RejectionCounter b = new RejectionCounter();
    b.reject("unparsable time", () -> "row x");
    b.reject("missing customer", () -> "row y");
    a.merge(b);
    RejectionReport r = a.value();
    assertEquals(8, r.count("missing customer"));
    assertEquals(1, r.count("unparsable time"));
    assertEquals(9, r.total());
    assertEquals(RejectionReport.MAX_EXAMPLES, r.examples("missing customer").size());
    assertEquals(List.of("row x"), r.examples("unparsable time"));
    assertEquals(r, RejectionReport.empty().plus(r));
    assertEquals(0, r.count("score off the scale"));
    assertTrue(r.toString().startsWith("missing customer: 8 (e.g. row 0;"), r.toString());
    RejectionCounter copy = (RejectionCounter) a.copy();
    a.reset();
    assertTrue(a.isZero());
    assertEquals(9, copy.value().total());
  }
}
