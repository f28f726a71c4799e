package dev.cxkit.journey.events;

import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reader could not continue: a rejected record under {@link RejectPolicy#FAIL_FAST}, or an input
 * without usable structure (empty file, missing header column, malformed JSON).
 *
 * <pre>{@code
 * try { reader.read(in, dict, sink); } catch (EventParseException e) { e.rejection(); }
 * }</pre>
 */
public final class EventParseException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient @Nullable Rejection rejection;

  /** An exception for one rejected record. */
  public EventParseException(Rejection rejection) {
    super(rejection.message());
    this.rejection = rejection;
  }

  /** An exception about the input as a whole. */
  public EventParseException(String message) {
    super(message);
    this.rejection = null;
  }

  /** The rejected record, when the failure concerns one record. */
  public Optional<Rejection> rejection() {
    return Optional.ofNullable(rejection);
  }
}
