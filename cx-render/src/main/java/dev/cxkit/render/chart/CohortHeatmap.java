package dev.cxkit.render.chart;

import dev.cxkit.metrics.retention.CohortRetentionTable;
import dev.cxkit.render.internal.Colors;
import dev.cxkit.render.internal.Fmt;
import dev.cxkit.render.internal.Frame;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A cohort retention heat map: cohorts down, age across, each observed cell shaded by retention (a
 * light-to-dark blue sequential scale that reads in greyscale too) and labelled with the
 * percentage; unobserved cells stay blank.
 *
 * <pre>{@code
 * String svg = CohortHeatmap.of("Monthly retention", CohortRetentionTable.of(counts, kind));
 * }</pre>
 */
public final class CohortHeatmap {
  private static final String[] BLUES = {
    "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
    "#08306b"
  };

  private CohortHeatmap() {}

  /** The heat map of a cohort table, cohorts labelled by period with their size. */
  public static String of(String title, CohortRetentionTable table) {
    List<String> rows = new ArrayList<>();
    int ages = 0;
    for (int c = 0; c < table.cohorts(); c++) {
      rows.add("cohort " + c + " (" + Fmt.count(table.counts().cohortSize(c)) + ")");
      ages = Math.max(ages, table.counts().maxObservedAge(c) + 1);
    }
    Double[][] values = new Double[table.cohorts()][ages];
    for (int c = 0; c < table.cohorts(); c++) {
      for (int a = 0; a < ages; a++) {
        if (table.isObserved(c, a)) {
          var r = table.retention(c, a);
          values[c][a] = r.isPresent() ? r.getAsDouble() : null;
        }
      }
    }
    List<String> cols = new ArrayList<>();
    for (int a = 0; a < ages; a++) {
      cols.add(Integer.toString(a));
    }
    return render(
        title + " (" + table.kind().name().toLowerCase(Locale.ROOT) + ")", rows, cols, values);
  }

  /**
   * The heat map from plain numbers: {@code values[row][column]} a proportion in [0, 1], or {@code
   * null} where unobserved.
   *
   * @throws IllegalArgumentException if the sizes disagree or a value is outside [0, 1]
   */
  public static String render(
      String title, List<String> rowLabels, List<String> columnLabels, Double[][] values) {
    return heatmap(
        title,
        rowLabels.size() + " cohorts · columns: periods since acquisition",
        "retention %:",
        "cohort-row",
        "data-cohort",
        "period",
        rowLabels,
        columnLabels,
        values);
  }

  /**
   * The shared heat map of proportions: also drawn by {@link AliveMatrixChart}. {@code rowClass} is
   * the class of each row group, {@code rowAttribute} the attribute carrying its label and {@code
   * columnNoun} names a column in the cell tooltips.
   */
  static String heatmap(
      String title,
      String subtitle,
      String legendLabel,
      String rowClass,
      String rowAttribute,
      String columnNoun,
      List<String> rowLabels,
      List<String> columnLabels,
      Double[][] values) {
    Objects.requireNonNull(title, "title");
    if (values.length != rowLabels.size()) {
      throw new IllegalArgumentException(
          "values must have one row per row label ("
              + rowLabels.size()
              + "), was "
              + values.length);
    }
    boolean any = false;
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != columnLabels.size()) {
        throw new IllegalArgumentException(
            "values["
                + r
                + "] must have "
                + columnLabels.size()
                + " columns, was "
                + values[r].length);
      }
      for (int c = 0; c < values[r].length; c++) {
        Double v = values[r][c];
        if (v != null) {
          if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(
                "values[" + r + "][" + c + "] must be in [0, 1], was " + v);
          }
          any = true;
        }
      }
    }
    if (!any) {
      return Frame.noData(title, "No cohort has an observed retention value.");
    }
    double labelW = 150;
    double cell = columnLabels.size() > 24 ? 30 : 44;
    double cellH = rowLabels.size() > 30 ? 18 : 24;
    double top = Frame.HEADER + 30;
    double width = Math.max(420, 16 + labelW + cell * columnLabels.size() + 20);
    double height = top + cellH * rowLabels.size() + 56;
    SvgWriter w = Frame.open(width, height, title, subtitle);
    double x0 = 16 + labelW;
    for (int c = 0; c < columnLabels.size(); c++) {
      Text.line(
          w,
          columnLabels.get(c),
          x0 + c * cell + cell / 2,
          top - 8,
          cell - 2,
          10.5,
          "text-anchor",
          "middle",
          "fill",
          Colors.MUTED);
    }
    for (int r = 0; r < rowLabels.size(); r++) {
      double y = top + r * cellH;
      w.start("g", "class", rowClass, rowAttribute, rowLabels.get(r));
      Text.line(
          w, rowLabels.get(r), x0 - 8, y + cellH / 2 + 4, labelW - 8, 11, "text-anchor", "end");
      for (int c = 0; c < columnLabels.size(); c++) {
        Double v = values[r][c];
        if (v == null) {
          continue;
        }
        String fill = BLUES[(int) Math.min(BLUES.length - 1, Math.floor(v * BLUES.length))];
        w.start(
            "rect",
            "class",
            "cell",
            "x",
            x0 + c * cell + 1,
            "y",
            y + 1,
            "width",
            cell - 2,
            "height",
            cellH - 2,
            "fill",
            fill);
        w.element(
            "title",
            rowLabels.get(r) + ", " + columnNoun + " " + columnLabels.get(c) + ": " + Fmt.pct(v));
        w.end();
        w.element(
            "text",
            Fmt.num(Math.round(v * 100)),
            "x",
            x0 + c * cell + cell / 2,
            "y",
            y + cellH / 2 + 3.5,
            "font-size",
            cell < 40 ? 9 : 10,
            "text-anchor",
            "middle",
            "fill",
            v >= 0.55 ? "#ffffff" : Colors.INK);
      }
      w.end();
    }
    double ly = top + cellH * rowLabels.size() + 24;
    w.element("text", legendLabel, "x", x0, "y", ly + 9, "font-size", 10.5, "fill", Colors.MUTED);
    for (int i = 0; i < BLUES.length; i++) {
      w.empty("rect", "x", x0 + 70 + i * 22, "y", ly, "width", 22, "height", 12, "fill", BLUES[i]);
    }
    w.element("text", "0", "x", x0 + 70, "y", ly + 24, "font-size", 9.5, "fill", Colors.MUTED);
    w.element(
        "text",
        "100",
        "x",
        x0 + 70 + BLUES.length * 22,
        "y",
        ly + 24,
        "font-size",
        9.5,
        "fill",
        Colors.MUTED,
        "text-anchor",
        "end");
    return w.finish();
  }
}
