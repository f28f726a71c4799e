package dev.cxkit.journey.attribution;

import java.util.Locale;

/**
 * One rejected row of a path table file.
 *
 * <pre>{@code
 * try {
 *   PathTableReader.semicolon().read(file);
 * } catch (PathTableFormatException e) {
 *   for (RowError err : e.errors()) {
 *     System.err.println(err); // "line 7: total_null = '-3': must be a non-negative integer"
 *   }
 * }
 * }</pre>
 *
 * @param line the 1-based line number in the file (the header is line 1)
 * @param field the column name (or {@code "row"} for a problem with the row as a whole)
 * @param value the offending text, as read
 * @param rule the rule it breaks
 */
public record RowError(long line, String field, String value, String rule) {
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "line %d: %s = '%s': %s", line, field, value, rule);
  }
}
