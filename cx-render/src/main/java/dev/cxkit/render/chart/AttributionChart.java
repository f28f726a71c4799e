package dev.cxkit.render.chart;

import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.ChannelCredit;
import dev.cxkit.render.Palette;
import dev.cxkit.render.internal.Axes;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.LinearScale;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Channel credit side by side for several attribution models: one row per channel (with its palette
 * colour chip, so channels match other pictures), one bar per model showing the channel's share of
 * that model's conversions.
 *
 * <pre>{@code
 * String svg = AttributionChart.of("Who gets the credit",
 *     List.of(lastTouch.attribute(paths), markov.attribute(paths)), palette);
 * }</pre>
 */
public final class AttributionChart {
  private static final List<String> MODEL_COLORS =
      List.of(
          "#332288", "#88CCEE", "#44AA99", "#117733", "#DDCC77", "#CC6677", "#AA4499", "#882255");

  private AttributionChart() {}

  /** Credits of several {@link AttributionResult}s, labelled with their model names. */
  public static String of(String title, List<AttributionResult> results, Palette palette) {
    Map<String, Map<String, Double>> byModel = new LinkedHashMap<>();
    for (AttributionResult r : results) {
      Map<String, Double> credits = new LinkedHashMap<>();
      for (ChannelCredit c : r.credits()) {
        credits.put(c.channel(), c.conversions());
      }
      String name = r.model();
      int k = 2;
      while (byModel.containsKey(name)) {
        name = r.model() + " #" + k++;
      }
      byModel.put(name, credits);
    }
    return render(title, byModel, palette);
  }

  /**
   * The chart from plain numbers: model name to channel to credited conversions.
   *
   * @throws IllegalArgumentException if a credit is negative or not finite
   */
  public static String render(
      String title, Map<String, Map<String, Double>> creditsByModel, Palette palette) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(palette, "palette");
    List<String> models = new ArrayList<>(creditsByModel.keySet());
    TreeSet<String> channelSet = new TreeSet<>();
    Map<String, Double> totals = new LinkedHashMap<>();
    for (String m : models) {
      double total = 0;
      for (Map.Entry<String, Double> e : Objects.requireNonNull(creditsByModel.get(m)).entrySet()) {
        double v = Axes.finite("credit of " + e.getKey() + " in " + m, e.getValue());
        if (v < 0) {
          throw new IllegalArgumentException(
              "credit of " + e.getKey() + " in " + m + " must be >= 0, was " + v);
        }
        channelSet.add(e.getKey());
        total += v;
      }
      totals.put(m, total);
    }
    if (models.isEmpty() || channelSet.isEmpty()) {
      return Frame.noData(title, "There are no attribution results to compare.");
    }
    List<String> channels = new ArrayList<>(channelSet);
    double barH = models.size() > 4 ? 9 : 12;
    double rowH = models.size() * barH + 14;
    double labelW = 190;
    double plotW = 480;
    double top = Frame.HEADER + 44;
    double width = 16 + labelW + plotW + 70;
    double height = top + channels.size() * rowH + 40;
    SvgWriter w =
        Frame.open(
            width,
            height,
            title,
            channels.size()
                + " channels · "
                + models.size()
                + " models · bars: share of the model's"
                + " conversions");
    String[] colors = new String[models.size()];
    for (int i = 0; i < colors.length; i++) {
      colors[i] = MODEL_COLORS.get(i % MODEL_COLORS.size());
    }
    Frame.legend(w, 16, Frame.HEADER + 16, models.toArray(new String[0]), colors);
    double max = 0;
    for (String m : models) {
      double total = Objects.requireNonNull(totals.get(m));
      for (double v : Objects.requireNonNull(creditsByModel.get(m)).values()) {
        max = Math.max(max, total == 0 ? 0 : v / total);
      }
    }
    double x0 = 16 + labelW;
    LinearScale x = LinearScale.nice(0, Math.max(max, 0.05), x0, x0 + plotW);
    Axes.verticalGrid(w, x, top - 4, top + channels.size() * rowH, IntervalBars::pct);
    for (int c = 0; c < channels.size(); c++) {
      String ch = channels.get(c);
      double y = top + c * rowH;
      w.start("g", "class", "attribution-channel", "data-channel", ch);
      if (c % 2 == 1) {
        w.empty(
            "rect",
            "x",
            16,
            "y",
            y,
            "width",
            labelW + plotW,
            "height",
            rowH,
            "fill",
            Colors.BAND,
            "fill-opacity",
            0.7);
      }
      w.empty(
          "rect",
          "x",
          18,
          "y",
          y + rowH / 2 - 5,
          "width",
          10,
          "height",
          10,
          "rx",
          2,
          "fill",
          palette.color(ch));
      Text.line(w, ch, 34, y + rowH / 2 + 4, labelW - 30, 11.5);
      for (int m = 0; m < models.size(); m++) {
        String model = models.get(m);
        double v = Objects.requireNonNull(creditsByModel.get(model)).getOrDefault(ch, 0.0);
        double total = Objects.requireNonNull(totals.get(model));
        double share = total == 0 ? 0 : v / total;
        double by = y + 7 + m * barH;
        w.start(
            "rect",
            "class",
            "bar",
            "x",
            x0,
            "y",
            by,
            "width",
            Math.max(0.5, x.map(share) - x0),
            "height",
            barH - 2,
            "fill",
            colors[m]);
        w.element(
            "title",
            ch + " · " + model + ": " + Fmt.fixed(v, 1) + " conversions (" + Fmt.pct(share) + ")");
        w.end();
        if (barH >= 12) {
          w.element(
              "text",
              Fmt.pct(share),
              "x",
              x.map(share) + 4,
              "y",
              by + barH - 3,
              "font-size",
              9.5,
              "fill",
              Colors.MUTED);
        }
      }
      w.end();
    }
    return w.finish();
  }
}
