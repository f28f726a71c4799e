package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.events.TimeFormat;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.map.JourneyMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The segment column of an event log in the effect strata (issue 12 item 1, "segment when given"):
 * a segment that drives both who receives a text message and who is resolved confounds the crude
 * estimate; read from the events' segment column it is adjusted for and the planted effect is
 * recovered. A segment that changes within a journey is refused.
 */
class SegmentStrataTest {
  private static final JourneyMap MAP =
      EffectMaps.map(
          "outage-short",
          List.of(
              EffectMaps.step("report-outage", "phone", false),
              EffectMaps.step("call-support", "phone", false),
              EffectMaps.step("resolved", "phone", true)));
  private static final StepMatcher MATCHER = StepMatcher.byTouchpoint(MAP);
  private static final CsvFormat FORMAT =
      CsvFormat.of("customer", "time", "touchpoint")
          .withChannel("channel")
          .withTimeFormat(TimeFormat.epochSeconds())
          .withSegment("segment");

  /** The planted effect of the text message on resolution, the same in every segment. */
  private static final double EFFECT = 0.15;

  /**
   * Customers of three kinds: business (text message 70 %, resolved 60 % without it), home (20 %,
   * 30 %) and customers the log gives no segment (40 %, 45 %); the text message adds {@link
   * #EFFECT} to resolution in each. The segment is written on some events of a journey only, as
   * logs do (never two different ones).
   */
  static String csv(int customers, long seed) {
    String[] names = {"business", "home", ""};
    double[] share = {0.475, 0.475, 0.05};
    double[] text = {0.7, 0.2, 0.4};
    double[] base = {0.6, 0.3, 0.45};
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder("customer,time,touchpoint,channel,segment\n");
    for (int c = 0; c < customers; c++) {
      double u = r.nextDouble();
      int s = u < share[0] ? 0 : u < share[0] + share[1] ? 1 : 2;
      long t = 1_000_000L + 10L * c;
      String id = "c" + c;
      b.append(id).append(',').append(t).append(",report-outage,phone,");
      b.append(r.nextBoolean() ? names[s] : "").append('\n');
      b.append(id).append(',').append(t + 1).append(",call-support,phone,");
      b.append(names[s]).append('\n');
      boolean exposed = r.nextDouble() < text[s];
      if (exposed) {
        b.append(id).append(',').append(t + 2).append(",text-message,sms,\n");
      }
      if (r.nextDouble() < base[s] + (exposed ? EFFECT : 0)) {
        b.append(id).append(',').append(t + 3).append(",resolved,phone,\n");
      }
    }
    return b.toString();
  }

  static Journeys read(String csv) {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    try {
      CsvEventReader.of(FORMAT, RejectPolicy.failFast())
          .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sim.csv", d, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EventLog log = b.build();
    SplitRules rules = SplitRules.none().withGoal(EventFilter.touchpoints(d, "resolved"), true);
    return JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL);
  }

  @Test
  void theSegmentColumnAdjustsAConfoundedEffectToThePlantedOne() {
    Journeys js = read(csv(20_000, 12));
    ExposureEffect crude = MomentsOfTruth.detect(js, MATCHER).effect("text-message").orElseThrow();
    // business customers get the message more often and are resolved more often anyway
    assertTrue(
        crude.riskDifference().getAsDouble() - EFFECT > 0.08,
        "the crude estimate is confounded by segment: " + crude);
    MomentsOfTruth adjusted =
        MomentsOfTruth.detect(js, MATCHER, EffectOptions.standard().withSegmentFromEvents());
    ExposureEffect e = adjusted.effect("text-message").orElseThrow();
    assertEquals(EFFECT, e.riskDifference().getAsDouble(), 0.03, e.toString());
    assertTrue(e.interval().orElseThrow().contains(EFFECT), e.toString());
    assertFalse(e.weak(), e.toString());
    assertEquals(List.of("touches so far", "segment"), adjusted.adjustedFor());
    assertEquals(List.of("touches so far"), MomentsOfTruth.detect(js, MATCHER).adjustedFor());
    assertTrue(adjusted.toString().contains("adjusted for touches so far, segment"));
  }

  @Test
  void theEventsSegmentIsTheSameAsTheSegmentGivenPerJourney() {
    Journeys js = read(csv(3_000, 5));
    int[] given = new int[js.count()];
    for (int j = 0; j < given.length; j++) {
      given[j] = -1;
      for (int i = js.start(j); i < js.end(j); i++) {
        given[j] = Math.max(given[j], js.attributes().segment(i));
      }
    }
    ExposureEffect fromEvents =
        MomentsOfTruth.detect(js, MATCHER, EffectOptions.standard().withSegmentFromEvents())
            .effect("text-message")
            .orElseThrow();
    ExposureEffect perJourney =
        MomentsOfTruth.detect(js, MATCHER, EffectOptions.standard().withSegments(given))
            .effect("text-message")
            .orElseThrow();
    assertEquals(perJourney.toString(), fromEvents.toString());
  }

  @Test
  void aSegmentThatChangesWithinAJourneyIsRefusedByBothAnalyses() {
    String csv =
        "customer,time,touchpoint,channel,segment\n"
            + "a,1,report-outage,phone,home\n"
            + "a,2,call-support,phone,\n"
            + "a,3,resolved,phone,home\n"
            + "b,1,report-outage,phone,home\n"
            + "b,2,call-support,phone,business\n";
    Journeys js = read(csv);
    String expected =
        "segment of the journey of customer 'b' must be one value, was 'home' at its event 1 and"
            + " 'business' at its event 2; rule: a segment or persona describes the customer for"
            + " the whole journey (it is history before every exposure), so it may not change"
            + " within one";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MomentsOfTruth.detect(
                    js, MATCHER, EffectOptions.standard().withSegmentFromEvents()));
    assertEquals(expected, e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SegmentConversions.of(js));
    assertEquals(expected, e.getMessage());
  }

  @Test
  void theEventsSegmentNeedsASegmentColumn() {
    Journeys none = TruthSimulator.of(MAP).simulate(50, 1).journeys(); // no attributes at all
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MomentsOfTruth.detect(
                    none, MATCHER, EffectOptions.standard().withSegmentFromEvents()));
    assertEquals(
        "journeys must carry a segment attribute (read the events with a segment column), had"
            + " none",
        e.getMessage());
    assertTrue(EffectOptions.standard().withSegmentFromEvents().adjustsForSegment());
    assertFalse(
        EffectOptions.standard()
            .withSegmentFromEvents()
            .withSegments(new int[0])
            .toString()
            .contains("segments=false"));
    assertFalse(EffectOptions.standard().adjustsForSegment());
  }
}
