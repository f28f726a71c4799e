package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;
import java.util.Optional;

/**
 * How much one driver matters for the outcome.
 *
 * <pre>{@code
 * DriverImportance billing = result.driver("billing");
 * billing.shapley();            // share of R² (LMG), e.g. 0.124
 * billing.shapleyShare();       // the same as a fraction of R², e.g. 0.31
 * billing.shapleyInterval();    // bootstrap percentile interval, when bootstrapped
 * }</pre>
 *
 * @param name the driver (touchpoint, attribute) name
 * @param shapley the Shapley/LMG share of R² (general dominance weight); shares sum to R²
 * @param shapleyShare {@code shapley / R²}, the share of explained variance
 * @param shapleyInterval bootstrap interval of {@code shapley}, empty when not bootstrapped
 * @param relativeWeight Johnson's relative weight (also sums to R²)
 * @param relativeWeightInterval bootstrap interval of {@code relativeWeight}
 * @param vif variance inflation factor of the driver among the drivers
 * @param correlation the (weighted) Pearson correlation of the driver with the outcome
 */
public record DriverImportance(
    String name,
    double shapley,
    double shapleyShare,
    Optional<Interval> shapleyInterval,
    double relativeWeight,
    Optional<Interval> relativeWeightInterval,
    double vif,
    double correlation) {

  /** Validates that every number is finite. */
  public DriverImportance {
    checkNotNull(name, "name");
    checkNotNull(shapleyInterval, "shapleyInterval");
    checkNotNull(relativeWeightInterval, "relativeWeightInterval");
    checkArgument(Double.isFinite(shapley), "shapley must be finite, was %s", shapley);
    checkArgument(
        Double.isFinite(shapleyShare), "shapleyShare must be finite, was %s", shapleyShare);
    checkArgument(
        Double.isFinite(relativeWeight), "relativeWeight must be finite, was %s", relativeWeight);
    checkArgument(Double.isFinite(vif) && vif >= 1 - 1e-9, "vif must be >= 1, was %s", vif);
    checkArgument(
        Double.isFinite(correlation) && Math.abs(correlation) <= 1 + 1e-9,
        "correlation must be in [-1, 1], was %s",
        correlation);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: shapley %.4f (%.1f%% of R²)%s, relative weight %.4f%s, r %+.3f, VIF %.2f",
        name,
        shapley,
        shapleyShare * 100,
        shapleyInterval.map(i -> " " + i).orElse(""),
        relativeWeight,
        relativeWeightInterval.map(i -> " " + i).orElse(""),
        correlation,
        vif);
  }
}
