package dev.cxkit.render.chart;

import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.LinearScale;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/** Horizontal bars with optional interval whiskers, shared by driver charts. */
final class IntervalBars {
  private IntervalBars() {}

  static String render(
      String title,
      String subtitle,
      String axisLabel,
      List<DriverChart.Bar> bars,
      DoubleFunction<String> format) {
    Objects.requireNonNull(title, "title");
    if (bars.isEmpty()) {
      return Frame.noData(title, "There are no bars to draw.");
    }
    double min = 0;
    double max = 0;
    for (DriverChart.Bar b : bars) {
      min = Math.min(min, b.lower().orElse(b.value()));
      max = Math.max(max, b.upper().orElse(b.value()));
      min = Math.min(min, b.value());
      max = Math.max(max, b.value());
    }
    double labelW = 220;
    double plotW = 460;
    double rowH = bars.size() > 20 ? 22 : 30;
    double top = Frame.HEADER + 28;
    double width = 16 + labelW + plotW + 90;
    double height = top + bars.size() * rowH + 40;
    SvgWriter w = Frame.open(width, height, title, subtitle);
    double x0 = 16 + labelW;
    LinearScale x = LinearScale.nice(min, max, x0, x0 + plotW);
    Axes.verticalGrid(w, x, top - 6, top + bars.size() * rowH, format);
    w.element("text", axisLabel, "x", x0, "y", top - 12, "font-size", 10.5, "fill", Colors.MUTED);
    for (int i = 0; i < bars.size(); i++) {
      DriverChart.Bar b = bars.get(i);
      double y = top + i * rowH;
      w.start("g", "class", "bar-row", "data-label", b.label());
      w.element(
          "title",
          b.label()
              + ": "
              + format.apply(b.value())
              + (b.lower().isPresent()
                  ? " ["
                      + format.apply(b.lower().getAsDouble())
                      + ", "
                      + format.apply(b.upper().getAsDouble())
                      + "]"
                  : ""));
      Text.line(w, b.label(), x0 - 10, y + rowH / 2 + 4, labelW - 14, 11.5, "text-anchor", "end");
      double a = x.map(Math.min(0, b.value()));
      double c = x.map(Math.max(0, b.value()));
      w.empty(
          "rect",
          "class",
          "bar",
          "x",
          a,
          "y",
          y + 4,
          "width",
          Math.max(1, c - a),
          "height",
          rowH - 8,
          "rx",
          2,
          "fill",
          b.value() < 0 ? Colors.BAD : Colors.ACCENT);
      if (b.lower().isPresent()) {
        Axes.whisker(
            w,
            x.map(b.lower().getAsDouble()),
            x.map(b.upper().getAsDouble()),
            y + rowH / 2,
            true,
            Colors.INK);
      }
      double tx = x.map(b.upper().orElse(Math.max(0, b.value()))) + 8;
      w.element(
          "text",
          format.apply(b.value()),
          "x",
          tx,
          "y",
          y + rowH / 2 + 4,
          "font-size",
          10.5,
          "fill",
          Colors.MUTED);
      w.end();
    }
    return w.finish();
  }

  static String pct(double v) {
    return Fmt.num(Math.round(v * 1000) / 10.0) + "%";
  }
}
