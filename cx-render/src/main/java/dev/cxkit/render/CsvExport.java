package dev.cxkit.render;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV that is safe to open in a spreadsheet: a cell beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe so spreadsheets
 * show it as text instead of running it as a formula (OWASP "CSV injection"). Plain numbers such as
 * {@code -1.5} are left alone.
 *
 * {@snippet class=dev.cxkit.render.SnippetsTest region=csvExport}
 */
public final class CsvExport {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private CsvExport() {}

  /**
   * The CSV text, lines ending in CRLF.
   *
   * @throws IllegalArgumentException if a row has a different number of cells than the header
   */
  public static String toCsv(List<String> headers, List<? extends List<String>> rows) {
    Objects.requireNonNull(headers, "headers");
    StringBuilder out = new StringBuilder();
    line(out, headers);
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "rows[" + i + "] must have " + headers.size() + " cells, was " + row.size());
      }
      line(out, row);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** One cell: neutralised against formula injection, then quoted if needed. */
  public static String cell(String value) {
    String v = Objects.requireNonNull(value, "cell value");
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0
        || v.startsWith("'")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
