package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.experience.EmotionScale;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.survey.Scale;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * Observed emotions and interaction scores of an event log enter the hotspot score (issue 12 item
 * 2): a step with planted bad CSAT answers ranks higher than without them, and its valence, n and
 * interval agree with an independent calculation from the planted answers.
 */
class ObservedFeedbackHotspotsTest {
  private static final JourneyMap MAP = EffectMaps.linear();
  private static final StepMatcher MATCHER = StepMatcher.byTouchpoint(MAP);
  private static final CsvFormat PLAIN =
      CsvFormat.of("customer", "time", "touchpoint")
          .withChannel("channel")
          .withTimeFormat(TimeFormat.epochSeconds());
  private static final CsvFormat WITH_FEEDBACK =
      PLAIN.withScore("csat", Scale.csat5()).withEmotion("emotion", EmotionScale.VALENCE);

  /** The simulated log and, per step, the valences of the answers planted there. */
  private static final class Log {
    final String csv;
    final Map<String, List<Double>> planted = new java.util.HashMap<>();

    /**
     * 3,000 customers walk s1 to s5 (the goal), dropping off 8 % at each step and 14 % at s4; at s2
     * half answer CSAT 1 (bad), at s1, s3 and s4 a third answer 4-5; at s3 a fifth record an
     * emotion of +0.5; a touchpoint off the map ("transfer", after s3 for 10 %) carries emotion
     * -0.3.
     */
    Log(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      StringBuilder b = new StringBuilder("customer,time,touchpoint,channel,csat,emotion\n");
      String[] steps = {"s1", "s2", "s3", "s4", "s5"};
      for (int c = 0; c < 3000; c++) {
        long t = 1_000_000L + 1000L * c;
        for (int k = 0; k < steps.length; k++) {
          String csat = "";
          String emotion = "";
          if (k < 4 && r.nextDouble() < (k == 1 ? 0.5 : 1.0 / 3)) {
            int score = k == 1 ? 1 : 4 + r.nextInt(2);
            csat = Integer.toString(score);
            plant(steps[k], (score - 3) / 2.0); // 2 * goodness - 1 on 1..5
          }
          if (k == 2 && r.nextDouble() < 0.2) {
            emotion = "0.5";
            plant(steps[k], 0.5);
          }
          b.append('c').append(c).append(',').append(t + 60L * k).append(',').append(steps[k]);
          b.append(",web,").append(csat).append(',').append(emotion).append('\n');
          if (k == 2 && r.nextDouble() < 0.1) {
            b.append('c')
                .append(c)
                .append(',')
                .append(t + 60L * k + 30)
                .append(",transfer,phone,,");
            b.append("-0.3\n");
            plant("transfer", -0.3);
          }
          if (k < 4 && r.nextDouble() < (k == 3 ? 0.14 : 0.08)) {
            break;
          }
        }
      }
      csv = b.toString();
    }

    private void plant(String item, double valence) {
      planted.computeIfAbsent(item, k -> new ArrayList<>()).add(valence);
    }
  }

  static Journeys read(String csv, CsvFormat format) {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    try {
      CsvEventReader.of(format, RejectPolicy.failFast())
          .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "fb.csv", d, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return JourneyAssembler.assemble(
        b.build(),
        SplitRules.none().withGoal(EventFilter.touchpoints(d, "s5"), true),
        TieBreak.ARRIVAL);
  }

  private static int rank(List<Hotspot> hot, String item) {
    for (int i = 0; i < hot.size(); i++) {
      if (hot.get(i).item().equals(item)) {
        return i;
      }
    }
    throw new AssertionError(item + " not ranked: " + hot);
  }

  private static Hotspot hotspot(List<Hotspot> hot, String item) {
    return hot.get(rank(hot, item));
  }

  @Test
  void aStepWithBadScoresRanksHigherThanWithoutThem() {
    Log log = new Log(21);
    List<Hotspot> without = Hotspots.rank(MomentsOfTruth.detect(read(log.csv, PLAIN), MATCHER));
    List<Hotspot> with =
        Hotspots.rank(MomentsOfTruth.detect(read(log.csv, WITH_FEEDBACK), MATCHER));
    assertEquals("s4", without.get(0).item(), without.toString()); // the highest drop-off
    assertTrue(rank(without, "s2") > 0, without.toString());
    assertEquals("s2", with.get(0).item(), with.toString());
    assertTrue(hotspot(without, "s2").feedback().isEmpty());
    // the steps with good answers gain no emotion component
    assertEquals(hotspot(without, "s4").score(), hotspot(with, "s4").score(), 1e-12);
  }

  @Test
  void valenceNAndIntervalAgreeWithAnIndependentCalculation() {
    Log log = new Log(22);
    List<Hotspot> hot = Hotspots.rank(MomentsOfTruth.detect(read(log.csv, WITH_FEEDBACK), MATCHER));
    for (String item : List.of("s1", "s2", "s3", "s4", "transfer")) {
      List<Double> v = log.planted.get(item);
      int n = v.size();
      double mean = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
      double se = Math.sqrt(ss / (n - 1) / n);
      double t = new TDistribution(n - 1.0).inverseCumulativeProbability(0.975);
      StepFeedback f = hotspot(hot, item).feedback().orElseThrow();
      assertEquals(n, f.responses(), item);
      assertEquals(mean, f.meanValence(), 1e-12, item);
      Interval i = f.interval().orElseThrow();
      assertEquals(Math.max(-1, mean - t * se), i.lower(), 1e-7, item);
      assertEquals(Math.min(1, mean + t * se), i.upper(), 1e-7, item);
      assertTrue(hotspot(hot, item).explain().contains("(n " + n), hotspot(hot, item).explain());
    }
    // every transfer feels -0.3 and every answer at s2 is CSAT 1: no spread, the interval is the
    // point
    StepFeedback transfer = hotspot(hot, "transfer").feedback().orElseThrow();
    assertEquals(-0.3, transfer.interval().orElseThrow().lower(), 1e-7);
    assertEquals(-1, hotspot(hot, "s2").feedback().orElseThrow().meanValence(), 1e-12);
    assertTrue(hotspot(hot, "s5").feedback().isEmpty(), "no answers at s5");
  }

  @Test
  void feedbackGivenByTheCallerReplacesTheLogsForItsItems() {
    Log log = new Log(23);
    MomentsOfTruth mots = MomentsOfTruth.detect(read(log.csv, WITH_FEEDBACK), MATCHER);
    List<Hotspot> hot =
        Hotspots.rank(
            mots, Map.of("s2", new StepFeedback("s2", 0.9, 40)), HotspotWeights.standard());
    StepFeedback s2 = hotspot(hot, "s2").feedback().orElseThrow();
    assertEquals(0.9, s2.meanValence());
    assertEquals(40, s2.responses());
    assertTrue(s2.interval().isEmpty());
    assertEquals(
        log.planted.get("s3").size(), hotspot(hot, "s3").feedback().orElseThrow().responses());
  }
}
