package dev.cxkit.render.chart;

import dev.cxkit.metrics.drivers.DriverImportance;
import dev.cxkit.metrics.drivers.KeyDriverResult;
import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Fmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Key-driver importance as horizontal bars, largest first, with interval whiskers.
 *
 * <pre>{@code
 * String svg = DriverChart.of("What drives NPS", keyDriverResult);
 * String custom = DriverChart.render("Drivers", "importance", List.of(
 *     DriverChart.Bar.of("Speed", 0.31, 0.24, 0.38)));
 * }</pre>
 */
public final class DriverChart {
  private DriverChart() {}

  /**
   * One bar.
   *
   * @param label driver name
   * @param value the importance
   * @param lower interval lower bound, or empty
   * @param upper interval upper bound, present exactly when {@code lower} is
   */
  public record Bar(String label, double value, OptionalDouble lower, OptionalDouble upper) {
    /** Checks the arguments. */
    public Bar {
      Objects.requireNonNull(label, "label");
      Axes.finite("bar.value", value);
      if (lower.isPresent() != upper.isPresent()) {
        throw new IllegalArgumentException(
            "bar lower and upper must both be present or both empty (bar '" + label + "')");
      }
      lower.ifPresent(v -> Axes.finite("bar.lower", v));
      upper.ifPresent(v -> Axes.finite("bar.upper", v));
    }

    /** A bar with an interval. */
    public static Bar of(String label, double value, double lower, double upper) {
      return new Bar(label, value, OptionalDouble.of(lower), OptionalDouble.of(upper));
    }

    /** A bar without an interval. */
    public static Bar of(String label, double value) {
      return new Bar(label, value, OptionalDouble.empty(), OptionalDouble.empty());
    }
  }

  /** Shapley R² shares of a key-driver analysis, with the Shapley intervals rescaled to shares. */
  public static String of(String title, KeyDriverResult result) {
    List<Bar> bars = new ArrayList<>();
    for (DriverImportance d : result.rankedByShapley()) {
      double scale = d.shapley() == 0 ? 0 : d.shapleyShare() / d.shapley();
      bars.add(
          d.shapleyInterval()
              .filter(i -> scale > 0)
              .map(i -> Bar.of(d.name(), d.shapleyShare(), i.lower() * scale, i.upper() * scale))
              .orElse(Bar.of(d.name(), d.shapleyShare())));
    }
    String subtitle =
        "R² = "
            + Fmt.fixed(result.rSquared(), 3)
            + " · n = "
            + Fmt.count(result.n())
            + (result.replicates() > 0
                ? " · "
                    + Fmt.pct(result.confidenceLevel())
                    + " bootstrap intervals ("
                    + result.replicates()
                    + " replicates)"
                : "");
    return IntervalBars.render(
        title, subtitle, "share of explained variance (Shapley)", bars, IntervalBars::pct);
  }

  /** Bars in the given order with plain number labels. */
  public static String render(String title, String axisLabel, List<Bar> bars) {
    return IntervalBars.render(title, "", axisLabel, bars, Fmt::tick);
  }
}
