package dev.cxkit.journey.conformance;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.internal.LongCountMap;
import dev.cxkit.metrics.stats.Wilson;
import dev.cxkit.model.journey.Journey;
import dev.cxkit.model.map.JourneyMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Checks observed journeys against a journey map: matches events to steps with a {@link
 * StepMatcher}, aligns each journey optimally with the walks of the map's step graph (see {@link
 * AlignmentCosts} for the cost model and {@code Aligner} for the algorithm) and aggregates the
 * deviations. Runs in O(events x candidate steps x steps) time on primitive arrays.
 *
 * <pre>{@code
 * ConformanceChecker checker = ConformanceChecker.of(StepMatcher.byTouchpoint(map));
 * ConformanceReport report = checker.check(journeys);
 * Alignment a = checker.align(journeys, 0);   // the moves of one journey
 * }</pre>
 */
public final class ConformanceChecker {
  private final StepMatcher matcher;
  private final AlignmentCosts costs;
  private final MapGraph graph;
  private final double level;

  private ConformanceChecker(StepMatcher matcher, AlignmentCosts costs, double level) {
    this.matcher = matcher;
    this.costs = costs;
    this.graph = new MapGraph(matcher.map());
    this.level = level;
  }

  /** A checker with {@link AlignmentCosts#standard()} costs and 95 % intervals. */
  public static ConformanceChecker of(StepMatcher matcher) {
    return new ConformanceChecker(
        requireNonNull(matcher, "matcher"), AlignmentCosts.standard(), .95);
  }

  /** This checker with other alignment costs. */
  public ConformanceChecker withCosts(AlignmentCosts costs) {
    return new ConformanceChecker(matcher, requireNonNull(costs, "costs"), level);
  }

