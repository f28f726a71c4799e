package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.markov.Repeats;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.paths.PathTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkovAttributionTest {

  private static MarkovResult exact(PathTable t, int order) {
    return MarkovAttribution.builder().order(order).build().analyze(t);
  }

  private static MarkovResult prefixes(PathTable t, int order) {
    return MarkovAttribution.builder()
        .order(order)
        .states(StateConstruction.PREFIXES)
        .build()
        .analyze(t);
  }

  /**
   * A path with a cycle, solved by hand. Paths: a > b > a (1 conversion), a (1 null). Counts: start
   * → a 2; a → b 1, a → conv 1, a → null 1; b → a 1. P(a) = 1/3 + P(b)/3 and P(b) = P(a), so P(a) =
   * 1/2 = P(conv). Without b: P = 1/3, RE(b) = 1/3; without a: P = 0, RE(a) = 1. Credits 1 × RE /
   * (4/3): a 3/4, b 1/4.
   */
  @Test
  void cycleByHand() {
    PathTable t =
        PathTable.builder()
            .add(List.of("a", "b", "a"), 1, 4.0, 0)
            .add(List.of("a"), 0, 0, 1)
            .build();
    MarkovResult m = exact(t, 1);
    assertEquals(0.5, m.conversionProbability(), 1e-14);
    assertEquals(1.0, m.removalEffect("a"), 1e-14);
    assertEquals(1.0 / 3, m.removalEffect("b"), 1e-14);
    assertEquals(0.75, m.attribution().conversions("a"), 1e-14);
    assertEquals(0.25, m.attribution().conversions("b"), 1e-14);
    assertEquals(2.0, m.expectedValue(), 1e-13); // reward 4 per conversion from a, P 1/2
    assertEquals(1.0, m.attribution().value("a") + m.attribution().value("b") - 3.0, 1e-13);
    assertTrue(m.residual() <= 1e-12);
  }

  /**
   * Paths shorter than the order (order 2), prefix states. Paths: a (1 conv), a > b (1 conv, 1
   * null), b > a (2 nulls). States (a), (a,b), (b), (b,a). start → (a) 3, → (b) 2; (a) → conv 1, →
   * (a,b) 2; (a,b) → conv 1, null 1; (b) → (b,a) 2; (b,a) → null 2. P(a) = 1/3 + 2/3 · 1/2 = 2/3, P
   * = 3/5 · 2/3 = 2/5. Without a: 0 (RE 1). Without b: 3/5 · 1/3 = 1/5 (RE 1/2). Credits of 2: a
   * 4/3, b 2/3.
   */
  @Test
  void pathShorterThanOrderWithPrefixStatesByHand() {
    PathTable t =
        PathTable.builder()
            .add(List.of("a"), 1, 1.0, 0)
            .add(List.of("a", "b"), 1, 1.0, 1)
            .add(List.of("b", "a"), 0, 0, 2)
            .build();
    MarkovResult m = prefixes(t, 2);
    assertEquals(4, m.states() - 1);
    assertEquals(0.4, m.conversionProbability(), 1e-14);
    assertEquals(1.0, m.removalEffect("a"), 1e-14);
    assertEquals(0.5, m.removalEffect("b"), 1e-14);
    assertEquals(4.0 / 3, m.attribution().conversions("a"), 1e-14);
    assertEquals(2.0 / 3, m.attribution().conversions("b"), 1e-14);
  }

  /**
   * The same paths with ChannelAttribution's window states: (a) is the whole short path, then (a,b)
   * and (b,a); no prefix states. start → (a) 1, → (a,b) 2, → (b,a) 2; (a) → conv 1; (a,b) → conv 1,
   * null 1; (b,a) → null 2. P = 1/5 + 2/5 · 1/2 = 2/5; without b only (a) converts: 1/5 (RE 1/2).
   */
  @Test
  void pathShorterThanOrderWithWindowStatesByHand() {
    PathTable t =
        PathTable.builder()
            .add(List.of("a"), 1, 1.0, 0)
            .add(List.of("a", "b"), 1, 1.0, 1)
            .add(List.of("b", "a"), 0, 0, 2)
            .build();
    MarkovResult m = exact(t, 2);
    assertEquals(3, m.states() - 1);
    assertEquals(
        List.of("(start)", "(conversion)", "(null)", "a", "a > b", "b > a"),
        MarkovAttribution.builder().order(2).build().chain(t).stateNames());
    assertEquals(0.4, m.conversionProbability(), 1e-15);
    assertEquals(1.0, m.removalEffect("a"), 1e-15);
    assertEquals(0.5, m.removalEffect("b"), 1e-15);
  }

  /**
   * Repeats under window states merge consecutive identical states (ChannelAttribution's rule), not
   * repeated touches: a > a > b at order 2 is (a,a) then (a,b); keeping self-loops, a > a > a > b
   * is (a,a) with a self-loop, then (a,b).
   */
  @Test
  void repeatsUnderWindowStates() {
    PathTable t = PathTable.builder().add(List.of("a", "a", "a", "b"), 1, 0, 1).build();
    MarkovAttribution collapse = MarkovAttribution.builder().order(2).build();
    assertEquals(
        List.of("(start)", "(conversion)", "(null)", "a > a", "a > b"),
        collapse.chain(t).stateNames());
    assertEquals(2, collapse.analyze(t).transitions()); // start → (a,a) → (a,b)
    MarkovAttribution keep =
        MarkovAttribution.builder().order(2).repeats(Repeats.KEEP_SELF_LOOPS).build();
    assertEquals(3, keep.analyze(t).transitions()); // and (a,a) → (a,a)
    // prefix states collapse the touches first: a > b, states (a) and (a,b)
    MarkovAttribution prefix =
        MarkovAttribution.builder().order(2).states(StateConstruction.PREFIXES).build();
    assertEquals(
        List.of("(start)", "(conversion)", "(null)", "(start) > a", "a > b"),
        prefix.chain(t).stateNames());
  }

  /**
   * A channel that appears only on a non-converting path still earns credit when its state leads
   * into converting states (a known property of the removal effect). Paths: d > a (1 null), a (1
   * conv). P(a) = 1/2, P = 1/2 · 1/2 + 1/2 · 1/2 = 1/2; without d: 1/4 (RE 1/2); without a: 0 (RE
   * 1). Credits of 1: a 2/3, d 1/3.
   */
  @Test
  void channelOnlyInNonConvertingPathsByHand() {
    PathTable t =
        PathTable.builder().add(List.of("d", "a"), 0, 0, 1).add(List.of("a"), 1, 1.0, 0).build();
    MarkovResult m = exact(t, 1);
    assertEquals(0.5, m.conversionProbability(), 1e-14);
    assertEquals(0.5, m.removalEffect("d"), 1e-14);
    assertEquals(1.0 / 3, m.attribution().conversions("d"), 1e-14);
    // order 2 separates (d,a) from (a): then d earns nothing
    MarkovResult m2 = exact(t, 2);
    assertEquals(0.0, m2.removalEffect("d"), 1e-14);
    assertEquals(0.0, m2.attribution().conversions("d"));
    assertEquals(1.0, m2.attribution().conversions("a"));
  }

  /**
   * Self-loops kept: a > a (1 conv), b (1 null). a → a 1, a → conv 1: P(a) = 1, P = 1/2; collapsing
   * gives the same P but no self-loop.
   */
  @Test
  void selfLoops() {
    PathTable t =
        PathTable.builder().add(List.of("a", "a"), 1, 0, 0).add(List.of("b"), 0, 0, 1).build();
    MarkovResult keep =
        MarkovAttribution.builder().repeats(Repeats.KEEP_SELF_LOOPS).build().analyze(t);
    assertEquals(0.5, keep.conversionProbability(), 1e-14);
    assertEquals(3, keep.transitions()); // start→a, start→b, a→a
    MarkovResult collapse = exact(t, 1);
    assertEquals(2, collapse.transitions());
    assertEquals(1.0, keep.attribution().conversions("a"));
  }

  /** Without the null state every walk converts: P = 1, RE(c) = share of walks through c. */
  @Test
  void withoutNullState() {
    PathTable t =
        PathTable.builder()
            .add(List.of("a", "b"), 1, 0, 5)
            .add(List.of("a"), 3, 0, 5)
            .add(List.of("c"), 0, 0, 5)
            .build();
    MarkovResult m = MarkovAttribution.builder().nullState(false).build().analyze(t);
    assertEquals(1.0, m.conversionProbability(), 1e-14);
    assertEquals(1.0, m.removalEffect("a"), 1e-14);
    assertEquals(0.25, m.removalEffect("b"), 1e-14);
    assertEquals(0.0, m.removalEffect("c"));
    assertEquals(4.0 * 1 / 1.25, m.attribution().conversions("a"), 1e-14);
  }

  @Test
  void sharedTableOrdersOneToFourConserveConversionsAndSum() {
    PathTable t = AttributionFixtures.sharedTable();
    double rate = (double) t.totalConversions() / t.totalJourneys();
    for (int order = 1; order <= 4; order++) {
      for (Repeats repeats : Repeats.values()) {
        MarkovResult m =
            MarkovAttribution.builder().order(order).repeats(repeats).build().analyze(t);
        assertEquals(rate, m.conversionProbability(), 1e-12, "order " + order + " " + repeats);
        assertEquals(19_785.0, m.attribution().totalConversions());
        double[] credits =
            m.attribution().credits().stream().mapToDouble(ChannelCredit::conversions).toArray();
        assertEquals(19_785.0, Credits.plainSum(credits));
        double[] values =
            m.attribution().credits().stream().mapToDouble(ChannelCredit::value).toArray();
        assertEquals(t.totalValue(), Credits.plainSum(values));
        assertTrue(m.residual() <= 1e-12);
      }
    }
  }

  @Test
  void sharedTableWithPrefixStatesMatchesDenseLuOracle() {
    PathTable t = AttributionFixtures.sharedTable();
    for (int order = 1; order <= 2; order++) {
      MarkovResult m = prefixes(t, order);
      NaiveMarkov naive = new NaiveMarkov(t, order, true, true);
      double[] expected = naive.removalEffects(t);
      double[] expectedValue = naive.valueRemovalEffects(t);
      for (int c = 0; c < t.channelCount(); c++) {
        assertEquals(expected[c], m.removalEffect(t.channel(c)), 1e-10, t.channel(c));
        assertEquals(
            expectedValue[c], m.valueRemovalEffects().get(t.channel(c)), 1e-10, t.channel(c));
      }
    }
  }

  /**
   * Exact vs the seeded simulator on the shared table: each P(conv | c removed) within 5 standard
   * errors sqrt(p (1 - p) / walks).
   */
  @Test
  void sharedTableMatchesSimulatorWithinSamplingError() {
    PathTable t = AttributionFixtures.sharedTable();
    int walks = 400_000;
    for (int order : new int[] {1, 3}) {
      MarkovAttribution model = MarkovAttribution.builder().order(order).build();
      MarkovResult exact = model.analyze(t);
      MarkovResult sim = model.simulate(t, walks, 20_261_122L + order);
      assertTrue(sim.simulated());
      double p = exact.conversionProbability();
      assertEquals(p, sim.conversionProbability(), 5 * Math.sqrt(p * (1 - p) / walks));
      for (String c : t.channels()) {
        double pc = p * (1 - exact.removalEffect(c));
        double pcSim = sim.conversionProbability() * (1 - sim.removalEffect(c));
        double se = Math.sqrt(Math.max(pc * (1 - pc), 1e-6) / walks);
        assertEquals(pc, pcSim, 5 * se, c + " order " + order);
      }
    }
  }

  @Test
  void simulatorIsSeeded() {
    PathTable t = AttributionFixtures.sharedTable();
    MarkovAttribution model = MarkovAttribution.builder().order(2).build();
    assertEquals(
        model.simulate(t, 10_000, 7L).removalEffects(),
        model.simulate(t, 10_000, 7L).removalEffects());
  }

  @Test
  void parallelAndSequentialAgreeExactly() {
    PathTable t = AttributionFixtures.sharedTable();
    MarkovResult par = MarkovAttribution.builder().order(3).parallel(true).build().analyze(t);
    MarkovResult seq = MarkovAttribution.builder().order(3).parallel(false).build().analyze(t);
    assertEquals(seq.removalEffects(), par.removalEffects());
  }

  @Test
  void badOptions() {
    assertThrows(IllegalArgumentException.class, () -> MarkovAttribution.builder().order(0));
    PathTable t = AttributionFixtures.sharedTable();
    assertThrows(
        IllegalArgumentException.class,
        () -> MarkovAttribution.builder().order(40).build().analyze(t));
    assertThrows(
        IllegalArgumentException.class,
        () -> MarkovAttribution.builder().build().simulate(t, 0, 1L));
  }
}
