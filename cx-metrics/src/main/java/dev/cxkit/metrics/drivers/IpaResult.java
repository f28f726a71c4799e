package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;

/**
 * An importance–performance analysis: every attribute with its region, and the crosshair used.
 *
 * <pre>{@code
 * IpaResult r = ImportancePerformanceAnalysis.defaults().ofSummaries(names, imp, perf);
 * r.inRegion(IpaRegion.CONCENTRATE_HERE);   // what to improve
 * }</pre>
 *
 * @param points the attributes in input order
 * @param crosshair the rule
 * @param centreImportance the importance coordinate of the crosshair (0 for the diagonal)
 * @param centrePerformance the performance coordinate of the crosshair (0 for the diagonal)
 * @param importanceSource how importance was obtained
 * @param n respondents (0 for summary input)
 * @param replicates bootstrap replicates used for intervals and stability (0: none)
 */
public record IpaResult(
    List<IpaPoint> points,
    Crosshair crosshair,
    double centreImportance,
    double centrePerformance,
    ImportanceSource importanceSource,
    int n,
    int replicates) {

  /** How importance was measured. */
  public enum ImportanceSource {
    /** Given as summary values. */
    GIVEN,
    /** Mean of respondents' stated importance ratings. */
    STATED,
    /** Derived: Shapley/LMG share of R² of the outcome on the performance ratings. */
    DERIVED_SHAPLEY
  }

  /** Copies the points. */
  public IpaResult {
    points = List.copyOf(points);
    checkNotNull(crosshair, "crosshair");
    checkNotNull(importanceSource, "importanceSource");
  }

  /** The attributes in {@code region}. */
  public List<IpaPoint> inRegion(IpaRegion region) {
    return points.stream().filter(p -> p.region() == region).toList();
  }

  /**
   * The named attribute.
   *
   * @throws IllegalArgumentException for an unknown attribute
   */
  public IpaPoint point(String attribute) {
    return points.stream()
        .filter(p -> p.attribute().equals(attribute))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("attribute must be one analyzed, was " + attribute));
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "IpaResult{crosshair=%s at (%.3f, %.3f), importance=%s, n=%d, bootstrap=%d}",
                crosshair,
                centreImportance,
                centrePerformance,
                importanceSource,
                n,
                replicates));
    for (IpaPoint p : points) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
