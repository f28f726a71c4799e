package dev.cxkit.model.csv;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.io.IOException;

/**
 * Reading stopped: input without usable structure (empty, a missing or repeated header column, a
 * record longer than the limit, a quote that never closes), or a rejected record under {@link
 * RejectPolicy#failFast()} or beyond the policy's limit. It always names the input, the line, the
 * column and field, the value and the rule ({@link #rejection()}); its message is that one line.
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=ingestException}
 */
public final class IngestException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Rejection rejection;

  /** Reading stopped at {@code rejection}. */
  public IngestException(Rejection rejection) {
    this(rejection, "");
  }

  /** Reading stopped at {@code rejection}; {@code note} is appended to the message. */
  public IngestException(Rejection rejection, String note) {
    super(checkNotNull(rejection, "rejection").message() + note);
    this.rejection = rejection;
  }

  /** Where and why reading stopped. */
  public Rejection rejection() {
    return rejection;
  }
}