  /** This checker with intervals at {@code level} instead of 0.95. */
  public ConformanceChecker withConfidenceLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
    }
    return new ConformanceChecker(matcher, costs, level);
  }

  /** The matcher. */
  public StepMatcher matcher() {
    return matcher;
  }

  /** The alignment costs. */
  public AlignmentCosts costs() {
    return costs;
  }

  /** Compiled event-to-step matching for one set of dictionaries. */
  private final class Symbols {
    final int[][] candidates;
    final int[] byTouchpoint;
    final int[] byChannel;

    Symbols(Journeys js) {
      Dictionary tps = js.dictionaries().touchpoints();
      Dictionary chs = js.dictionaries().channels();
      if (tps.size() >= (1 << 20)) {
        throw new IllegalArgumentException(
            "touchpoint dictionary size must be below 1048576 for conformance, was " + tps.size());
      }
      Map<List<Integer>, Integer> sets = new HashMap<>();
      List<int[]> list = new ArrayList<>();
      byTouchpoint = new int[tps.size()];
      for (int t = 0; t < tps.size(); t++) {
        byTouchpoint[t] = intern(matcher.steps(tps.name(t), "\u0000"), sets, list);
      }
      byChannel = new int[chs.size()];
      for (int c = 0; c < chs.size(); c++) {
        byChannel[c] =
            matcher.usesChannels() ? intern(matcher.steps("\u0000", chs.name(c)), sets, list) : -1;
      }
      candidates = list.toArray(new int[0][]);
    }

    private int intern(List<String> steps, Map<List<Integer>, Integer> sets, List<int[]> list) {
      if (steps.isEmpty()) {
        return -1;
      }
      List<Integer> key = steps.stream().map(graph::indexOf).toList();
      return sets.computeIfAbsent(
          key,
          k -> {
            list.add(k.stream().mapToInt(Integer::intValue).toArray());
            return list.size() - 1;
          });
    }

    int symbol(Journeys js, int i) {
      int s = byTouchpoint[js.touchpoint(i)];
      return s >= 0 ? s : byChannel[js.channel(i)];
    }
  }

  /**
   * The optimal alignment of journey {@code j}.
   *
   * @throws IllegalArgumentException if {@code j} is out of range
   */
  public Alignment align(Journeys journeys, int j) {
    requireNonNull(journeys, "journeys");
    if (j < 0 || j >= journeys.count()) {
      throw new IllegalArgumentException(
          "journey index must be in 0.." + (journeys.count() - 1) + ", was " + j);
    }
    Symbols sy = new Symbols(journeys);
    int n = journeys.length(j);
    int[] sym = new int[n];
    for (int i = 0; i < n; i++) {
      sym[i] = sy.symbol(journeys, journeys.start(j) + i);
    }
    Aligner al = new Aligner(graph, costs);
    int cost = al.align(sym, 0, n, sy.candidates);
    List<Alignment.Move> moves = new ArrayList<>();
    int[] buf = new int[graph.size];
    Dictionary tps = journeys.dictionaries().touchpoints();
    for (int i = 0; i < n; i++) {
      String tp = tps.name(journeys.touchpoint(journeys.start(j) + i));
      if (al.sync[i]) {
        int m = graph.between(al.stateBefore[i], al.stateAfter[i], buf);
        for (int k = 0; k < m; k++) {
          moves.add(
              new Alignment.Move(
                  Alignment.MoveKind.SKIP, Optional.of(graph.ids[buf[k]]), Optional.empty(), -1));
        }
        moves.add(
            new Alignment.Move(
                Alignment.MoveKind.SYNC,
                Optional.of(graph.ids[al.stateAfter[i]]),
                Optional.of(tp),
                i));
      } else {
        Optional<String> step =
            sym[i] < 0 ? Optional.empty() : Optional.of(graph.ids[sy.candidates[sym[i]][0]]);
        moves.add(new Alignment.Move(Alignment.MoveKind.EXTRA, step, Optional.of(tp), i));
      }
    }
    return new Alignment(j, cost, 1.0 - (double) cost / ((long) n * costs.extra()), moves);
  }

  /**
   * Checks all journeys.
   *
   * @throws IllegalArgumentException if there are no journeys, or no event matches any step of the
   *     map (naming the map's touchpoints and the observed ones)
   */
  public ConformanceReport check(Journeys journeys) {
    requireNonNull(journeys, "journeys");
    if (journeys.count() == 0) {
      throw new IllegalArgumentException("journeys must not be empty, was 0 journeys");
    }
    Symbols sy = new Symbols(journeys);
    return new Analysis(journeys, sy).run();
  }

  /**
   * Checks model journeys; a journey converted when its outcome is CONVERTED or RESOLVED.
   *
   * @throws IllegalArgumentException naming the journey, its type and the map's when a journey is
   *     of another journey type than the map, or as {@link #check(Journeys)}
   */
  public ConformanceReport check(List<Journey> journeys) {
    requireNonNull(journeys, "journeys");
    JourneyMap map = matcher.map();
    return check(ModelJourneys.of(journeys, map.journeyType(), map.id()));
  }

  /**
   * Checks the journeys of each segment separately; segments are named from the customer id, and
   * returned sorted by name.
   */
  public Map<String, ConformanceReport> checkBySegment(
      Journeys journeys, IntFunction<String> segmentOfCustomer) {
    requireNonNull(journeys, "journeys");
    requireNonNull(segmentOfCustomer, "segmentOfCustomer");
    Map<String, Journeys.Collector> parts = new TreeMap<>();
    journeys.forEach(
        j -> {
          String seg = requireNonNull(segmentOfCustomer.apply(j.customer()), "segment of customer");
          parts.computeIfAbsent(seg, k -> Journeys.collector(journeys.dictionaries())).journey(j);
        });
    Map<String, ConformanceReport> out = new TreeMap<>();
    parts.forEach((k, c) -> out.put(k, check(c.build())));
    return Collections.unmodifiableMap(out);
  }

  private final class Analysis {
    final Journeys js;
    final Symbols sy;
    final int size = graph.size;
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

    Analysis(Journeys js, Symbols sy) {
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
          kind,
          stepId,
          from,
          to,
          tp,
          count,
          (double) count / nj,
          Wilson.interval(count, nj, level));
    }
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

  @Override
  public String toString() {
    return "ConformanceChecker{" + matcher + ", " + costs + "}";
  }
}
