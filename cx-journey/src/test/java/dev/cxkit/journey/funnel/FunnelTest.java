package dev.cxkit.journey.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.Wilson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FunnelTest {

  private static Funnel clickCartOrder(EventDictionaries d, FunnelOrdering o, Duration window) {
    return Funnel.of(
        List.of(
            new Checkpoint("click", EventFilter.touchpoints(d, "click")),
            new Checkpoint("cart", EventFilter.touchpoints(d, "cart")),
            new Checkpoint("order", EventFilter.touchpoints(d, "order"))),
        o,
        window);
  }

  private static List<Long> reached(FunnelResult r) {
    return r.steps().stream().map(FunnelStep::reached).toList();
  }

  @Test
  void strictAndLooseOrdering() {
    Journeys js =
        JourneyTesting.journeys("click cart order", "click view cart", "cart click", "view");
    EventDictionaries d = js.dictionaries();
    FunnelResult loose = clickCartOrder(d, FunnelOrdering.LOOSE, null).analyze(js);
    assertEquals(List.of(3L, 2L, 1L), reached(loose));
    assertEquals(1, loose.steps().get(0).droppedOff());
    assertEquals(2.0 / 3, loose.steps().get(1).conversionFromPrevious(), 1e-15);
    assertEquals(0.5, loose.steps().get(2).conversionFromPrevious(), 1e-15);
    assertEquals(1.0 / 3, loose.overallConversion(), 1e-15);
    assertEquals(120_000.0, loose.steps().get(1).timeFromPrevious().max()); // click, view, cart
    FunnelResult strict = clickCartOrder(d, FunnelOrdering.STRICT, null).analyze(js);
    assertEquals(List.of(3L, 1L, 1L), reached(strict));
  }

  @Test
  void windowCountsFromTheFirstStepAndLaterStartsMayDoBetter() {
    // click at 0, click at 1 min, cart at 2 min, order at 3 min; a 90 s window only fits the
    // later start (1 min .. 2 min) for two steps
    Journeys js = JourneyTesting.journeys("click click cart order");
    FunnelResult r =
        clickCartOrder(js.dictionaries(), FunnelOrdering.LOOSE, Duration.ofSeconds(90)).analyze(js);
    assertEquals(List.of(1L, 1L, 0L), reached(r));
    assertEquals(60_000.0, r.steps().get(1).timeFromPrevious().median());
  }

  @Test
  void wilsonAndNewcombeGoldenValues() {
    // Brown, Cai & DasGupta (2001): 18 of 20, Wilson 95% [0.6990, 0.9721]
    Interval w = Wilson.interval(18, 20, 0.95);
    assertEquals(0.6990, w.lower(), 5e-5);
    assertEquals(0.9721, w.upper(), 5e-5);
    // Newcombe (1998), Stat Med 17:873-890, Table II example (a): 56/70 vs 48/80, method 10
    // (hybrid score from Wilson intervals): difference 0.2000, 95% CI [0.0524, 0.3339]
    FunnelResult.StepDifference diff =
        FunnelResult.StepDifference.newcombe(
            "s",
            56.0 / 70,
            Wilson.interval(56, 70, 0.95),
            48.0 / 80,
            Wilson.interval(48, 80, 0.95));
    assertEquals(0.2, diff.difference(), 1e-12);
    assertEquals(0.0524, diff.lower(), 5e-5);
    assertEquals(0.3339, diff.upper(), 5e-5);
  }

  @Test
  void badFunnelsAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Funnel.of(List.of(), FunnelOrdering.LOOSE, null));
    assertEquals("funnel steps must not be empty, was 0 steps", e.getMessage());
    EventDictionaries d = new EventDictionaries();
    Checkpoint a = new Checkpoint("a", EventFilter.types(d, "x"));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Funnel.of(List.of(a, a), FunnelOrdering.LOOSE, null));
    assertEquals("funnel step names must be distinct, was 'a' twice", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Funnel.of(List.of(a), FunnelOrdering.LOOSE, Duration.ZERO));
    assertEquals("funnel window must be positive, was PT0S", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> new Checkpoint(" ", EventFilter.types(d, "x")));
    assertEquals("checkpoint name must not be blank, was ' '", e.getMessage());
  }

  @Test
  void segmentsAndTheirComparison() {
    Journeys js =
        JourneyTesting.journeys("click cart order", "click", "click cart", "click cart order");
    Funnel f = clickCartOrder(js.dictionaries(), FunnelOrdering.LOOSE, null);
    Map<String, FunnelResult> bySeg = f.analyzeBySegment(js, c -> c % 2 == 0 ? "even" : "odd");
    assertEquals(List.of(2L, 2L, 1L), reached(bySeg.get("even")));
    assertEquals(List.of(2L, 1L, 1L), reached(bySeg.get("odd")));
    List<FunnelResult.StepDifference> d = bySeg.get("even").compareTo(bySeg.get("odd"));
    assertEquals(0.5, d.get(1).difference(), 1e-15);
    // merging segment counters equals the whole
    Funnel.Counter a = f.counter();
    Funnel.Counter b = f.counter();
    int[] n = {0};
    js.forEach(j -> (n[0]++ % 2 == 0 ? a : b).journey(j));
    assertEquals(reached(f.analyze(js)), reached(a.addAll(b).snapshot()));
  }

  /** Seeded comparison with a naive oracle: exhaustive search over index sequences. */
  @Test
  void depthMatchesExhaustiveOracle() {
    Random r = new Random(17);
    for (int round = 0; round < 40; round++) {
      EventLog log = JourneyTesting.randomLog(r.nextLong(), 30, 9, true);
      Journeys js = JourneyAssembler.assemble(log, SplitRules.none(), TieBreak.ARRIVAL);
      EventDictionaries d = log.dictionaries();
      List<Checkpoint> steps = new ArrayList<>();
      String[] names = {"search", "product", "cart", "checkout", "order", "call", "email"};
      int k = 1 + r.nextInt(4);
      for (int s = 0; s < k; s++) {
        steps.add(
            new Checkpoint("s" + s, EventFilter.touchpoints(d, names[r.nextInt(names.length)])));
      }
      FunnelOrdering o = r.nextBoolean() ? FunnelOrdering.LOOSE : FunnelOrdering.STRICT;
      Duration window = r.nextBoolean() ? null : Duration.ofMinutes(1 + r.nextInt(120));
      Funnel f = Funnel.of(steps, o, window);
      long[] times = new long[k];
      long w = window == null ? Long.MAX_VALUE : window.toMillis();
      FunnelMatcher m = f.matcher();
      js.forEach(
          j -> {
            m.match(j, times);
            assertEquals(oracleDepth(j, steps, o, w, -1, 0, 0), m.depth);
          });
    }
  }

  private static int oracleDepth(
      JourneyView j,
      List<Checkpoint> steps,
      FunnelOrdering o,
      long window,
      int last,
      int step,
      long t0) {
    if (step == steps.size()) {
      return step;
    }
    int best = step;
    for (int i = last + 1; i < j.length(); i++) {
      if (o == FunnelOrdering.STRICT && step > 0 && i != last + 1) {
        break;
      }
      if (step > 0 && j.time(i) - t0 > window) {
        continue;
      }
      if (steps.get(step).filter().matches(j.touchpoint(i), j.channel(i), j.type(i), j.stage(i))) {
        best =
            Math.max(
                best, oracleDepth(j, steps, o, window, i, step + 1, step == 0 ? j.time(i) : t0));
      }
    }
    return best;
  }
}
