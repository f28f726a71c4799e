package dev.cxkit.journey.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.assembly.Distribution;
import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded randomised differential test of every funnel mode (strict, loose, any order; conversion
 * windows, step windows, exclusions) against a naive oracle that enumerates every candidate chain
 * of every start, picks the counted one by the documented rule and checks exclusions event by
 * event.
 */
class FunnelOracleTest {
  private static final String[] TOUCHPOINTS = {
    "search", "product", "cart", "checkout", "order", "call", "email"
  };
  private static final String[] CHANNELS = {"web", "app", "phone", "email"};

  @ParameterizedTest
  @EnumSource(FunnelOrdering.class)
  void everyModeMatchesTheNaiveOracle(FunnelOrdering ordering) {
    Random r = new Random(41 + ordering.ordinal());
    for (int round = 0; round < 150; round++) {
      EventLog log = JourneyTesting.randomLog(r.nextLong(), 25, 9, true);
      Journeys js = JourneyAssembler.assemble(log, SplitRules.none(), TieBreak.ARRIVAL);
      EventDictionaries d = log.dictionaries();
      int k = 1 + r.nextInt(4);
      List<Checkpoint> steps = new ArrayList<>();
      List<String> stepNames = new ArrayList<>();
      for (int s = 0; s < k; s++) {
        String tp = TOUCHPOINTS[r.nextInt(TOUCHPOINTS.length)];
        stepNames.add(tp);
        steps.add(new Checkpoint("s" + s, EventFilter.touchpoints(d, tp)));
      }
      long window = r.nextBoolean() ? Long.MAX_VALUE : (1 + r.nextInt(120)) * 60_000L;
      Funnel f =
          Funnel.of(steps, ordering, window == Long.MAX_VALUE ? null : Duration.ofMillis(window));
      long[] stepWindow = new long[k];
      java.util.Arrays.fill(stepWindow, Long.MAX_VALUE);
      if (ordering != FunnelOrdering.ANY_ORDER) {
        for (int s = 1; s < k; s++) {
          if (r.nextInt(3) == 0) {
            stepWindow[s] = (1 + r.nextInt(60)) * 60_000L;
            f = f.withStepWindow(s, Duration.ofMillis(stepWindow[s]));
          }
        }
      }
      List<FunnelExclusion> exclusions = new ArrayList<>();
      if (k >= 2) {
        int n = r.nextInt(3);
        for (int x = 0; x < n; x++) {
          int from = r.nextInt(k - 1);
          int to = from + 1 + r.nextInt(k - 1 - from);
          EventFilter filter;
          if (r.nextBoolean()) {
            filter = EventFilter.channels(d, CHANNELS[r.nextInt(CHANNELS.length)]);
          } else {
            List<String> free = new ArrayList<>(List.of(TOUCHPOINTS));
            free.removeAll(stepNames.subList(from, to + 1));
            filter = EventFilter.touchpoints(d, free.get(r.nextInt(free.size())));
          }
          FunnelExclusion e = new FunnelExclusion("x" + x, filter, from, to);
          exclusions.add(e);
          f = f.withExclusion(e);
        }
      }
      Oracle oracle = new Oracle(steps, ordering, window, stepWindow, exclusions);
      js.forEach(oracle::journey);
      FunnelResult got = f.analyze(js);
      String ctx = "round " + round + " " + f;
      assertEquals(oracle.journeys, got.journeys(), ctx);
      assertEquals(oracle.excluded, got.excluded(), ctx);
      for (int s = 0; s < k; s++) {
        FunnelStep step = got.steps().get(s);
        assertEquals(oracle.reached[s], step.reached(), ctx + " step " + s);
        assertEquals(distribution(oracle.fromPrevious.get(s)), step.timeFromPrevious(), ctx);
        assertEquals(distribution(oracle.fromStart.get(s)), step.timeFromStart(), ctx);
      }
    }
  }

  private static Distribution distribution(List<Long> values) {
    return Distribution.of(values.stream().mapToLong(Long::longValue).toArray());
  }

  /** The naive funnel: boxed events, every chain enumerated. */
  private static final class Oracle {
    final List<Checkpoint> steps;
    final FunnelOrdering ordering;
    final long window;
    final long[] stepWindow;
    final List<FunnelExclusion> exclusions;
    long journeys;
    long excluded;
    final long[] reached;
    final List<List<Long>> fromPrevious = new ArrayList<>();
    final List<List<Long>> fromStart = new ArrayList<>();

