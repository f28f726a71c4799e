package dev.cxkit.journey.attribution;

import java.util.List;
import java.util.Locale;

/**
 * A path table file with bad rows: carries every rejected row (line, field, value, rule).
 *
 * <pre>{@code
 * catch (PathTableFormatException e) { e.errors().forEach(System.err::println); }
 * }</pre>
 */
public final class PathTableFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  /** The rejected rows (all of them up to {@value PathTableReader#MAX_REPORTED_ERRORS}). */
  @SuppressWarnings("serial") // an unmodifiable List.copyOf of records
  private final List<RowError> errors;

  private final long errorCount;

  PathTableFormatException(String source, List<RowError> errors, long errorCount) {
    super(message(source, errors, errorCount));
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
  }

  private static String message(String source, List<RowError> errors, long errorCount) {
    StringBuilder sb =
        new StringBuilder(
            String.format(Locale.ROOT, "%s: %d bad row(s) in path table", source, errorCount));
    for (int i = 0; i < Math.min(SHOWN, errors.size()); i++) {
      sb.append("\n  ").append(errors.get(i));
    }
    if (errorCount > SHOWN) {
      sb.append(
          String.format(Locale.ROOT, "\n  ... and %d more (see errors())", errorCount - SHOWN));
    }
    return sb.toString();
  }

  /** Every rejected row, in file order (capped at {@value PathTableReader#MAX_REPORTED_ERRORS}). */
  public List<RowError> errors() {
    return errors;
  }

  /** The number of rejected rows, also beyond the cap. */
  public long errorCount() {
    return errorCount;
  }
}
