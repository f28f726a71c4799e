package dev.cxkit.cli;

/**
 * Bad input found by the command line itself (a file, a column, a cell): exit status 2 with its
 * one-line message, which names the file, line, field, value and rule where they are known.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }

  /** An option value the API refused: its message, which names the option's field and rule. */
  static BadInputException refused(IllegalArgumentException e) {
    String message = e.getMessage();
    return new BadInputException(message == null ? "invalid option value (" + e + ")" : message);
  }

  /** A cell that breaks a rule: {@code FILE: line N, field F, value 'V': RULE}. */
  static BadInputException cell(Object file, long line, String field, String value, String rule) {
    return new BadInputException(
        file + ": line " + line + ", field " + field + ", value '" + value + "': " + rule);
  }
}
