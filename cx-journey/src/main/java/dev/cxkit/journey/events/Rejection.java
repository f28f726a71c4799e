package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

/**
 * A record a reader refused: where, which field, which value and which rule.
 *
 * {@snippet class=dev.cxkit.journey.events.SnippetsTest region=rejection}
 *
 * @param line the 1-based line the record starts on
 * @param field the offending field (or {@code "record"} for the record as a whole)
 * @param value the offending value as read (possibly empty)
 * @param rule the rule it broke
 */
public record Rejection(long line, String field, String value, String rule) {

  /** Validates the components. */
  public Rejection {
    checkArgument(line >= 1, "line must be >= 1, was %s", line);
    checkNotNull(field, "field");
    checkNotNull(value, "value");
    checkNotNull(rule, "rule");
  }

  /** The message shown to users. */
  public String message() {
    return "line " + line + ": field " + field + ", value '" + value + "': " + rule;
  }

  @Override
  public String toString() {
    return message();
  }
}
