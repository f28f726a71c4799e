package dev.cxkit.journey.assembly;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.events.EventFilter;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How one customer's ordered events are cut into journeys. Rules combine; an event always lands in
 * exactly one journey.
 *
 * <ul>
 *   <li>inactivity gap: a new journey starts when the time since the previous event is strictly
 *       greater than the gap;
 *   <li>maximum duration: a new journey starts when the event is strictly later than the journey's
 *       first event plus the maximum;
 *   <li>boundary: an event matching the boundary filter starts a new journey (it is the first event
 *       of the new journey);
 *   <li>goal: a journey containing an event matching the goal is converted; with {@code endAtGoal}
 *       the goal event is the last event of its journey.
 * </ul>
 *
 * {@snippet class=dev.cxkit.journey.assembly.SnippetsTest region=splitRules}
 *
 * @param inactivityGapMillis the gap in milliseconds, or {@link Long#MAX_VALUE} for none
 * @param maxDurationMillis the maximum journey duration in milliseconds, or {@link Long#MAX_VALUE}
 * @param goal the conversion goal, or null
 * @param endAtGoal whether a journey ends at its goal event
 * @param boundary events that start a new journey, or null
 */
public record SplitRules(
    long inactivityGapMillis,
    long maxDurationMillis,
    @Nullable EventFilter goal,
    boolean endAtGoal,
    @Nullable EventFilter boundary) {

  /** Validates the rules. */
  public SplitRules {
    checkArgument(
        inactivityGapMillis >= 0, "inactivityGap must be >= 0 ms, was %s", inactivityGapMillis);
    checkArgument(maxDurationMillis >= 0, "maxDuration must be >= 0 ms, was %s", maxDurationMillis);
    checkArgument(
        !endAtGoal || goal != null,
        "endAtGoal requires a goal, was endAtGoal=%s without goal",
        endAtGoal);
  }

  /** One journey per customer. */
  public static SplitRules none() {
    return new SplitRules(Long.MAX_VALUE, Long.MAX_VALUE, null, false, null);
  }

  /** These rules with an inactivity gap (a session timeout). */
  public SplitRules withInactivityGap(Duration gap) {
    return new SplitRules(
        millis(gap, "inactivityGap"), maxDurationMillis, goal, endAtGoal, boundary);
  }

  /** These rules with a maximum journey duration. */
  public SplitRules withMaxDuration(Duration max) {
    return new SplitRules(
        inactivityGapMillis, millis(max, "maxDuration"), goal, endAtGoal, boundary);
  }

  /** These rules with a conversion goal; {@code endAtGoal} ends each journey at its goal event. */
  public SplitRules withGoal(EventFilter goalFilter, boolean endAt) {
    return new SplitRules(
        inactivityGapMillis, maxDurationMillis, checkNotNull(goalFilter, "goal"), endAt, boundary);
  }

  /** These rules with boundary events that start a new journey. */
  public SplitRules withBoundary(EventFilter boundaryFilter) {
    return new SplitRules(
        inactivityGapMillis,
        maxDurationMillis,
        goal,
        endAtGoal,
        checkNotNull(boundaryFilter, "boundary"));
  }

  private static long millis(Duration d, String field) {
    checkNotNull(d, field);
    checkArgument(!d.isNegative() && !d.isZero(), "%s must be positive, was %s", field, d);
    return d.toMillis();
  }
}
