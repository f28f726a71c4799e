package dev.cxkit.render;

import dev.cxkit.render.text.Escape;
import java.util.List;
import java.util.Objects;

/**
 * RFC 4180 CSV that is safe to open in a spreadsheet: a cell beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab, a carriage return or a line feed is prefixed with an apostrophe so
 * spreadsheets show it as text instead of running it as a formula (OWASP "CSV injection"). Plain
 * numbers such as {@code -1.5} are left alone. Cells go through {@link Escape#csvCell(String)}, the
 * escaping shared with the {@code ./cx} command's CSV output.
 *
 * <pre>{@code
 * String csv = CsvExport.toCsv(List.of("channel", "credit"),
 *     List.of(List.of("=HYPERLINK(\"x\")", "0.42")));
 * // channel,credit
 * // "'=HYPERLINK(""x"")",0.42
 * }</pre>
 */
public final class CsvExport {
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
    out.append(Escape.csvRecord(cells));
  }

  /** One cell: neutralised against formula injection, then quoted if needed. */
  public static String cell(String value) {
    return Escape.csvCell(Objects.requireNonNull(value, "cell value"));
  }
}
