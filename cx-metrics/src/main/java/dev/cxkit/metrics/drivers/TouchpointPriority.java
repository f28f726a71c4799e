package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One line of a {@link PriorityRanking}: how much a touchpoint matters, how well it performs, and
 * how urgent improving it is, each with its interval, and the reason in words.
 *
 * <pre>{@code
 * TouchpointPriority top = ranking.priorities().get(0);
 * top.touchpoint();     // "billing"
 * top.reason();         // "matters more than average (31% of explained variance ...) ..."
 * }</pre>
 *
 * @param rank 1 for the first thing to improve
 * @param touchpoint the touchpoint
 * @param importance Shapley/LMG share of the explained variance of the outcome (shares sum to 1)
 * @param importanceInterval bootstrap interval of the share
 * @param performance mean rating on the rating scale
 * @param performanceInterval bootstrap interval of the mean rating
 * @param goodness the mean rating on [0, 1], 1 the good end of the scale
 * @param priority importance × (1 − goodness): the share of explained variance times the room left
 *     to improve
 * @param priorityInterval bootstrap interval of the priority
 * @param firstShare share of bootstrap replicates in which this touchpoint ranks first
 * @param region the importance–performance region (mean crosshair over the touchpoints)
 * @param reason why the touchpoint ranks where it does
 */
public record TouchpointPriority(
    int rank,
    String touchpoint,
    double importance,
    Optional<Interval> importanceInterval,
    double performance,
    Optional<Interval> performanceInterval,
    double goodness,
    double priority,
    Optional<Interval> priorityInterval,
    OptionalDouble firstShare,
    IpaRegion region,
    String reason) {

  /** Validates the fields. */
  public TouchpointPriority {
    checkArgument(rank >= 1, "rank must be >= 1, was %s", rank);
    checkNotNull(touchpoint, "touchpoint");
    checkNotNull(importanceInterval, "importanceInterval");
    checkNotNull(performanceInterval, "performanceInterval");
    checkNotNull(priorityInterval, "priorityInterval");
    checkNotNull(firstShare, "firstShare");
    checkNotNull(region, "region");
    checkNotNull(reason, "reason");
    checkArgument(Double.isFinite(priority), "priority must be finite, was %s", priority);
  }

  @Override
  public String toString() {
    return rank + ". " + touchpoint + ": " + reason;
  }
}
