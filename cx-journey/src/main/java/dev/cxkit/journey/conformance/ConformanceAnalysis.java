package dev.cxkit.journey.conformance;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.internal.LongCountMap;
import dev.cxkit.metrics.stats.Wilson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run of {@link ConformanceChecker#check(dev.cxkit.journey.assembly.Journeys)}: aligns every
 * journey and aggregates per-step figures, deviations and transitions of the aligned walks into a
 * {@link ConformanceReport}.
 */
final class ConformanceAnalysis {
  private final MapGraph graph;
  private final AlignmentCosts costs;
  private final double level;
  private final StepMatcher matcher;
  final Journeys js;
  final ConformanceChecker.Symbols sy;
  final int size;
  final int nj;
  final double[] fitness;
  final long[] reached;
  final long[] skipped;
  final long[] repeated;
  final long[] outOfOrder;
  final long[] replaced;
  final long[] events;
  final long[] switches;
  final long[] dwellSum;
  final long[] dwellCount;
  final long[][] transitions;
  final long[] unplanned;
  final LongCountMap patterns = new LongCountMap();
  long converted;
  long matchedEvents;
  long[] keys = new long[32];
  int nk;

  ConformanceAnalysis(ConformanceChecker checker, Journeys js, ConformanceChecker.Symbols sy) {
    this.graph = checker.graph;
    this.costs = checker.costs;
    this.level = checker.level;
    this.matcher = checker.matcher;
    this.size = graph.size;
    this.js = js;
    this.sy = sy;
    nj = js.count();
    fitness = new double[nj];
    reached = new long[size];
    skipped = new long[size];
    repeated = new long[size];
    outOfOrder = new long[size];
    replaced = new long[size];
    events = new long[size];
    switches = new long[size];
    dwellSum = new long[size];
    dwellCount = new long[size];
    transitions = new long[size + 1][size + 2];
    unplanned = new long[js.dictionaries().touchpoints().size()];
  }

  ConformanceReport run() {
    Aligner al = new Aligner(graph, costs);
    int[] sym = new int[16];
    int[] occurrences = new int[size];
    int[] stampReach = new int[size];
    int[] stampSkip = new int[size];
    int[] stampRepl = new int[size];
    int[] stampOoo = new int[size];
    Arrays.fill(stampReach, -1);
    Arrays.fill(stampSkip, -1);
    Arrays.fill(stampRepl, -1);
    Arrays.fill(stampOoo, -1);
    int[] between = new int[size];
    int[] pending = new int[16];
    for (int j = 0; j < nj; j++) {
      int start = js.start(j);
      int n = js.length(j);
      if (sym.length < n) {
        sym = new int[n * 2];
        pending = new int[n * 2];
      }
      for (int i = 0; i < n; i++) {
        int s = sy.symbol(js, start + i);
        sym[i] = s;
        if (s < 0) {
          unplanned[js.touchpoint(start + i)]++;
        } else {
          matchedEvents++;
        }
      }
      int cost = al.align(sym, 0, n, sy.candidates);
      fitness[j] = 1.0 - (double) cost / ((long) n * costs.extra());
      boolean conv = js.converted(j);
      if (conv) {
        converted++;
      }
      for (int i = 0; i < n; i++) {
        if (sym[i] >= 0) {
          occurrences[al.sync[i] ? al.stateAfter[i] : sy.candidates[sym[i]][0]]++;
        }
      }
      nk = 0;
      int np = 0;
      int walk = size;
      for (int i = 0; i < n; i++) {
        int ev = start + i;
        int s = sym[i];
        int step = -1;
        if (al.sync[i]) {
          step = al.stateAfter[i];
          int from = al.stateBefore[i];
          int m = graph.between(from, step, between);
          for (int k = 0; k < m; k++) {
            int q = between[k];
            transitions[walk][q]++;
            walk = q;
            if (k < np) {
              stampRepl[q] = stamp(stampRepl[q], j, replaced, q);
              keys =
                  add(
                      keys,
                      nk++,
                      key(DeviationKind.REPLACED, q, js.touchpoint(start + pending[k]), 0));
            } else {
              stampSkip[q] = stamp(stampSkip[q], j, skipped, q);
              keys = add(keys, nk++, key(DeviationKind.SKIPPED, q, from, step));
            }
          }
          if (np > 0) {
            // unplanned events not standing in for a skipped step are extra events
            for (int p = m; p < np; p++) {
              keys =
                  add(
                      keys,
                      nk++,
                      key(DeviationKind.UNPLANNED, from, js.touchpoint(start + pending[p]), 0));
            }
            np = 0;
          }
          transitions[walk][step]++;
          walk = step;
          stampReach[step] = stamp(stampReach[step], j, reached, step);
        } else if (s >= 0) {
          step = sy.candidates[s][0];
          if (occurrences[step] == 1) {
            stampOoo[step] = stamp(stampOoo[step], j, outOfOrder, step);
            keys = add(keys, nk++, key(DeviationKind.OUT_OF_ORDER, step, 0, 0));
          }
        } else {
          pending[np++] = i;
        }
        if (step >= 0) {
          events[step]++;
          if (i > 0 && js.channel(ev) != js.channel(ev - 1)) {
            switches[step]++;
          }
          if (i + 1 < n) {
            dwellSum[step] += js.time(ev + 1) - js.time(ev);
            dwellCount[step]++;
          }
        }
      }
      if (np > 0) {
        np = flush(np, pending, start, al);
      }
      transitions[walk][conv ? size : size + 1]++;
      for (int i = 0; i < n; i++) {
        int s = sym[i];
        if (s < 0) {
          continue;
        }
        int step = al.sync[i] ? al.stateAfter[i] : sy.candidates[s][0];
        int occ = occurrences[step];
        if (occ > 1) {
          repeated[step]++;
          keys = add(keys, nk++, key(DeviationKind.REPEATED, step, 0, 0));
        }
        occurrences[step] = 0;
      }
      Arrays.sort(keys, 0, nk);
      for (int k = 0; k < nk; k++) {
        if (k == 0 || keys[k] != keys[k - 1]) {
          patterns.add(keys[k], 1, 0);
        }
      }
    }
    if (matchedEvents == 0) {
      throw noMatch();
    }
    return report();
  }

  /** Emits UNPLANNED patterns for the pending unplanned events; returns 0. */
  private int flush(int np, int[] pending, int start, Aligner al) {
    for (int p = 0; p < np; p++) {
      int before = al.stateBefore[pending[p]];
      keys =
          add(
              keys,
              nk++,
              key(DeviationKind.UNPLANNED, before, js.touchpoint(start + pending[p]), 0));
    }
    return 0;
  }

  private IllegalArgumentException noMatch() {
    List<String> seen = new ArrayList<>(js.dictionaries().touchpoints().names());
    List<String> seenChannels = js.dictionaries().channels().names();
    List<String> designed = new ArrayList<>();
    matcher.map().steps().forEach(s -> designed.addAll(s.touchpointIds()));
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "map '%s': no observed event matches a step; touchpoints designed %s, touchpoints"
                + " observed %s, channels observed %s; rule: at least one event must match a"
                + " step by touchpoint%s (add matcher rules with withTouchpoint/withChannel)",
            matcher.map().id(),
            designed,
            seen.subList(0, Math.min(20, seen.size())),
            seenChannels.subList(0, Math.min(20, seenChannels.size())),
            matcher.usesChannels() ? " or channel" : ""));
  }

  private ConformanceReport report() {
    List<String> ids = Arrays.asList(graph.ids);
    List<StepConformance> steps = new ArrayList<>();
    for (int q = 0; q < size; q++) {
      steps.add(
          new StepConformance(
              graph.ids[q],
              nj,
              reached[q],
              skipped[q],
              repeated[q],
              outOfOrder[q],
              replaced[q],
              events[q],
              switches[q],
              dwellCount[q] == 0 ? 0 : (double) dwellSum[q] / dwellCount[q]));
    }
    List<Deviation> devs = new ArrayList<>();
    for (int e = 0; e < patterns.size(); e++) {
      devs.add(deviation(patterns.key(e), patterns.count(e)));
    }
    devs.sort(
        Comparator.comparingLong(Deviation::journeys)
            .reversed()
            .thenComparing(Deviation::kind)
            .thenComparing(d -> d.stepId().orElse(""))
            .thenComparing(d -> d.touchpointId().orElse(""))
            .thenComparing(d -> d.fromStepId().orElse(""))
            .thenComparing(d -> d.toStepId().orElse("")));
    Map<String, Long> unplannedMap = new LinkedHashMap<>();
    Integer[] order = new Integer[unplanned.length];
    for (int t = 0; t < order.length; t++) {
      order[t] = t;
    }
    Arrays.sort(order, (a, b) -> Long.compare(unplanned[b], unplanned[a]));
    for (int t : order) {
      if (unplanned[t] > 0) {
        unplannedMap.put(js.dictionaries().touchpoints().name(t), unplanned[t]);
      }
    }
    return new ConformanceReport(
        matcher.map().id(),
        ids,
        fitness,
        converted,
        steps,
        devs,
        Collections.unmodifiableMap(unplannedMap),
        transitions);
  }

  private Deviation deviation(long key, long count) {
    DeviationKind kind = DeviationKind.values()[(int) (key >>> 58)];
    int step = (int) ((key >>> 40) & 0x3FFFF);
    int a = (int) ((key >>> 20) & 0xFFFFF);
    int b = (int) (key & 0xFFFFF);
    Optional<String> stepId = step < size ? Optional.of(graph.ids[step]) : Optional.empty();
    Optional<String> from = Optional.empty();
    Optional<String> to = Optional.empty();
    Optional<String> tp = Optional.empty();
    if (kind == DeviationKind.SKIPPED) {
      from = Optional.of(a == size ? ConformanceReport.START : graph.ids[a]);
      to = Optional.of(graph.ids[b]);
    } else if (kind == DeviationKind.REPLACED || kind == DeviationKind.UNPLANNED) {
      tp = Optional.of(js.dictionaries().touchpoints().name(a));
    }
    return new Deviation(
        kind, stepId, from, to, tp, count, (double) count / nj, Wilson.interval(count, nj, level));
  }

  private static int stamp(int current, int j, long[] counter, int q) {
    if (current != j) {
      counter[q]++;
    }
    return j;
  }

  private static long key(DeviationKind kind, int step, int a, int b) {
    return ((long) kind.ordinal() << 58) | ((long) step << 40) | ((long) a << 20) | b;
  }

  private static long[] add(long[] keys, int at, long key) {
    long[] k = at < keys.length ? keys : Arrays.copyOf(keys, keys.length * 2);
    k[at] = key;
    return k;
  }
}
