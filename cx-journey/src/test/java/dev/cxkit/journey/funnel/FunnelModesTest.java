package dev.cxkit.journey.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.metrics.stats.MultipleComparisons;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exclusions, any order, step windows, time to convert and the breakdown, by hand. */
class FunnelModesTest {

  private static Funnel searchCartOrder(EventDictionaries d, FunnelOrdering o) {
    return Funnel.of(
        List.of(
            new Checkpoint("search", EventFilter.touchpoints(d, "search")),
            new Checkpoint("cart", EventFilter.touchpoints(d, "cart")),
            new Checkpoint("order", EventFilter.touchpoints(d, "order"))),
        o,
        null);
  }

  private static List<Long> reached(FunnelResult r) {
    return r.steps().stream().map(FunnelStep::reached).toList();
  }

  @Test
  void anExclusionRemovesTheJourneyFromEveryStepOnlyInsideItsRange() {
    Journeys js =
        JourneyTesting.journeys(
            "search call cart order", // call between search and cart: excluded
            "search cart call order", // call between cart and order: counted for a 0..1 range
            "call search cart order", // call before the range: counted
            "search cart", // no call: counted, drops at order
            "search call"); // stopped after search, then called: excluded
    EventDictionaries d = js.dictionaries();
    FunnelExclusion call = new FunnelExclusion("call", EventFilter.touchpoints(d, "call"), 0, 1);
    FunnelResult r = searchCartOrder(d, FunnelOrdering.LOOSE).withExclusion(call).analyze(js);
    assertEquals(5, r.journeys());
    assertEquals(2, r.excluded());
    assertEquals(List.of(3L, 3L, 2L), reached(r));
    assertEquals(1.0, r.steps().get(0).conversionFromPrevious(), 1e-15); // over the 3 kept
    // the same call over the whole funnel also removes the second journey
    FunnelResult all =
        searchCartOrder(d, FunnelOrdering.LOOSE)
            .withExclusion(FunnelExclusion.anywhere("call", EventFilter.touchpoints(d, "call"), 3))
            .analyze(js);
    assertEquals(3, all.excluded());
    assertEquals(List.of(2L, 2L, 1L), reached(all));
  }

  @Test
  void anyOrderCountsDistinctStepsInTheWindow() {
    Journeys js =
        JourneyTesting.journeys("cart search order", "order", "cart x x x search", "email");
    EventDictionaries d = js.dictionaries();
    FunnelResult r = searchCartOrder(d, FunnelOrdering.ANY_ORDER).analyze(js);
    // "order" ends a journey (the goal), so "cart search order" is one journey of 3 steps
    assertEquals(List.of(3L, 2L, 1L), reached(r));
    // steps completed at minute 0 and 1 (first journey) and 0 and 4 (third)
    assertEquals(60_000.0, r.steps().get(1).timeFromStart().min());
    assertEquals(240_000.0, r.steps().get(1).timeFromStart().max());
    assertEquals(150_000.0, r.steps().get(1).timeFromStart().median());
    FunnelResult windowed =
        Funnel.of(
                searchCartOrder(d, FunnelOrdering.ANY_ORDER).steps(),
                FunnelOrdering.ANY_ORDER,
                Duration.ofMinutes(3))
            .analyze(js);
    assertEquals(List.of(3L, 1L, 1L), reached(windowed));
  }

  @Test
  void aStepWindowCanNeedALaterMatchOfThePreviousStep() {
    // search 0, cart 1 min, cart 5 min, order 10 min: the order is within 6 minutes of the
    // second cart only, so the chain takes it (greedy earliest matching would miss the order)
    Journeys js = JourneyTesting.journeys("search cart x x x cart x x x x order");
    EventDictionaries d = js.dictionaries();
    FunnelResult r =
        searchCartOrder(d, FunnelOrdering.LOOSE)
            .withStepWindow(2, Duration.ofMinutes(6))
            .analyze(js);
    assertEquals(List.of(1L, 1L, 1L), reached(r));
    assertEquals(300_000.0, r.steps().get(2).timeFromPrevious().median());
    assertEquals(600_000.0, r.steps().get(2).timeFromStart().median());
    FunnelResult tight =
        searchCartOrder(d, FunnelOrdering.LOOSE)
            .withStepWindow(2, Duration.ofMinutes(4))
            .analyze(js);
    assertEquals(List.of(1L, 1L, 0L), reached(tight));
  }

