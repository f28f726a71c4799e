package dev.cxkit.journey.funnel;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.internal.Growth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An ordered funnel of checkpoints with an ordering rule and an optional conversion window
 * (measured from the event that reached the first step). Each journey is one attempt; its depth is
 * the most steps it reaches from any event matching the first step (greedy earliest matching from
 * each start, which is optimal for a fixed start), and the step times are those of the first start
 * achieving that depth.
 *
 * <pre>{@code
 * Funnel f = Funnel.of(List.of(
 *         new Checkpoint("click", EventFilter.types(dict, "clicks")),
 *         new Checkpoint("cart", EventFilter.types(dict, "carts")),
 *         new Checkpoint("order", EventFilter.types(dict, "orders"))),
 *     FunnelOrdering.LOOSE, Duration.ofDays(1));
 * FunnelResult r = f.analyze(journeys);
 * r.steps().get(2).conversionFromStart();
 * }</pre>
 */
public final class Funnel {
  private final List<Checkpoint> steps;
  private final FunnelOrdering ordering;
  private final long windowMillis;
  private final double confidenceLevel;

  private Funnel(List<Checkpoint> steps, FunnelOrdering ordering, long windowMillis, double level) {
    this.steps = steps;
    this.ordering = ordering;
    this.windowMillis = windowMillis;
    this.confidenceLevel = level;
  }

  /**
   * A funnel; {@code window} null means no window. Intervals are at 95%.
   *
   * @throws IllegalArgumentException for no steps, duplicate step names or a non-positive window
   */
  public static Funnel of(
      List<Checkpoint> steps, FunnelOrdering ordering, @Nullable Duration window) {
    checkNotNull(steps, "steps");
    checkArgument(!steps.isEmpty(), "funnel steps must not be empty, was %s steps", steps.size());
    List<String> names = new ArrayList<>();
    for (Checkpoint c : steps) {
      checkArgument(
          !names.contains(c.name()),
          "funnel step names must be distinct, was '%s' twice",
          c.name());
      names.add(c.name());
    }
    long w = Long.MAX_VALUE;
    if (window != null) {
      checkArgument(
          !window.isNegative() && !window.isZero(),
          "funnel window must be positive, was %s",
          window);
      w = window.toMillis();
    }
    return new Funnel(List.copyOf(steps), checkNotNull(ordering, "ordering"), w, 0.95);
  }

  /** This funnel with intervals at {@code level} instead of 0.95. */
  public Funnel withConfidenceLevel(double level) {
    checkArgument(level > 0 && level < 1, "confidence level must be in (0, 1), was %s", level);
    return new Funnel(steps, ordering, windowMillis, level);
  }

  /** The steps. */
  public List<Checkpoint> steps() {
    return steps;
  }

  /** The ordering rule. */
  public FunnelOrdering ordering() {
    return ordering;
  }

  /** The figures over {@code journeys}. */
  public FunnelResult analyze(Journeys journeys) {
    Counter c = counter();
    journeys.forEach(c);
    return c.snapshot();
  }

  /** One result per segment (segment names from the customer id), sorted by segment name. */
  public Map<String, FunnelResult> analyzeBySegment(
      Journeys journeys, IntFunction<String> segmentOfCustomer) {
    checkNotNull(segmentOfCustomer, "segmentOfCustomer");
    Map<String, Counter> counters = new TreeMap<>();
    journeys.forEach(
        j -> {
          String seg =
              checkNotNull(
                  segmentOfCustomer.apply(j.customer()), "segment of customer %s", j.customer());
          counters.computeIfAbsent(seg, s -> counter()).journey(j);
        });
    Map<String, FunnelResult> out = new TreeMap<>();
    counters.forEach((k, v) -> out.put(k, v.snapshot()));
    return out;
  }

  /** A sink counting journeys through this funnel. */
  public Counter counter() {
    return new Counter();
  }

  /**
   * The number of steps {@code j} reaches (0..steps) and, in {@code stepTimes}, the time of each
   * reached step of the best match.
   */
  int depth(JourneyView j, long[] stepTimes) {
    int k = steps.size();
    int len = j.length();
    int best = 0;
    for (int start = 0; start < len && best < k; start++) {
      if (!matches(0, j, start)) {
        continue;
      }
      long t0 = j.time(start);
      int depth = 1;
      long[] times = new long[k];
      times[0] = t0;
      int pos = start;
      while (depth < k) {
        int next = -1;
        if (ordering == FunnelOrdering.STRICT) {
          if (pos + 1 < len && matches(depth, j, pos + 1)) {
            next = pos + 1;
          }
        } else {
          for (int i = pos + 1; i < len; i++) {
            if (j.time(i) - t0 > windowMillis) {
              break;
            }
            if (matches(depth, j, i)) {
              next = i;
              break;
            }
          }
        }
        if (next < 0 || j.time(next) - t0 > windowMillis) {
          break;
        }
        times[depth++] = j.time(next);
        pos = next;
      }
      if (depth > best) {
        best = depth;
        System.arraycopy(times, 0, stepTimes, 0, depth);
      }
    }
    return best;
  }

  private boolean matches(int step, JourneyView j, int i) {
    return steps.get(step).filter().matches(j.touchpoint(i), j.channel(i), j.type(i), j.stage(i));
  }

  @Override
  public String toString() {
    return "Funnel["
        + steps.size()
        + " steps, "
        + ordering
        + (windowMillis == Long.MAX_VALUE ? "" : ", window " + windowMillis + " ms")
        + "]";
  }

  /**
   * Counts journeys per depth and step-to-step times; merges with {@link #addAll}, finishes with
   * {@link #snapshot()}. Single-threaded: one counter per thread, merged afterwards.
   */
  public final class Counter implements JourneySink {
    private final long[] reached = new long[steps.size()];
    private final long[][] gaps = new long[steps.size()][16];
    private final int[] gapCount = new int[steps.size()];
    private final long[] scratch = new long[steps.size()];
    private long journeys;

    Counter() {}

    @Override
    public void journey(JourneyView j) {
      journeys++;
      int d = depth(j, scratch);
      for (int s = 0; s < d; s++) {
        reached[s]++;
        if (s > 0) {
          addGap(s, scratch[s] - scratch[s - 1]);
        }
      }
    }

    private void addGap(int s, long g) {
      gaps[s] = Growth.ensure(gaps[s], gapCount[s] + 1);
      gaps[s][gapCount[s]++] = g;
    }

    /** Adds {@code other}'s counts (same funnel); returns this. */
    public Counter addAll(Counter other) {
      checkArgument(
          other.funnel() == funnel(),
          "counters must belong to the same funnel, was %s",
          other.funnel());
      journeys += other.journeys;
      for (int s = 0; s < reached.length; s++) {
        reached[s] += other.reached[s];
        for (int i = 0; i < other.gapCount[s]; i++) {
          addGap(s, other.gaps[s][i]);
        }
      }
      return this;
    }

    private Funnel funnel() {
      return Funnel.this;
    }

    /** Journeys counted so far. */
    public long n() {
      return journeys;
    }

    /** The figures so far. */
    public FunnelResult snapshot() {
      return FunnelResult.of(steps, journeys, reached, gaps, gapCount, confidenceLevel);
    }

    @Override
    public String toString() {
      return "Funnel.Counter["
          + journeys
          + " journeys, reached "
          + java.util.Arrays.toString(reached)
          + "]";
    }
  }
}
