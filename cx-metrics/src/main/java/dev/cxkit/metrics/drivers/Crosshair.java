package dev.cxkit.metrics.drivers;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Quantiles;
import java.util.Locale;

/**
 * How an importance–performance grid is divided: crosshairs at the attributes' mean or median, at
 * the scale midpoints, at custom values, or the iso-priority diagonal importance = performance
 * (Abalo, Varela &amp; Manzano 2007; Bacon 2003), which requires both on one scale.
 *
 * <pre>{@code
 * Crosshair.mean();                        // data-centred (Martilla & James 1977 used scale means)
 * Crosshair.scaleMidpoint(3.0, 3.0);       // 1-5 importance and performance scales
 * Crosshair.diagonal();                    // priority where importance > performance
 * }</pre>
 *
 * @param rule the rule
 * @param importance the custom or midpoint importance (0 for data-driven rules and the diagonal)
 * @param performance the custom or midpoint performance (0 for data-driven rules and the diagonal)
 */
public record Crosshair(Rule rule, double importance, double performance) {

  /** The rules. */
  public enum Rule {
    /** Mean importance and mean performance of the attributes. */
    MEAN,
    /** Median importance and median performance of the attributes. */
    MEDIAN,
    /** The midpoints of the importance and performance scales. */
    SCALE_MIDPOINT,
    /** Values given by the analyst. */
    CUSTOM,
    /** The iso-priority line importance = performance. */
    DIAGONAL
  }

  /** Validates finiteness. */
  public Crosshair {
    checkArgument(rule != null, "crosshair rule must be given");
    checkArgument(
        Double.isFinite(importance) && Double.isFinite(performance),
        "crosshair values must be finite, was (%s, %s)",
        importance,
        performance);
  }

  /** Crosshair at the attributes' means. */
  public static Crosshair mean() {
    return new Crosshair(Rule.MEAN, 0, 0);
  }

  /** Crosshair at the attributes' medians. */
  public static Crosshair median() {
    return new Crosshair(Rule.MEDIAN, 0, 0);
  }

  /** Crosshair at the scale midpoints, e.g. 3 and 3 for 1–5 scales. */
  public static Crosshair scaleMidpoint(double importanceMidpoint, double performanceMidpoint) {
    return new Crosshair(Rule.SCALE_MIDPOINT, importanceMidpoint, performanceMidpoint);
  }

  /** Crosshair at analyst-chosen values. */
  public static Crosshair custom(double importance, double performance) {
    return new Crosshair(Rule.CUSTOM, importance, performance);
  }

  /** The iso-priority diagonal importance = performance. */
  public static Crosshair diagonal() {
    return new Crosshair(Rule.DIAGONAL, 0, 0);
  }

  /** The centre (importance, performance) for these attributes; unused by the diagonal. */
  double[] centre(double[] importance, double[] performance) {
    return switch (rule) {
      case MEAN -> new double[] {mean(importance), mean(performance)};
      case MEDIAN -> new double[] {Quantiles.median(importance), Quantiles.median(performance)};
      case SCALE_MIDPOINT, CUSTOM -> new double[] {this.importance, this.performance};
      case DIAGONAL -> new double[] {0, 0};
    };
  }

  /** The region of one attribute given the centre from {@link #centre}. */
  IpaRegion region(double imp, double perf, double[] centre) {
    if (rule == Rule.DIAGONAL) {
      return imp > perf ? IpaRegion.ABOVE_DIAGONAL : IpaRegion.ON_OR_BELOW_DIAGONAL;
    }
    boolean high = imp >= centre[0];
    boolean good = perf >= centre[1];
    if (high) {
      return good ? IpaRegion.KEEP_UP_THE_GOOD_WORK : IpaRegion.CONCENTRATE_HERE;
    }
    return good ? IpaRegion.POSSIBLE_OVERKILL : IpaRegion.LOW_PRIORITY;
  }

  /** Euclidean distance from the centre, or the signed distance (I − P)/√2 to the diagonal. */
  double distance(double imp, double perf, double[] centre) {
    if (rule == Rule.DIAGONAL) {
      return (imp - perf) / Math.sqrt(2.0);
    }
    return Math.hypot(imp - centre[0], perf - centre[1]);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  @Override
  public String toString() {
    return switch (rule) {
      case SCALE_MIDPOINT, CUSTOM ->
          String.format(Locale.ROOT, "%s(%.3f, %.3f)", rule, importance, performance);
      default -> rule.toString();
    };
  }
}
