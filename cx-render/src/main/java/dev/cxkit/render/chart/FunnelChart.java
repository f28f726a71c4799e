package dev.cxkit.render.chart;

import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.journey.funnel.FunnelStep;
import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.LinearScale;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A funnel: one horizontal bar per step showing the share of entrants who reached it, an interval
 * whisker on that share, conversion from the previous step and the drop-off (count and share).
 *
 * <p>One denominator for everything on the chart, stated in its subtitle: bars, whiskers and the
 * overall conversion are all shares of the entrants, so every whisker encloses its bar ({@link
 * #render} refuses steps whose interval does not). For a journey-engine result the entrants are the
 * journeys that reached the first step, as in {@link FunnelResult#overallConversion()} and {@link
 * dev.cxkit.journey.funnel.FunnelStep#conversionFromStart()}: the chart shows the same figures as
 * the API and the command line's table; journeys that never reached the first step are counted in
 * the subtitle and in the first step's drop-off.
 *
 * <pre>{@code
 * String svg = FunnelChart.of("Checkout", funnel.analyze(journeys));
 * String byHand = FunnelChart.render("Checkout", 1000, List.of(
 *     new FunnelChart.Step("Cart", 800, 0.775, 0.823),
 *     new FunnelChart.Step("Pay", 500, 0.469, 0.531)));
 * }</pre>
 */
public final class FunnelChart {
  private FunnelChart() {}

  /**
   * One funnel step.
   *
   * @param name step name
   * @param reached journeys reaching the step
   * @param lower lower bound of the interval on {@code reached / entrants}
   * @param upper upper bound of that interval
   */
  public record Step(String name, long reached, double lower, double upper) {
    /** Checks the arguments. */
    public Step {
      Objects.requireNonNull(name, "name");
      if (reached < 0) {
        throw new IllegalArgumentException(
            "step.reached must be >= 0, was " + reached + " (step '" + name + "')");
      }
      if (!(lower >= 0 && lower <= upper && upper <= 1)) {
        throw new IllegalArgumentException(
            "step interval must satisfy 0 <= lower <= upper <= 1, was ["
                + lower
                + ", "
                + upper
                + "] (step '"
                + name
                + "')");
      }
    }
  }

  /**
   * The funnel of a journey-engine result: entrants are the journeys reaching the first step, bars
   * its {@code conversionFromStart}, whiskers its {@code fromStartInterval}, the overall figure its
   * {@link FunnelResult#overallConversion()}.
   */
  public static String of(String title, FunnelResult result) {
    Objects.requireNonNull(title, "title");
    List<FunnelStep> resultSteps = result.steps();
    FunnelStep first = resultSteps.get(0);
    if (first.reached() == 0) {
      return Frame.noData(
          title,
          "None of the "
              + Fmt.count(result.journeys())
              + " journeys reached the first step '"
              + first.name()
              + "', so there is no conversion.");
    }
    List<Step> steps = new ArrayList<>();
    for (FunnelStep s : resultSteps) {
      steps.add(
          new Step(
              s.name(),
              s.reached(),
              Math.max(0, Math.min(1, s.fromStartInterval().lower())),
              Math.max(0, Math.min(1, s.fromStartInterval().upper()))));
    }
    String denominator =
        Fmt.count(first.reached())
            + " entrants (journeys reaching '"
            + first.name()
            + "' of "
            + Fmt.count(result.journeys())
            + " analyzed)";
    return draw(title, first.reached(), result.journeys(), denominator, steps);
  }

  /**
   * The funnel picture; with zero entrants or no steps, a picture saying so. Bars are {@code
   * reached / entrants}; each step's interval must be on that same share.
   *
   * @throws IllegalArgumentException if {@code entrants} is negative, a step reached more journeys
   *     than entered, or a step's interval does not enclose its share of the entrants
   */
  public static String render(String title, long entrants, List<Step> steps) {
    Objects.requireNonNull(title, "title");
    if (entrants < 0) {
      throw new IllegalArgumentException("entrants must be >= 0, was " + entrants);
    }
    if (entrants == 0) {
      return Frame.noData(title, "The funnel has zero entrants, so there is no conversion.");
    }
    if (steps.isEmpty()) {
      return Frame.noData(title, "The funnel has no steps.");
    }
    return draw(title, entrants, entrants, Fmt.count(entrants) + " entrants", steps);
  }

  private static String draw(
      String title, long entrants, long analyzed, String denominator, List<Step> steps) {
    for (Step s : steps) {
      if (s.reached() > entrants) {
        throw new IllegalArgumentException(
            "step.reached must be <= entrants ("
                + entrants
                + "), was "
                + s.reached()
                + " (step '"
                + s.name()
                + "')");
      }
      double share = (double) s.reached() / entrants;
      if (share < s.lower() - 1e-12 || share > s.upper() + 1e-12) {
        throw new IllegalArgumentException(
            "step interval ["
                + s.lower()
                + ", "
                + s.upper()
                + "] must enclose the step's share of the entrants, reached/entrants = "
                + s.reached()
                + "/"
                + entrants
                + " = "
                + share
                + " (step '"
                + s.name()
                + "'): bars and intervals need one denominator");
      }
    }
    double labelW = 200;
    double plotW = 520;
    double infoW = 250;
    double rowH = 46;
    double top = Frame.HEADER + 30;
    double width = 16 + labelW + plotW + infoW;
    double height = top + steps.size() * rowH + 34;
    long last = steps.get(steps.size() - 1).reached();
    SvgWriter w =
        Frame.open(
            width,
            height,
            title,
            denominator + " · overall conversion " + Fmt.pct((double) last / entrants));
    double x0 = 16 + labelW;
    LinearScale x = LinearScale.exact(0, 1, x0, x0 + plotW);
    Axes.verticalGrid(w, x, top - 8, top + steps.size() * rowH, v -> Fmt.num(v * 100) + "%");
    w.element(
        "text",
        "share of entrants reaching the step (bar) with interval",
        "x",
        x0,
        "y",
        top - 14,
        "font-size",
        10.5,
        "fill",
        Colors.MUTED);
    long previous = analyzed;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      double y = top + i * rowH;
      double share = (double) s.reached() / entrants;
      // the first step's drop-off is of every journey analyzed; the bars are of the entrants
      long dropped = Math.max(0, previous - s.reached());
      double fromPrevious = previous == 0 ? 0 : (double) s.reached() / previous;
      w.start("g", "class", "funnel-step", "data-step", s.name());
      w.element(
          "title",
          s.name()
              + ": reached "
              + Fmt.count(s.reached())
              + " ("
              + Fmt.pct(share)
              + " of entrants, interval "
              + Fmt.pct(s.lower())
              + "–"
              + Fmt.pct(s.upper())
              + ")");
      Text.block(w, s.name(), 16, y + 6, labelW - 12, 2, 12, "font-weight", "600");
      double bw = Math.max(1, x.map(share) - x0);
      w.empty(
          "rect",
          "x",
          x0,
          "y",
          y + 8,
          "width",
          bw,
          "height",
          rowH - 18,
          "rx",
          3,
          "fill",
          Colors.ACCENT,
          "class",
          "bar");
      Axes.whisker(w, x.map(s.lower()), x.map(s.upper()), y + rowH / 2 - 1, true, Colors.INK);
      double tx = x0 + plotW + 12;
      w.element(
          "text",
          Fmt.count(s.reached()) + " · " + Fmt.pct(share),
          "x",
          tx,
          "y",
          y + 20,
          "font-size",
          12,
          "font-weight",
          "600");
      String detail =
          i == 0
              ? "drop-off before: "
                  + Fmt.count(dropped)
                  + " of "
                  + Fmt.count(previous)
                  + " ("
                  + Fmt.pct(1 - fromPrevious)
                  + ")"
              : Fmt.pct(fromPrevious)
                  + " of previous · drop-off "
                  + Fmt.count(dropped)
                  + " ("
                  + Fmt.pct(1 - fromPrevious)
                  + ")";
      w.element(
          "text",
          detail,
          "x",
          tx,
          "y",
          y + 35,
          "font-size",
          10.5,
          "fill",
          dropped > 0 ? Colors.BAD : Colors.MUTED,
          "class",
          "drop-off");
      w.end();
      previous = s.reached();
    }
    return w.finish();
  }
}
