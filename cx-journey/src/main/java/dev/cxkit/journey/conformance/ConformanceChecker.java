package dev.cxkit.journey.conformance;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.model.journey.Journey;
import dev.cxkit.model.map.JourneyMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
  final StepMatcher matcher;
  final AlignmentCosts costs;
  final MapGraph graph;
  final double level;

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
  final class Symbols {
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
    return new ConformanceAnalysis(this, journeys, sy).run();
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

  @Override
  public String toString() {
    return "ConformanceChecker{" + matcher + ", " + costs + "}";
  }
}
