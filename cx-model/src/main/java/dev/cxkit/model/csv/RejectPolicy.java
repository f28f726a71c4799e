package dev.cxkit.model.csv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/**
 * What a reader does with a record it cannot accept: stop at the first one, or skip and report up
 * to a limit. Either way the {@link IngestReport} counts every rejected record and keeps the first
 * {@value IngestReport#KEPT_REJECTIONS} of them.
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=rejectPolicy}
 *
 * @param maxRejected how many rejected records are tolerated before reading stops; 0 fails fast
 */
public record RejectPolicy(long maxRejected) {

  /** Validates the limit. */
  public RejectPolicy {
    checkArgument(maxRejected >= 0, "maxRejected must be >= 0, was %s", maxRejected);
  }

  /** Stop with an {@link IngestException} at the first rejected record. */
  public static RejectPolicy failFast() {
    return new RejectPolicy(0);
  }

  /** Skip every rejected record and report it. */
  public static RejectPolicy skipAndReport() {
    return new RejectPolicy(Long.MAX_VALUE);
  }

  /** Skip and report up to {@code maxRejected} records; one more stops the read. */
  public static RejectPolicy skipAndReport(long maxRejected) {
    checkArgument(maxRejected >= 1, "maxRejected must be >= 1, was %s", maxRejected);
    return new RejectPolicy(maxRejected);
  }

  /** Whether the first rejected record stops the read. */
  public boolean failsFast() {
    return maxRejected == 0;
  }

  @Override
  public String toString() {
    return failsFast()
        ? "RejectPolicy[fail fast]"
        : maxRejected == Long.MAX_VALUE
            ? "RejectPolicy[skip and report]"
            : "RejectPolicy[skip and report up to " + maxRejected + "]";
  }
}