    Oracle(
        List<Checkpoint> steps,
        FunnelOrdering ordering,
        long window,
        long[] stepWindow,
        List<FunnelExclusion> exclusions) {
      this.steps = steps;
      this.ordering = ordering;
      this.window = window;
      this.stepWindow = stepWindow;
      this.exclusions = exclusions;
      this.reached = new long[steps.size()];
      for (int s = 0; s < steps.size(); s++) {
        fromPrevious.add(new ArrayList<>());
        fromStart.add(new ArrayList<>());
      }
    }

    boolean matches(EventFilter f, JourneyView j, int i) {
      return f.matches(j.touchpoint(i), j.channel(i), j.type(i), j.stage(i));
    }

    void journey(JourneyView j) {
      journeys++;
      List<Integer> best = List.of();
      for (int start = 0; start < j.length(); start++) {
        List<Integer> c =
            ordering == FunnelOrdering.ANY_ORDER ? anyOrder(j, start) : ordered(j, start);
        if (c.size() > best.size()) {
          best = c;
        }
      }
      if (!best.isEmpty() && tainted(j, best)) {
        excluded++;
        return;
      }
      for (int s = 0; s < best.size(); s++) {
        reached[s]++;
        if (s > 0) {
          fromPrevious.get(s).add(j.time(best.get(s)) - j.time(best.get(s - 1)));
          fromStart.get(s).add(j.time(best.get(s)) - j.time(best.get(0)));
        }
      }
    }

    /** Among all valid chains from {@code start}: the deepest, then reverse-lexicographic least. */
    List<Integer> ordered(JourneyView j, int start) {
      if (!matches(steps.get(0).filter(), j, start)) {
        return List.of();
      }
      List<List<Integer>> all = new ArrayList<>();
      List<Integer> prefix = new ArrayList<>(List.of(start));
      enumerate(j, prefix, all);
      List<Integer> best = all.get(0);
      for (List<Integer> c : all) {
        if (c.size() > best.size() || c.size() == best.size() && reverseLess(c, best)) {
          best = c;
        }
      }
      return best;
    }

    void enumerate(JourneyView j, List<Integer> prefix, List<List<Integer>> out) {
      out.add(List.copyOf(prefix));
      int s = prefix.size();
      if (s == steps.size()) {
        return;
      }
      int last = prefix.get(s - 1);
      long t0 = j.time(prefix.get(0));
      for (int i = last + 1; i < j.length(); i++) {
        if (ordering == FunnelOrdering.STRICT && i != last + 1) {
          break;
        }
        if (j.time(i) - t0 <= window
            && j.time(i) - j.time(last) <= stepWindow[s]
            && matches(steps.get(s).filter(), j, i)) {
          prefix.add(i);
          enumerate(j, prefix, out);
          prefix.remove(prefix.size() - 1);
        }
      }
    }

    static boolean reverseLess(List<Integer> a, List<Integer> b) {
      for (int i = a.size() - 1; i >= 0; i--) {
        if (!a.get(i).equals(b.get(i))) {
          return a.get(i) < b.get(i);
        }
      }
      return false;
    }

    /** The first event at or after {@code start} (in the window) matching each step, sorted. */
    List<Integer> anyOrder(JourneyView j, int start) {
      boolean any = false;
      for (Checkpoint c : steps) {
        any |= matches(c.filter(), j, start);
      }
      if (!any) {
        return List.of();
      }
      List<Integer> found = new ArrayList<>();
      for (Checkpoint c : steps) {
        for (int i = start; i < j.length() && j.time(i) - j.time(start) <= window; i++) {
          if (matches(c.filter(), j, i)) {
            found.add(i);
            break;
          }
        }
      }
      found.sort(null);
      return found;
    }

    boolean tainted(JourneyView j, List<Integer> chain) {
      long t0 = j.time(chain.get(0));
      for (FunnelExclusion e : exclusions) {
        if (chain.size() <= e.fromStep()) {
          continue;
        }
        boolean reachedTo = chain.size() > e.toStep();
        for (int i = chain.get(e.fromStep()) + 1; i < j.length(); i++) {
          boolean inside = reachedTo ? i < chain.get(e.toStep()) : j.time(i) - t0 <= window;
          if (inside && matches(e.filter(), j, i)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
