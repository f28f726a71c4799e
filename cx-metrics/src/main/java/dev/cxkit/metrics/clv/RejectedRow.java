package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

/**
 * An input line that was not imported, with its 1-based line number and the reason.
 *
 * {@snippet class=dev.cxkit.metrics.clv.SnippetsTest region=rejectedRow}
 *
 * @param lineNumber 1-based line number in the file
 * @param line the raw line
 * @param reason what rule the line broke (field, value, rule)
 */
public record RejectedRow(long lineNumber, String line, String reason) {
  /** Validates the line number and the texts. */
  public RejectedRow {
    checkArgument(lineNumber >= 1, "lineNumber must be >= 1, was %s", lineNumber);
    checkNotNull(line, "line");
    checkNotNull(reason, "reason");
  }
}