  @Test
  void badFunnelOptionsAreRefusedNamingTheValueAndRule() {
    EventDictionaries d = new EventDictionaries();
    Funnel f = searchCartOrder(d, FunnelOrdering.LOOSE);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                f.withExclusion(
                    new FunnelExclusion("again", EventFilter.touchpoints(d, "cart"), 0, 2)));
    assertEquals(
        "exclusion 'again' (touchpoint in [cart]) must not match funnel step 'cart' (touchpoint in"
            + " [cart]) of its range 0..2",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> f.withExclusion(new FunnelExclusion("x", EventFilter.types(d, "x"), 1, 3)));
    assertEquals("exclusion 'x' toStep must be below the 3 funnel steps, was 3", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new FunnelExclusion("x", EventFilter.types(d, "x"), 2, 2));
    assertEquals(
        "exclusion 'x' steps must satisfy 0 <= fromStep < toStep, was 2 to 2", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> f.withStepWindow(0, Duration.ofMinutes(1)));
    assertEquals(
        "step window step must be in 1..2 (the first step has no previous step), was 0",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> f.withStepWindow(1, Duration.ofMinutes(-1)));
    assertEquals("window of step 'cart' must be positive, was PT-1M", e.getMessage());
    Funnel any = searchCartOrder(d, FunnelOrdering.ANY_ORDER);
    e =
        assertThrows(
            IllegalArgumentException.class, () -> any.withStepWindow(1, Duration.ofMinutes(1)));
    assertEquals("step windows need an ordered funnel, was ANY_ORDER for step 1", e.getMessage());
  }

  @Test
  void breakdownComparesWithTheReferenceAndAdjustsByHolm() {
    // two segments, "a" 4 entrants of which 3 reach the cart and 2 the order, "b" 2 entrants
    Journeys js =
        JourneyTesting.journeys(
            "search@a cart order",
            "search@a cart order",
            "search@a cart",
            "search@a",
            "search@b",
            "search@b cart");
    EventDictionaries d = js.dictionaries();
    FunnelBreakdown b =
        searchCartOrder(d, FunnelOrdering.LOOSE)
            .breakdown(js, j -> d.channels().name(j.channel(0)), null);
    assertEquals("a", b.reference()); // most entrants
    assertEquals(List.of(2L, 1L, 0L), reached(b.segments().get("b")));
    assertEquals(2, b.comparisons().size());
    FunnelBreakdown.SegmentComparison cart = b.comparisons().get(0);
    assertEquals("cart", cart.step());
    assertEquals(0.5 - 0.75, cart.difference(), 1e-15);
    double[] p = {
      FunnelBreakdown.pValue(b.segments().get("b"), b.segments().get("a"), 1),
      FunnelBreakdown.pValue(b.segments().get("b"), b.segments().get("a"), 2)
    };
    double[] holm = MultipleComparisons.holm(p);
    assertEquals(holm[0], cart.adjustedPValue(), 1e-15);
    assertEquals(holm[1], b.comparisons().get(1).adjustedPValue(), 1e-15);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                searchCartOrder(d, FunnelOrdering.LOOSE)
                    .breakdown(js, j -> d.channels().name(j.channel(0)), "c"));
    assertEquals(
        "breakdown reference 'c' must be one of the segments [a, b] (no journey has it)",
        e.getMessage());
  }

  @Test
  void pooledTwoProportionTestMatchesAnIndependentCalculation() {
    // Newcombe's (1998) example (a), 56/70 vs 48/80: pooled p = 104/150, z = 2.65017, two-sided
    // p = erfc(z / sqrt 2) = 0.0080451 (computed independently; R: prop.test(c(56, 48), c(70, 80),
    // correct = FALSE) gives X-squared = z^2 = 7.0234, p-value = 0.008045)
    EventDictionaries d = new EventDictionaries();
    Checkpoint in = new Checkpoint("in", EventFilter.touchpoints(d, "in"));
    Checkpoint out = new Checkpoint("out", EventFilter.touchpoints(d, "out"));
    FunnelResult a = result(List.of(in, out), 70, 56);
    FunnelResult b = result(List.of(in, out), 80, 48);
    assertEquals(0.0080451, FunnelBreakdown.pValue(a, b, 1), 5e-8);
  }

  private static FunnelResult result(List<Checkpoint> cps, long entered, long converted) {
    StepTimes none = new StepTimes(2);
    return FunnelResult.of(cps, entered, 0, new long[] {entered, converted}, none, none, 0.95);
  }
}
