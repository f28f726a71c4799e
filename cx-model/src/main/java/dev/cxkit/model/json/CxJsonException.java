package dev.cxkit.model.json;

import java.util.Locale;

/**
 * JSON that cxkit cannot read or write, with the JSON path where the problem is and the rule that
 * was broken.
 *
 * {@snippet class=dev.cxkit.model.json.SnippetsTest region=cxJsonException}
 */
public final class CxJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String rule;
  private final int line;
  private final int column;

  CxJsonException(
      String path,
      String rule,
      int line,
      int column,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(format(path, rule, line, column), cause);
    this.path = path;
    this.rule = rule;
    this.line = line;
    this.column = column;
  }

  private static String format(String path, String rule, int line, int column) {
    String where =
        line > 0 ? String.format(Locale.ROOT, " (line %d, column %d)", line, column) : "";
    // paths and rules can quote field names and values of hostile input: shown escaped
    return dev.cxkit.model.internal.Checks.printable(path + ": " + rule + where);
  }

  /** The JSON path of the offending value, for example {@code $.interactions[3].timestamp}. */
  public String path() {
    return path;
  }

  /** The rule that was broken, without the path. */
  public String rule() {
    return rule;
  }

  /** The 1-based line of the problem in the input, or -1 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem in the input, or -1 when unknown. */
  public int column() {
    return column;
  }
}
