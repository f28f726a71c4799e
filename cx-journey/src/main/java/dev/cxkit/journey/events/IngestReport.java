package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;

/**
 * What a reader did: records read, events accepted and every rejected record. {@code read ==
 * accepted + rejections.size()}: nothing is dropped silently.
 *
 * <pre>{@code
 * IngestReport r = reader.read(in, dict, sink);
 * r.rejections().forEach(x -> log.warn(x.message()));
 * }</pre>
 *
 * @param read records read (header and blank lines excluded)
 * @param accepted events passed to the sink
 * @param rejections every rejected record, in input order
 */
public record IngestReport(long read, long accepted, List<Rejection> rejections) {

  /** Validates the accounting. */
  public IngestReport {
    rejections = List.copyOf(rejections);
    checkArgument(
        read == accepted + rejections.size(),
        "read must equal accepted + rejected, was %s != %s + %s",
        read,
        accepted,
        rejections.size());
  }

  /** Number of rejected records. */
  public int rejected() {
    return rejections.size();
  }

  @Override
  public String toString() {
    return "IngestReport[read="
        + read
        + ", accepted="
        + accepted
        + ", rejected="
        + rejected()
        + "]";
  }
}
