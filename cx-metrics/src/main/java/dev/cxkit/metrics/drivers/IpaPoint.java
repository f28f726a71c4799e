package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One attribute on the importance–performance grid.
 *
 * <pre>{@code
 * IpaPoint p = result.point("billing");
 * p.region();              // CONCENTRATE_HERE
 * p.regionStability();     // OptionalDouble[0.82]: 82% of bootstrap replicates agree
 * }</pre>
 *
 * @param attribute the attribute (touchpoint) name
 * @param importance stated or derived importance
 * @param performance mean performance
 * @param region the grid region
 * @param distance distance from the crosshair (Euclidean), or signed distance to the diagonal
 *     (positive above it)
 * @param importanceInterval bootstrap interval of the importance, when bootstrapped
 * @param performanceInterval bootstrap interval of the performance, when bootstrapped
 * @param regionStability share of bootstrap replicates that put the attribute in the same region
 */
public record IpaPoint(
    String attribute,
    double importance,
    double performance,
    IpaRegion region,
    double distance,
    Optional<Interval> importanceInterval,
    Optional<Interval> performanceInterval,
    OptionalDouble regionStability) {

  /** Validates the numbers. */
  public IpaPoint {
    checkNotNull(attribute, "attribute");
    checkNotNull(region, "region");
    checkNotNull(importanceInterval, "importanceInterval");
    checkNotNull(performanceInterval, "performanceInterval");
    checkNotNull(regionStability, "regionStability");
    checkArgument(Double.isFinite(importance), "importance must be finite, was %s", importance);
    checkArgument(Double.isFinite(performance), "performance must be finite, was %s", performance);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: importance %.3f%s, performance %.3f%s -> %s (distance %.3f%s)",
        attribute,
        importance,
        importanceInterval.map(i -> " " + i).orElse(""),
        performance,
        performanceInterval.map(i -> " " + i).orElse(""),
        region,
        distance,
        regionStability.isPresent()
            ? String.format(
                Locale.ROOT,
                ", stable in %.0f%% of replicates",
                regionStability.getAsDouble() * 100)
            : "");
  }
}
