package dev.cxkit.render.chart;

import dev.cxkit.metrics.clv.FitChecks;
import dev.cxkit.render.internal.Fmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The frequency–recency P(alive) matrix of a buy-till-you-die model as a heat map: frequency down,
 * recency across, each cell shaded by P(alive) on the shared sequential scale of {@link
 * CohortHeatmap} and labelled with the percentage.
 *
 * <pre>{@code
 * String svg = AliveMatrixChart.of("P(alive), T = 39 weeks", FitChecks.aliveMatrix(model, 38.86, 14, 13));
 * }</pre>
 */
public final class AliveMatrixChart {
  private AliveMatrixChart() {}

  /** The heat map of {@code matrix}. */
  public static String of(String title, FitChecks.AliveMatrix matrix) {
    Objects.requireNonNull(title, "title");
    List<String> rows = new ArrayList<>();
    for (int x : matrix.frequencies()) {
      rows.add("x = " + x);
    }
    List<String> cols = new ArrayList<>();
    for (double r : matrix.recencies()) {
      cols.add(Fmt.tick(r));
    }
    double[][] v = matrix.values();
    Double[][] cells = new Double[v.length][];
    for (int i = 0; i < v.length; i++) {
      cells[i] = new Double[v[i].length];
      for (int j = 0; j < v[i].length; j++) {
        cells[i][j] = v[i][j];
      }
    }
    return CohortHeatmap.heatmap(
        title,
        "P(alive) by frequency (rows) and recency t_x (columns), T = " + Fmt.tick(matrix.age()),
        "P(alive) %:",
        "alive-row",
        "data-frequency",
        "t_x",
        rows,
        cols,
        cells);
  }
}
