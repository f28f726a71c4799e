package dev.cxkit.journey.markov;

import static dev.cxkit.model.testing.WireTesting.assertRefused;
import static dev.cxkit.model.testing.WireTesting.assertWireContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.PathOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TransitionCountsWireTest {

  private static Journeys journeys(long seed, int customers) {
    EventLog log = JourneyTesting.randomLog(seed, customers, 12, true);
    return JourneyAssembler.assemble(
        log,
        SplitRules.none().withGoal(EventFilter.types(log.dictionaries(), "order"), false),
        TieBreak.ARRIVAL);
  }

  private static PathOptions options(Random r) {
    PathOptions o = PathOptions.of(r.nextBoolean() ? Dimension.TOUCHPOINT : Dimension.CHANNEL);
    return r.nextBoolean() ? o.collapsingRepeats() : o;
  }

  @Property(tries = 60)
  void journeyCountsRoundTripAgainstAnyDictionariesAndRefuseHostileBytes(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 20) int customers,
      @ForAll @IntRange(min = 1, max = 3) int order) {
    Random r = new Random(seed);
    Journeys js = journeys(seed, customers);
    StateConstruction states =
        r.nextBoolean() ? StateConstruction.WINDOWS : StateConstruction.PREFIXES;
    TransitionCounts counts = TransitionCounts.create(js.dictionaries(), options(r), order, states);
    js.forEach(counts);
    assertWireContract(
        counts,
        TransitionCounts::toBytes,
        b -> TransitionCounts.fromBytes(b, new EventDictionaries()),
        "TransitionCounts",
        seed,
        30);
    // decoded against the same dictionaries, the chain is the same chain
    TransitionCounts back = TransitionCounts.fromBytes(counts.toBytes(), js.dictionaries());
    if (counts.n() > 0 && order <= Math.max(1, counts.longestPath())) {
      MarkovChain a = counts.chain();
      MarkovChain b = back.chain();
      assertEquals(a.stateNames(), b.stateNames());
      for (int s = 0; s < a.stateCount(); s++) {
        for (int t : a.successors(s)) {
          assertEquals(a.count(s, t), b.count(s, t));
          assertEquals(a.probability(s, t), b.probability(s, t));
        }
      }
    }
  }

  @Property(tries = 60)
  void countsOfChunksMergedInAnotherProcessEqualTheCountsOfAll(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 20) int customers,
      @ForAll @IntRange(min = 1, max = 5) int k,
      @ForAll @IntRange(min = 1, max = 3) int order) {
    Random r = new Random(seed);
    Journeys js = journeys(seed, customers);
    PathOptions options = options(r);
    StateConstruction states =
        r.nextBoolean() ? StateConstruction.WINDOWS : StateConstruction.PREFIXES;
    TransitionCounts all = TransitionCounts.create(js.dictionaries(), options, order, states);
    js.forEach(all);
    List<TransitionCounts> chunks = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      chunks.add(TransitionCounts.create(js.dictionaries(), options, order, states));
    }
    int[] j = {0};
    js.forEach((JourneyView v) -> chunks.get(j[0]++ % k).journey(v));
    // the receiver has its own dictionaries: names are interned in another order
    EventDictionaries receiver = new EventDictionaries();
    receiver.touchpoints().intern("a name the sender never used");
    TransitionCounts merged = TransitionCounts.create(receiver, options, order, states);
    for (int c = k - 1; c >= 0; c--) {
      merged.addAll(TransitionCounts.fromBytes(chunks.get(c).toBytes(), receiver));
    }
    assertEquals(all, merged);
    assertEquals(all.hashCode(), merged.hashCode());
  }

  @Test
  void pathCountsRoundTripAndKindsAreNotMixed() {
    TransitionCounts paths =
        TransitionCounts.forPaths(
            List.of("search", "email", "display \u00e9"),
            2,
            StateConstruction.WINDOWS,
            Repeats.COLLAPSE,
            true);
    paths.addPath(new int[] {0, 1, 1, 2}, null, 0, 4, 3, 5, 42.5);
    paths.addPath(new int[] {2}, null, 0, 1, 0, 7, 0.0);
    paths.addPath(new int[] {1, 0}, new long[] {0, 60_000}, 0, 2, 1, 0, 10.0);
    assertWireContract(
        paths, TransitionCounts::toBytes, TransitionCounts::fromBytes, "TransitionCounts", 5, 200);
    byte[] bytes = paths.toBytes();
    String kind =
        assertRefused(
            b -> TransitionCounts.fromBytes(b, new EventDictionaries()), bytes, "TransitionCounts");
    assertTrue(kind.contains("is path counts: decode them with fromBytes(bytes)"), kind);
    Journeys js = journeys(3, 5);
    TransitionCounts journeyCounts = TransitionCounts.of(js, PathOptions.of(Dimension.CHANNEL), 1);
    String other =
        assertRefused(TransitionCounts::fromBytes, journeyCounts.toBytes(), "TransitionCounts");
    assertTrue(other.contains("fromBytes(bytes, dictionaries)"), other);
    TransitionCounts more =
        TransitionCounts.forPaths(
            List.of("search", "email", "display \u00e9"),
            2,
            StateConstruction.WINDOWS,
            Repeats.COLLAPSE,
            true);
    more.addPath(new int[] {2}, null, 0, 1, 0, 7, 0.0);
    assertNotEquals(paths, more);
  }
}
