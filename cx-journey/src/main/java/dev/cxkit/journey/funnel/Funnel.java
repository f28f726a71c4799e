package dev.cxkit.journey.funnel;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A funnel of checkpoints with an ordering rule, an optional conversion window (measured from the
 * event that reached the first step), optional windows per step (measured from the previous step)
 * and exclusion steps. Each journey is one attempt; its depth is the most steps it reaches from any
 * event matching the first step (any step in {@link FunnelOrdering#ANY_ORDER}), and the step times
 * are those of the first start achieving that depth (see {@link FunnelMatcher} for the chain
 * chosen). A journey whose counted attempt meets a {@link FunnelExclusion} is removed from every
 * step and counted in {@link FunnelResult#excluded()}.
 *
 * {@snippet class=dev.cxkit.journey.funnel.SnippetsTest region=funnel}
 */
public final class Funnel {
  /** The most steps a funnel may have (one bit per step in the matcher's masks). */
  public static final int MAX_STEPS = 64;

  private final List<Checkpoint> steps;
  private final FunnelOrdering ordering;
  private final long windowMillis;
  private final long[] stepWindowMillis;
  private final List<FunnelExclusion> exclusions;
  private final double confidenceLevel;

  private Funnel(
      List<Checkpoint> steps,
      FunnelOrdering ordering,
      long windowMillis,
      long[] stepWindowMillis,
      List<FunnelExclusion> exclusions,
      double level) {
    this.steps = steps;
    this.ordering = ordering;
    this.windowMillis = windowMillis;
    this.stepWindowMillis = stepWindowMillis;
    this.exclusions = exclusions;
    this.confidenceLevel = level;
  }

  /**
   * A funnel; {@code window} null means no window. Intervals are at 95%.
   *
   * @throws IllegalArgumentException for no steps, more than {@link #MAX_STEPS}, duplicate step
   *     names or a non-positive window
   */
  public static Funnel of(
      List<Checkpoint> steps, FunnelOrdering ordering, @Nullable Duration window) {
    checkNotNull(steps, "steps");
    checkArgument(!steps.isEmpty(), "funnel steps must not be empty, was %s steps", steps.size());
    checkArgument(
        steps.size() <= MAX_STEPS,
        "funnel steps must be at most %s, was %s steps",
        MAX_STEPS,
        steps.size());
    List<String> names = new ArrayList<>();
    for (Checkpoint c : steps) {
      checkArgument(
          !names.contains(c.name()),
          "funnel step names must be distinct, was '%s' twice",
          c.name());
      names.add(c.name());
    }
    long w = window == null ? Long.MAX_VALUE : positiveMillis(window, "funnel window");
    long[] perStep = new long[steps.size()];
    Arrays.fill(perStep, Long.MAX_VALUE);
    return new Funnel(
        List.copyOf(steps), checkNotNull(ordering, "ordering"), w, perStep, List.of(), 0.95);
  }

  private static long positiveMillis(Duration d, String what) {
    checkArgument(!d.isNegative() && !d.isZero(), "%s must be positive, was %s", what, d);
    return d.toMillis();
  }

  /** This funnel with intervals at {@code level} instead of 0.95. */
  public Funnel withConfidenceLevel(double level) {
    checkArgument(level > 0 && level < 1, "confidence level must be in (0, 1), was %s", level);
    return new Funnel(steps, ordering, windowMillis, stepWindowMillis, exclusions, level);
  }

  /**
   * This funnel where step {@code step} (0-based, at least 1) must follow the previous step's event
   * within {@code window}, on top of the funnel's conversion window.
   *
   * @throws IllegalArgumentException for the first step, a step that does not exist, a non-positive
   *     window or an any-order funnel (its steps have no previous step)
   */
  public Funnel withStepWindow(int step, Duration window) {
    checkArgument(
        ordering != FunnelOrdering.ANY_ORDER,
        "step windows need an ordered funnel, was %s for step %s",
        ordering,
        step);
    checkArgument(
        step >= 1 && step < steps.size(),
        "step window step must be in 1..%s (the first step has no previous step), was %s",
        steps.size() - 1,
        step);
    checkNotNull(window, "window");
    long[] perStep = stepWindowMillis.clone();
    perStep[step] = positiveMillis(window, "window of step '" + steps.get(step).name() + "'");
    return new Funnel(steps, ordering, windowMillis, perStep, exclusions, confidenceLevel);
  }

  /**
   * This funnel with one more exclusion step.
   *
   * @throws IllegalArgumentException when the exclusion's steps are outside the funnel, its name is
   *     taken, or its filter overlaps a funnel step inside its range (an exclusion equal to a step
   *     would exclude every journey reaching that step)
   */
  public Funnel withExclusion(FunnelExclusion exclusion) {
    checkNotNull(exclusion, "exclusion");
    checkArgument(
        exclusion.toStep() < steps.size(),
        "exclusion '%s' toStep must be below the %s funnel steps, was %s",
        exclusion.name(),
        steps.size(),
        exclusion.toStep());
    checkArgument(
        exclusions.size() < 64, "exclusions must be at most 64, was %s", exclusions.size() + 1);
    for (FunnelExclusion x : exclusions) {
      checkArgument(
          !x.name().equals(exclusion.name()),
          "exclusion names must be distinct, was '%s' twice",
          exclusion.name());
    }
    for (int s = exclusion.fromStep(); s <= exclusion.toStep(); s++) {
      Checkpoint c = steps.get(s);
      checkArgument(
          !exclusion.filter().overlaps(c.filter()),
          "exclusion '%s' (%s) must not match funnel step '%s' (%s) of its range %s..%s",
          exclusion.name(),
          exclusion.filter(),
          c.name(),
          c.filter(),
          exclusion.fromStep(),
          exclusion.toStep());
    }
    List<FunnelExclusion> more = new ArrayList<>(exclusions);
    more.add(exclusion);
    return new Funnel(
        steps, ordering, windowMillis, stepWindowMillis, List.copyOf(more), confidenceLevel);
  }

  /** The steps. */
  public List<Checkpoint> steps() {
    return steps;
  }

  /** The ordering rule. */
  public FunnelOrdering ordering() {
    return ordering;
  }

  /** The exclusion steps, in the order added. */
  public List<FunnelExclusion> exclusions() {
    return exclusions;
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
    return bySegment(journeys, j -> segmentOfCustomer.apply(j.customer()));
  }

  /**
   * The funnel per segment, each compared with a reference segment (Newcombe intervals, Holm
   * adjusted p-values); see {@link FunnelBreakdown}. {@code reference} null takes the segment with
   * the most journeys entering the funnel.
   *
   * @throws IllegalArgumentException when {@code reference} names no segment
   */
  public FunnelBreakdown breakdown(
      Journeys journeys, Function<JourneyView, String> segmentOf, @Nullable String reference) {
    checkNotNull(segmentOf, "segmentOf");
    return FunnelBreakdown.of(bySegment(journeys, segmentOf), reference);
  }

  private Map<String, FunnelResult> bySegment(
      Journeys journeys, Function<JourneyView, String> segmentOf) {
    Map<String, Counter> counters = new TreeMap<>();
    journeys.forEach(
        j -> {
          String seg = checkNotNull(segmentOf.apply(j), "segment of customer %s", j.customer());
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

  FunnelMatcher matcher() {
    int n = exclusions.size();
    EventFilter[] ex = new EventFilter[n];
    int[] from = new int[n];
    int[] to = new int[n];
    for (int x = 0; x < n; x++) {
      ex[x] = exclusions.get(x).filter();
      from[x] = exclusions.get(x).fromStep();
      to[x] = exclusions.get(x).toStep();
    }
    EventFilter[] f = new EventFilter[steps.size()];
    for (int s = 0; s < f.length; s++) {
      f[s] = steps.get(s).filter();
    }
    return new FunnelMatcher(f, ex, from, to, ordering, windowMillis, stepWindowMillis);
  }

  @Override
  public String toString() {
    return "Funnel["
        + steps.size()
        + " steps, "
        + ordering
        + (windowMillis == Long.MAX_VALUE ? "" : ", window " + windowMillis + " ms")
        + (exclusions.isEmpty() ? "" : ", " + exclusions.size() + " exclusions")
        + "]";
  }

  /**
   * Counts journeys per depth, journeys excluded, step-to-step times and times from the first step;
   * merges with {@link #addAll}, finishes with {@link #snapshot()}. Single-threaded: one counter
   * per thread, merged afterwards.
   */
  public final class Counter implements JourneySink {
    private final FunnelMatcher matcher = matcher();
    private final long[] reached = new long[steps.size()];
    private final StepTimes fromPrevious = new StepTimes(steps.size());
    private final StepTimes fromStart = new StepTimes(steps.size());
    private final long[] scratch = new long[steps.size()];
    private long journeys;
    private long excluded;

    Counter() {}

    @Override
    public void journey(JourneyView j) {
      journeys++;
      matcher.match(j, scratch);
      if (matcher.excluded) {
        excluded++;
        return;
      }
      int d = matcher.depth;
      for (int s = 0; s < d; s++) {
        reached[s]++;
        if (s > 0) {
          fromPrevious.add(s, scratch[s] - scratch[s - 1]);
          fromStart.add(s, scratch[s] - scratch[0]);
        }
      }
    }

    /** Adds {@code other}'s counts (same funnel); returns this. */
    public Counter addAll(Counter other) {
      checkArgument(
          other.funnel() == funnel(),
          "counters must belong to the same funnel, was %s",
          other.funnel());
      journeys += other.journeys;
      excluded += other.excluded;
      for (int s = 0; s < reached.length; s++) {
        reached[s] += other.reached[s];
      }
      fromPrevious.addAll(other.fromPrevious);
      fromStart.addAll(other.fromStart);
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
      return FunnelResult.of(
          steps, journeys, excluded, reached, fromPrevious, fromStart, confidenceLevel);
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
