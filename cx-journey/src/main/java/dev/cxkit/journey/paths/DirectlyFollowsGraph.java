package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.Distribution;
import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.internal.Growth;
import dev.cxkit.journey.internal.LongCountMap;
import dev.cxkit.model.internal.ExactMath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The directly-follows graph of journeys, as process mining draws it (pm4py's frequency and
 * performance DFG, pm4py issues #448 and #512): one node per step with its occurrences and the
 * journeys that start and end there, one edge {@code a → b} per pair of consecutive steps with how
 * often {@code b} directly follows {@code a} and the time between the two events (median,
 * quartiles, 90th and 95th percentiles, type-7 quantiles of {@link Distribution}). Times are
 * measured between the events' timestamps, as pm4py does for a log without start timestamps.
 *
 * <p>With repeats collapsed ({@link PathOptions#collapseRepeats()}) a run of the same step is one
 * occurrence, and the time of an edge runs from the run's last event to the next step's event.
 *
 * {@snippet class=dev.cxkit.journey.paths.SnippetsTest region=directlyFollows}
 */
public final class DirectlyFollowsGraph {
  private final PathOptions options;
  private final List<Activity> activities;
  private final List<Edge> edges;
  private final long journeys;

  private DirectlyFollowsGraph(
      PathOptions options, List<Activity> activities, List<Edge> edges, long journeys) {
    this.options = options;
    this.activities = List.copyOf(activities);
    this.edges = List.copyOf(edges);
    this.journeys = journeys;
  }

  /** The graph of {@code journeys}. */
  public static DirectlyFollowsGraph of(Journeys journeys, PathOptions options) {
    Counter c = counter(journeys.dictionaries(), options);
    journeys.forEach(c);
    return c.snapshot();
  }

  /** A sink counting the graph; {@link Counter#snapshot()} finishes it. */
  public static Counter counter(EventDictionaries dictionaries, PathOptions options) {
    return new Counter(
        checkNotNull(dictionaries, "dictionaries"), checkNotNull(options, "options"));
  }

  /** How journeys became paths. */
  public PathOptions options() {
    return options;
  }

  /** The steps, most occurrences first (names break ties). */
  public List<Activity> activities() {
    return activities;
  }

  /** The edges, most frequent first (then by names). */
  public List<Edge> edges() {
    return edges;
  }

  /** Journeys counted. */
  public long journeys() {
    return journeys;
  }

  @Override
  public String toString() {
    return "DirectlyFollowsGraph["
        + activities.size()
        + " steps, "
        + edges.size()
        + " edges, "
        + journeys
        + " journeys]";
  }

  /**
   * A step of the graph.
   *
   * @param name the step
   * @param occurrences how often it occurs (a collapsed run once)
   * @param starts journeys whose first step it is
   * @param ends journeys whose last step it is
   */
  public record Activity(String name, long occurrences, long starts, long ends) {
    /** Validates the counts. */
    public Activity {
      checkNotNull(name, "name");
      checkArgument(
          starts >= 0 && ends >= 0 && starts <= occurrences && ends <= occurrences,
          "an activity needs 0 <= starts, ends <= occurrences, was %s, %s of %s",
          starts,
          ends,
          occurrences);
    }
  }

  /**
   * An edge: {@code to} directly follows {@code from}.
   *
   * @param from the earlier step
   * @param to the step right after it
   * @param count how often {@code to} directly follows {@code from}
   * @param time milliseconds between the two events, one value per occurrence
   */
  public record Edge(String from, String to, long count, Distribution time) {
    /** Validates the edge. */
    public Edge {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(time, "time");
      checkArgument(
          count >= 1 && time.n() == count,
          "an edge needs count >= 1 and one time per occurrence, was %s and %s times",
          count,
          time.n());
    }
  }

  /**
   * Counts steps and edges; merges with {@link #addAll}, finishes with {@link #snapshot()}.
   * Single-threaded: one counter per thread, merged afterwards.
   */
  public static final class Counter implements JourneySink {
    private final EventDictionaries dictionaries;
    private final PathOptions options;
    // key: step id; count: occurrences; sum: journeys starting there
    private final LongCountMap steps = new LongCountMap();
    private final LongCountMap ends = new LongCountMap();
    // key: from << 32 | to; count: occurrences
    private final LongCountMap edges = new LongCountMap();
    private int[] timeEdge = new int[64];
    private long[] times = new long[64];
    private int timeCount;
    private long journeys;

    Counter(EventDictionaries dictionaries, PathOptions options) {
      this.dictionaries = dictionaries;
      this.options = options;
    }

    @Override
    public void journey(JourneyView j) {
      journeys++;
      int prev = j.symbol(options.dimension(), 0);
      long prevTime = j.time(0);
      steps.add(prev, 1, 1);
      for (int i = 1; i < j.length(); i++) {
        int s = j.symbol(options.dimension(), i);
        long t = j.time(i);
        if (options.collapseRepeats() && s == prev) {
          prevTime = t;
          continue;
        }
        steps.add(s, 1, 0);
        edge(((long) prev << 32) | s, 1, ExactMath.subtract("time between events", t, prevTime));
        prev = s;
        prevTime = t;
      }
      ends.add(prev, 1, 0);
    }

    private void edge(long key, long count, long time) {
      int e = edges.add(key, count, 0);
      timeEdge = Growth.ensure(timeEdge, timeCount + 1);
      times = Growth.ensure(times, timeCount + 1);
      timeEdge[timeCount] = e;
      times[timeCount++] = time;
    }

    /** Adds the counts of {@code other} (same dictionaries and options); returns this. */
    public Counter addAll(Counter other) {
      checkArgument(
          other.dictionaries == dictionaries && other.options.equals(options),
          "counters must share dictionaries and options to merge, was %s vs %s",
          other.options,
          options);
      for (int i = 0; i < other.steps.size(); i++) {
        steps.add(other.steps.key(i), other.steps.count(i), other.steps.sum(i));
      }
      for (int i = 0; i < other.ends.size(); i++) {
        ends.add(other.ends.key(i), other.ends.count(i), 0);
      }
      for (int k = 0; k < other.timeCount; k++) {
        edge(other.edges.key(other.timeEdge[k]), 1, other.times[k]);
      }
      journeys = ExactMath.add("journeys", journeys, other.journeys);
      return this;
    }

    /** Journeys counted so far. */
    public long n() {
      return journeys;
    }

    @Override
    public String toString() {
      return "DirectlyFollowsGraph.Counter["
          + options
          + ", "
          + journeys
          + " journeys, "
          + edges.size()
          + " edges]";
    }

    /** The graph so far. */
    public DirectlyFollowsGraph snapshot() {
      Dictionary names = options.dimension().dictionary(dictionaries);
      List<Activity> a = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        int e = ends.find(steps.key(i));
        a.add(
            new Activity(
                names.name((int) steps.key(i)),
                steps.count(i),
                steps.sum(i),
                e < 0 ? 0 : ends.count(e)));
      }
      a.sort(
          Comparator.comparingLong(Activity::occurrences).reversed().thenComparing(Activity::name));
      // the times of each edge, gathered by a counting sort on the edge index
      int[] start = new int[edges.size() + 1];
      for (int k = 0; k < timeCount; k++) {
        start[timeEdge[k] + 1]++;
      }
      for (int e = 0; e < edges.size(); e++) {
        start[e + 1] += start[e];
      }
      long[] byEdge = new long[timeCount];
      int[] fill = java.util.Arrays.copyOf(start, edges.size());
      for (int k = 0; k < timeCount; k++) {
        byEdge[fill[timeEdge[k]]++] = times[k];
      }
      List<Edge> out = new ArrayList<>();
      for (int e = 0; e < edges.size(); e++) {
        long key = edges.key(e);
        long[] t = java.util.Arrays.copyOfRange(byEdge, start[e], start[e + 1]);
        out.add(
            new Edge(
                names.name((int) (key >>> 32)),
                names.name((int) (key & 0xFFFF_FFFFL)),
                edges.count(e),
                Distribution.of(t)));
      }
      out.sort(
          Comparator.comparingLong(Edge::count)
              .reversed()
              .thenComparing(Edge::from)
              .thenComparing(Edge::to));
      return new DirectlyFollowsGraph(options, a, out, journeys);
    }
  }
}
