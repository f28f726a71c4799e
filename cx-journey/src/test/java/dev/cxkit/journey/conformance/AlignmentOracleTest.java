package dev.cxkit.journey.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The graph DP against a brute-force oracle: enumerate every walk of the map (depth-first, with a
 * bound), compute the plain edit distance (match 0, skip a walk step, drop an event) between the
 * journey and every prefix of the walk, and take the minimum. Small random maps with branches and
 * loops, random journeys with shared and unplanned touchpoints; seeded.
 */
class AlignmentOracleTest {

  @Test
  void dpEqualsBruteForceOnRandomMapsAndJourneys() {
    Random rnd = new Random(20261123L);
    for (int trial = 0; trial < 300; trial++) {
      int size = 2 + rnd.nextInt(4);
      JourneyMap map = randomMap(rnd, size);
      AlignmentCosts costs = new AlignmentCosts(1 + rnd.nextInt(2), 1 + rnd.nextInt(2));
      List<List<String>> journeys = new ArrayList<>();
      for (int j = 0; j < 5; j++) {
        int n = 1 + rnd.nextInt(5);
        List<String> tps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          int t = rnd.nextInt(size + 1);
          tps.add(t == size ? "unplanned" : "t" + t);
        }
        journeys.add(tps);
      }
      journeys.add(List.of("t0"));
      Journeys js = TestJourneys.of(journeys);
      StepMatcher matcher = StepMatcher.byTouchpoint(map);
      ConformanceChecker checker = ConformanceChecker.of(matcher).withCosts(costs);
      for (int j = 0; j < journeys.size(); j++) {
        Alignment a = checker.align(js, j);
        int oracle = new Oracle(map, matcher, costs, journeys.get(j)).best();
        assertEquals(
            oracle,
            a.cost(),
            "trial "
                + trial
                + " map "
                + map.steps()
                + " journey "
                + journeys.get(j)
                + " alignment "
                + a);
        checkMovesFormAWalk(map, costs, a);
      }
    }
  }

  private static void checkMovesFormAWalk(JourneyMap map, AlignmentCosts costs, Alignment a) {
    int cost = 0;
    String at = null;
    for (Alignment.Move m : a.moves()) {
      if (m.kind() == Alignment.MoveKind.EXTRA) {
        cost += costs.extra();
        continue;
      }
      if (m.kind() == Alignment.MoveKind.SKIP) {
        cost += costs.skip();
      }
      String step = m.stepId().orElseThrow();
      if (at == null) {
        assertTrue(map.startSteps().stream().anyMatch(s -> s.id().equals(step)), a.toString());
      } else {
        String from = at;
        assertTrue(map.successors(from).stream().anyMatch(s -> s.id().equals(step)), a.toString());
      }
      at = step;
    }
    assertEquals(a.cost(), cost, a.toString());
  }

  static JourneyMap randomMap(Random rnd, int size) {
    JourneyMap.Builder b =
        JourneyMap.builder()
            .id("r")
            .name("R")
            .version("1")
            .state(MapState.CURRENT)
            .journeyType(JourneyType.PURCHASE)
            .addStage(MapStage.of("s", "S"));
    for (int i = 0; i < size; i++) {
      Set<String> next = new LinkedHashSet<>();
      if (i + 1 < size) {
        next.add("s" + (i + 1));
      }
      int extra = rnd.nextInt(3);
      for (int e = 0; e < extra; e++) {
        next.add("s" + rnd.nextInt(size));
      }
      Step.Builder s = Step.builder().id("s" + i).name("S" + i).stageId("s");
      s.addTouchpointIds("t" + rnd.nextInt(size));
      if (next.isEmpty()) {
        s.end(true);
      } else {
        s.addAllNext(next);
      }
      b.addStep(s.build());
    }
    if (size > 2 && rnd.nextBoolean()) {
      b.addStartStepIds("s0", "s1");
    }
    return b.build();
  }

  /** Brute force over explicit walks. */
  static final class Oracle {
    final JourneyMap map;
    final StepMatcher matcher;
    final AlignmentCosts costs;
    final List<String> events;
    final int maxLength;
    int best;

    Oracle(JourneyMap map, StepMatcher matcher, AlignmentCosts costs, List<String> events) {
      this.map = map;
      this.matcher = matcher;
      this.costs = costs;
      this.events = events;
      int n = events.size();
      // any walk longer than n syncs plus (n * extra / skip) skips costs more than all-extra
      this.maxLength = n + n * costs.extra() / costs.skip() + 1;
      this.best = n * costs.extra();
    }

    int best() {
      int n = events.size();
      int[] col = new int[n + 1];
      for (int i = 0; i <= n; i++) {
        col[i] = i * costs.extra();
      }
      for (Step s : map.startSteps()) {
        extend(s.id(), col, 1);
      }
      return best;
    }

    private void extend(String step, int[] prev, int length) {
      int n = events.size();
      int[] col = new int[n + 1];
      col[0] = prev[0] + costs.skip();
      for (int i = 1; i <= n; i++) {
        int v = prev[i] + costs.skip();
        v = Math.min(v, col[i - 1] + costs.extra());
        if (matcher.steps(events.get(i - 1), "web").contains(step)) {
          v = Math.min(v, prev[i - 1]);
        }
        col[i] = v;
      }
      best = Math.min(best, col[n]);
      int lower = Integer.MAX_VALUE;
      for (int v : col) {
        lower = Math.min(lower, v);
      }
      if (length >= maxLength || lower >= best) {
        return;
      }
      for (Step next : map.successors(step)) {
        extend(next.id(), col, length + 1);
      }
    }
  }
}
