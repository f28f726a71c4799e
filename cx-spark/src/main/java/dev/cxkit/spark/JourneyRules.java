package dev.cxkit.spark;

import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * cx-journey's {@link SplitRules} in a form that travels to Spark executors: the goal and boundary
 * are given by names, and each task turns them into {@link EventFilter}s over its own dictionaries
 * ({@link #toSplitRules}). The rules themselves are cx-journey's: inactivity gap, maximum duration,
 * goal (optionally ending the journey) and boundary events.
 *
 * <pre>{@code
 * JourneyRules rules = JourneyRules.none()
 *     .withInactivityGap(Duration.ofMinutes(30))
 *     .withGoal(Dimension.TYPE, true, "order");
 * }</pre>
 *
 * @param inactivityGapMillis the gap in milliseconds, or {@link Long#MAX_VALUE} for none
 * @param maxDurationMillis the maximum duration in milliseconds, or {@link Long#MAX_VALUE}
 * @param goalDimension the dimension the goal names are of, or null without goal
 * @param goalNames names that are the goal
 * @param endAtGoal whether a journey ends at its goal event
 * @param boundaryDimension the dimension the boundary names are of, or null without boundary
 * @param boundaryNames names of events that start a new journey
 */
public record JourneyRules(
    long inactivityGapMillis,
    long maxDurationMillis,
    @Nullable Dimension goalDimension,
    List<String> goalNames,
    boolean endAtGoal,
    @Nullable Dimension boundaryDimension,
    List<String> boundaryNames)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Checks the rules by building them once, as cx-journey validates them. */
  public JourneyRules {
    goalNames = List.copyOf(goalNames);
    boundaryNames = List.copyOf(boundaryNames);
    if ((goalDimension == null) != goalNames.isEmpty()) {
      throw new IllegalArgumentException(
          "goal names must be given exactly when a goal dimension is, was "
              + goalDimension
              + " "
              + goalNames);
    }
    if ((boundaryDimension == null) != boundaryNames.isEmpty()) {
      throw new IllegalArgumentException(
          "boundary names must be given exactly when a boundary dimension is, was "
              + boundaryDimension
              + " "
              + boundaryNames);
    }
  }

  /** One journey per customer. */
  public static JourneyRules none() {
    return new JourneyRules(
        Long.MAX_VALUE, Long.MAX_VALUE, null, List.of(), false, null, List.of());
  }

  /** These rules with an inactivity gap. */
  public JourneyRules withInactivityGap(Duration gap) {
    long ms = SplitRules.none().withInactivityGap(gap).inactivityGapMillis();
    return new JourneyRules(
        ms,
        maxDurationMillis,
        goalDimension,
        goalNames,
        endAtGoal,
        boundaryDimension,
        boundaryNames);
  }

  /** These rules with a maximum journey duration. */
  public JourneyRules withMaxDuration(Duration max) {
    long ms = SplitRules.none().withMaxDuration(max).maxDurationMillis();
    return new JourneyRules(
        inactivityGapMillis,
        ms,
        goalDimension,
        goalNames,
        endAtGoal,
        boundaryDimension,
        boundaryNames);
  }

  /** These rules with a goal: events whose {@code dimension} is any of {@code names}. */
  public JourneyRules withGoal(Dimension dimension, boolean endAt, String... names) {
    return new JourneyRules(
        inactivityGapMillis,
        maxDurationMillis,
        dimension,
        List.of(names),
        endAt,
        boundaryDimension,
        boundaryNames);
  }

  /** These rules with boundary events: events whose {@code dimension} is any of {@code names}. */
  public JourneyRules withBoundary(Dimension dimension, String... names) {
    return new JourneyRules(
        inactivityGapMillis,
        maxDurationMillis,
        goalDimension,
        goalNames,
        endAtGoal,
        dimension,
        List.of(names));
  }

  /** cx-journey's rules over {@code dictionaries} (goal and boundary names are interned). */
  public SplitRules toSplitRules(EventDictionaries dictionaries) {
    SplitRules r = SplitRules.none();
    if (inactivityGapMillis != Long.MAX_VALUE) {
      r = r.withInactivityGap(Duration.ofMillis(inactivityGapMillis));
    }
    if (maxDurationMillis != Long.MAX_VALUE) {
      r = r.withMaxDuration(Duration.ofMillis(maxDurationMillis));
    }
    if (goalDimension != null) {
      r = r.withGoal(EventFilter.of(goalDimension, dictionaries, goalNames), endAtGoal);
    }
    if (boundaryDimension != null) {
      r = r.withBoundary(EventFilter.of(boundaryDimension, dictionaries, boundaryNames));
    }
    return r;
  }
}
