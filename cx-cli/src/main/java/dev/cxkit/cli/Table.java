package dev.cxkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A result table printed as an aligned text table, CSV (header row, RFC 4180 quoting) or a JSON
 * array of objects. Numbers always use a dot as decimal separator, whatever the default locale: CSV
 * and JSON get the shortest exact representation, the text table four significant decimals.
 */
final class Table {
  private final List<String> columns;
  private final List<@Nullable Object[]> rows = new ArrayList<>();

  Table(String... columns) {
    this.columns = List.of(columns);
  }

  /** Adds a row; cells are strings, numbers, booleans or null (empty). */
  Table row(@Nullable Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalStateException(
          "row has " + cells.length + " cells for " + columns.size() + " columns");
    }
    rows.add(cells.clone());
    return this;
  }

  int size() {
    return rows.size();
  }

  List<String> columns() {
    return columns;
  }

  Object cell(int row, String column) {
    return rows.get(row)[columns.indexOf(column)];
  }

  void print(PrintWriter out, OutputFormat format) {
    switch (format) {
      case csv:
        printCsv(out);
        break;
      case json:
        printJson(out);
        break;
      default:
        printText(out);
    }
    out.flush();
  }

  String render(OutputFormat format) {
    java.io.StringWriter s = new java.io.StringWriter();
    print(new PrintWriter(s), format);
    return s.toString();
  }

  private void printText(PrintWriter out) {
    int[] widths = new int[columns.size()];
    List<String[]> text = new ArrayList<>();
    for (Object[] r : rows) {
      String[] t = new String[r.length];
      for (int i = 0; i < r.length; i++) {
        t[i] = human(r[i]);
      }
      text.add(t);
    }
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).length();
      for (String[] t : text) {
        widths[i] = Math.max(widths[i], t[i].length());
      }
    }
    out.println(line(columns.toArray(new String[0]), widths, null));
    char[] dash = new char[Arrays.stream(widths).sum() + 2 * (widths.length - 1)];
    Arrays.fill(dash, '-');
    out.println(new String(dash));
    for (int r = 0; r < text.size(); r++) {
      out.println(line(text.get(r), widths, rows.get(r)));
    }
  }

  private static String line(String[] cells, int[] widths, @Nullable Object @Nullable [] raw) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append("  ");
      }
      boolean right = raw != null && raw[i] instanceof Number;
      String pad = " ".repeat(widths[i] - cells[i].length());
      sb.append(right ? pad + cells[i] : cells[i] + (i == cells.length - 1 ? "" : pad));
    }
    return sb.toString();
  }

  private void printCsv(PrintWriter out) {
    out.println(String.join(",", columns.stream().map(Table::csvQuote).toList()));
    for (Object[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(csvQuote(exact(r[i])));
      }
      out.println(sb);
    }
  }

  private void printJson(PrintWriter out) {
    out.println("[");
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder sb = new StringBuilder("  {");
      @Nullable Object[] row = rows.get(r);
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(jsonString(columns.get(i))).append(": ").append(jsonValue(row[i]));
      }
      sb.append(r == rows.size() - 1 ? "}" : "},");
      out.println(sb);
    }
    out.println("]");
  }

  /** Four decimals for people; integers as integers. */
  static String human(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d)) {
        return "";
      }
      return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%.1f" : "%.4f", d);
    }
    return v.toString();
  }

  /** The exact value for machines (Double.toString is locale-independent). */
  static String exact(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double && Double.isNaN((Double) v)) {
      return "";
    }
    return v.toString();
  }

  private static String csvQuote(String s) {
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static String jsonValue(@Nullable Object v) {
    if (v == null || (v instanceof Double && !Double.isFinite((Double) v))) {
      return "null";
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return jsonString(v.toString());
  }

  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }
}
