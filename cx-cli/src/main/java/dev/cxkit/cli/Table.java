package dev.cxkit.cli;

import dev.cxkit.render.text.Escape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records of one shape: typed {@link Column columns} and rows of cells, printed as an aligned text
 * table (numbers right-aligned with their column's decimals), as RFC 4180 CSV through cxkit's one
 * escaping layer ({@link Escape#csvCell}) or as a JSON array of objects with typed values. Cells
 * are checked when a row is added: a NaN or infinite number is bad input (exit 2), a cell that does
 * not fit its column a bug.
 */
final class Table {
  private final List<Column> columns;
  private final List<@Nullable Object[]> rows = new ArrayList<>();

  Table(Column... columns) {
    this.columns = List.of(columns);
  }

  /** Adds a row; see {@link Column#check} for the values each kind of column takes. */
  Table row(@Nullable Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalStateException(
          "row has " + cells.length + " cells for " + columns.size() + " columns");
    }
    String context =
        cells.length > 0 && cells[0] instanceof String s
            ? " (row '" + Escape.line(s) + "')"
            : " (row " + (rows.size() + 1) + ")";
    Object[] checked = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      checked[i] = columns.get(i).check(cells[i], context);
    }
    rows.add(checked);
    return this;
  }

  int size() {
    return rows.size();
  }

  List<Column> columns() {
    return columns;
  }

  /** The names of the columns. */
  List<String> names() {
    return columns.stream().map(Column::name).toList();
  }

  /** A checked cell. */
  @Nullable Object cell(int row, String column) {
    return rows.get(row)[names().indexOf(column)];
  }

  /** Row {@code r} as people read it. */
  List<String> humanRow(int r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      out.add(columns.get(i).human(rows.get(r)[i]));
    }
    return out;
  }

  /** The aligned text table, header and rule first, lines ending in a line feed. */
  String text() {
    int[] widths = new int[columns.size()];
    List<List<String>> text = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      text.add(humanRow(r));
    }
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).name().length();
      for (List<String> t : text) {
        widths[i] = Math.max(widths[i], t.get(i).codePointCount(0, t.get(i).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(line(names(), widths, false)).append('\n');
    char[] dash = new char[Arrays.stream(widths).sum() + 2 * Math.max(0, widths.length - 1)];
    Arrays.fill(dash, '-');
    out.append(dash).append('\n');
    for (List<String> t : text) {
      out.append(line(t, widths, true)).append('\n');
    }
    return out.toString();
  }

  private String line(List<String> cells, int[] widths, boolean alignNumbers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append("  ");
      }
      String c = cells.get(i);
      String pad = " ".repeat(widths[i] - c.codePointCount(0, c.length()));
      boolean right = alignNumbers && columns.get(i).kind().numeric();
      sb.append(right ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
    }
    return sb.toString().stripTrailing();
  }

  /** The CSV text: header record, then one record per row, each ending in CRLF. */
  String csv() {
    StringBuilder out = new StringBuilder(Escape.csvRecord(names()));
    for (Object[] r : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.length; i++) {
        cells.add(columns.get(i).exact(r[i]));
      }
      out.append(Escape.csvRecord(cells));
    }
    return out.toString();
  }

  /** Row {@code r} as a one-line JSON object. */
  String jsonObject(int r) {
    StringBuilder sb = new StringBuilder("{");
    Object[] row = rows.get(r);
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Escape.jsonString(columns.get(i).name()))
          .append(": ")
          .append(columns.get(i).json(row[i]));
    }
    return sb.append('}').toString();
  }
}
