package dev.cxkit.model.csv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.Checks;

/**
 * A record a reader refused, or the place where reading stopped: which input, line, column and
 * field, the value and the rule it broke. Long values and names are stored shortened (the first 40
 * characters and the length); {@link #message()} also escapes control, bidi and zero-width
 * characters, so that a message built from hostile input is safe to print. Print the message, not
 * the raw components.
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=rejection}
 *
 * @param source the file or stream name
 * @param line the 1-based line the record starts on
 * @param column the 1-based field position in the record, or 0 for the record (or input) as a whole
 * @param field the field's name (a header column or JSON path), or {@code "record"} / {@code
 *     "header"}
 * @param value the offending value as read, possibly empty
 * @param rule the rule it broke
 */
public record Rejection(
    String source, long line, int column, String field, String value, String rule) {

  /** Validates the components and shortens long field names and values. */
  public Rejection {
    checkArgument(line >= 1, "line must be >= 1, was %s", line);
    checkArgument(column >= 0, "column must be >= 0, was %s", column);
    checkNotNull(source, "source");
    field = Checks.shortened(checkNotNull(field, "field"));
    value = Checks.shortened(checkNotNull(value, "value"));
    checkNotNull(rule, "rule");
  }

  /**
   * The one-line message shown to users: source, line, field, column, value and rule, with every
   * control, bidi and zero-width character escaped.
   */
  public String message() {
    StringBuilder sb = new StringBuilder(source).append(": line ").append(line);
    sb.append(", field ").append(field);
    if (column > 0) {
      sb.append(" (column ").append(column).append(')');
    }
    sb.append(", value '").append(value).append("': ").append(rule);
    return Checks.printable(sb.toString());
  }

  @Override
  public String toString() {
    return message();
  }
}
