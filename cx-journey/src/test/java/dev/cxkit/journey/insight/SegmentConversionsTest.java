package dev.cxkit.journey.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.events.TimeFormat;
import dev.cxkit.metrics.stats.PValueAdjustment;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Conversion by segment (issue 12 item 3): counts, the comparison with the rest, Holm. */
class SegmentConversionsTest {
  private static final CsvFormat FORMAT =
      CsvFormat.of("customer", "time", "touchpoint")
          .withTimeFormat(TimeFormat.epochSeconds())
          .withSegment("segment");

  /** Journeys of customers in {@code segments} converting with {@code rates}; counts are kept. */
  private static final class Simulated {
    final long[] journeys;
    final long[] conversions;
    final Journeys js;

    Simulated(String[] segments, double[] rates, int perSegment, long seed) throws IOException {
      journeys = new long[segments.length];
      conversions = new long[segments.length];
      SplittableRandom r = new SplittableRandom(seed);
      StringBuilder csv = new StringBuilder("customer,time,touchpoint,segment\n");
      int customer = 0;
      for (int k = 0; k < perSegment * segments.length; k++) {
        int s = r.nextInt(segments.length);
        String c = "c" + customer++;
        // the segment is given on the first event only on some journeys, as logs do
        boolean onFirst = r.nextBoolean();
        csv.append(c).append(",10,visit,").append(onFirst ? segments[s] : "").append('\n');
        csv.append(c).append(",20,browse,").append(segments[s]).append('\n');
        journeys[s]++;
        if (r.nextDouble() < rates[s]) {
          conversions[s]++;
          csv.append(c).append(",30,buy,\n");
        }
      }
      csv.append("anonymous,10,visit,\n");
      EventDictionaries d = new EventDictionaries();
      EventLog.Builder b = EventLog.builder(d);
      CsvEventReader.of(FORMAT, RejectPolicy.failFast())
          .read(
              new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
              "sim.csv",
              d,
              b);
      EventLog log = b.build();
      SplitRules rules = SplitRules.none().withGoal(EventFilter.touchpoints(d, "buy"), true);
      js = JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL);
    }
  }

  @Test
  void countsRatesAndComparisonsAgreeWithAnIndependentCount() throws IOException {
    String[] names = {"family", "student", "business"};
    Simulated sim = new Simulated(names, new double[] {0.2, 0.2, 0.4}, 1500, 7);
    SegmentConversions s = SegmentConversions.of(sim.js, 0.95, PValueAdjustment.HOLM);
    assertEquals(1, s.journeysWithoutSegment(), "the anonymous journey");
    assertEquals(3, s.segments().size());
    long total = sim.journeys[0] + sim.journeys[1] + sim.journeys[2];
    long converted = sim.conversions[0] + sim.conversions[1] + sim.conversions[2];
    double[] p = new double[3];
    for (SegmentConversions.Segment g : s.segments()) {
      int k = java.util.Arrays.asList(names).indexOf(g.name());
      assertEquals(sim.journeys[k], g.journeys(), g.name());
      assertEquals(sim.conversions[k], g.conversions(), g.name());
      double rate = (double) sim.conversions[k] / sim.journeys[k];
      double rest = (double) (converted - sim.conversions[k]) / (total - sim.journeys[k]);
      assertEquals(rate, g.rate().estimate().orElseThrow(), 1e-15);
      assertTrue(
          g.rate().interval().orElseThrow().lower() < rate
              && rate < g.rate().interval().orElseThrow().upper());
      assertEquals(rate - rest, g.versusRest().difference(), 1e-12);
      assertEquals(sim.journeys[k], g.versusRest().nA());
      assertEquals(total - sim.journeys[k], g.versusRest().nB());
      p[s.segments().indexOf(g)] = g.versusRest().pValue();
    }
    // Holm (1979) by hand: sorted p-values times (m - rank), running maximum, capped at 1
    Integer[] order = {0, 1, 2};
    java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    double running = 0;
    for (int rank = 0; rank < 3; rank++) {
      running = Math.max(running, Math.min(1, (3 - rank) * p[order[rank]]));
      assertEquals(running, s.segments().get(order[rank]).adjustedPValue(), 1e-15);
    }
    SegmentConversions.Segment business =
        s.segments().stream().filter(g -> g.name().equals("business")).findFirst().orElseThrow();
    assertTrue(business.adjustedPValue() < 1e-6, "a planted 0.4 vs 0.2 is found: " + business);
    assertTrue(business.versusRest().difference() > 0.15);
  }

  @Test
  void withoutADifferenceHolmKeepsTheFamilyWiseErrorRate() throws IOException {
    // 200 seeded data sets with no difference between four segments: Holm rejects any null in at
    // most about 5 % of them (binomial sd 1.5 %); unadjusted tests would reject in ~15-19 %
    int anyRejected = 0;
    int anyRejectedUnadjusted = 0;
    String[] names = {"a", "b", "c", "d"};
    double[] rates = {0.3, 0.3, 0.3, 0.3};
    for (int seed = 0; seed < 200; seed++) {
      Simulated sim = new Simulated(names, rates, 150, 1000 + seed);
      SegmentConversions s = SegmentConversions.of(sim.js, 0.95, PValueAdjustment.HOLM);
      anyRejected += s.segments().stream().anyMatch(g -> g.adjustedPValue() < 0.05) ? 1 : 0;
      anyRejectedUnadjusted +=
          s.segments().stream().anyMatch(g -> g.versusRest().pValue() < 0.05) ? 1 : 0;
    }
    assertTrue(anyRejected <= 18, "Holm family-wise rejections in 200: " + anyRejected);
    assertTrue(
        anyRejectedUnadjusted > anyRejected,
        "unadjusted " + anyRejectedUnadjusted + " vs Holm " + anyRejected);
  }

  @Test
  void logsWithoutSegmentsOrWithOneAreRefused() throws IOException {
    Simulated one = new Simulated(new String[] {"only"}, new double[] {0.5}, 50, 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SegmentConversions.of(one.js));
    assertTrue(e.getMessage().contains("at least 2 segments"), e.getMessage());
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    b.add("c", 1000, "visit", "", "", "");
    Journeys plain = JourneyAssembler.assemble(b.build(), SplitRules.none(), TieBreak.ARRIVAL);
    e = assertThrows(IllegalArgumentException.class, () -> SegmentConversions.of(plain));
    assertTrue(e.getMessage().contains("segment attribute"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SegmentConversions.of(one.js, 1.0, PValueAdjustment.HOLM));
  }
}
