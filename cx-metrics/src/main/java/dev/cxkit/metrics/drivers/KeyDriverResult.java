package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The result of a key-driver analysis: per-driver importance in input order, the model R², the
 * sample size and how the intervals were obtained.
 *
 * <pre>{@code
 * KeyDriverResult r = KeyDriverAnalysis.defaults().analyze(names, ratings, overall);
 * r.rSquared();                 // 0.52
 * r.rankedByShapley().get(0);   // the driver that matters most
 * }</pre>
 *
 * @param drivers per-driver importance, in the order the drivers were given
 * @param rSquared R² of the outcome on all drivers (OLS with intercept, weighted when weighted)
 * @param n number of respondents
 * @param effectiveN Kish effective sample size (equals {@code n} when unweighted)
 * @param weighted whether survey weights were used
 * @param replicates bootstrap replicates requested (0: no intervals)
 * @param failedReplicates replicates that could not be analyzed (a constant driver or a singular
 *     correlation matrix in the resample) and were left out of the intervals
 * @param confidenceLevel the level of the intervals
 */
public record KeyDriverResult(
    List<DriverImportance> drivers,
    double rSquared,
    int n,
    double effectiveN,
    boolean weighted,
    int replicates,
    int failedReplicates,
    double confidenceLevel) {

  /** Validates the summary numbers and copies the driver list. */
  public KeyDriverResult {
    checkNotNull(drivers, "drivers");
    drivers = List.copyOf(drivers);
    checkArgument(
        Double.isFinite(rSquared) && rSquared >= -1e-9 && rSquared <= 1 + 1e-9,
        "rSquared must be in [0, 1], was %s",
        rSquared);
    checkArgument(n > 0, "n must be positive, was %s", n);
    checkArgument(effectiveN > 0, "effectiveN must be positive, was %s", effectiveN);
    checkArgument(replicates >= 0, "replicates must be >= 0, was %s", replicates);
    checkArgument(
        failedReplicates >= 0 && failedReplicates <= replicates,
        "failedReplicates must be in 0..replicates, was %s",
        failedReplicates);
  }

  /** The drivers from most to least important by Shapley/LMG. */
  public List<DriverImportance> rankedByShapley() {
    return drivers.stream()
        .sorted(Comparator.comparingDouble(DriverImportance::shapley).reversed())
        .toList();
  }

  /**
   * The importance of the named driver.
   *
   * @throws IllegalArgumentException when no driver has that name
   */
  public DriverImportance driver(String name) {
    return drivers.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("driver must be one of the analyzed, was " + name));
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "KeyDriverResult{R²=%.4f, n=%d%s, bootstrap=%d%s}",
                rSquared,
                n,
                weighted
                    ? String.format(Locale.ROOT, " (weighted, Kish n_eff=%.1f)", effectiveN)
                    : "",
                replicates,
                failedReplicates > 0
                    ? String.format(Locale.ROOT, " (%d failed)", failedReplicates)
                    : ""));
    for (DriverImportance d : rankedByShapley()) {
      sb.append("\n  ").append(d);
    }
    return sb.toString();
  }
}
