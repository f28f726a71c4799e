package dev.cxkit.model.csv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader did: records read, accepted and rejected, how many were rejected under each rule,
 * the first {@value #KEPT_REJECTIONS} rejected records (never all of them: memory stays bounded on
 * any input) and notes on choices the reader made (for example the time format it detected). {@code
 * read == accepted + rejected}: nothing is dropped silently.
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=ingestReport}
 *
 * @param source the file or stream name
 * @param read records read (header and blank lines excluded)
 * @param accepted records accepted
 * @param rejected records rejected
 * @param rejectedByRule number of rejected records per rule, in order of first occurrence (at most
 *     {@value #KEPT_RULES} rules; further rules are counted under {@value #OTHER_RULES})
 * @param rejections the first rejected records, in input order, at most {@value #KEPT_REJECTIONS}
 * @param notes what the reader decided on its own, e.g. {@code "time format: epoch-millis
 *     (detected)"}
 */
public record IngestReport(
    String source,
    long read,
    long accepted,
    long rejected,
    Map<String, Long> rejectedByRule,
    List<Rejection> rejections,
    List<String> notes) {

  /** At most this many rejected records are kept in a report. */
  public static final int KEPT_REJECTIONS = 100;

  /** At most this many distinct rules are counted one by one. */
  public static final int KEPT_RULES = 100;

  /** The key under which rejections beyond {@value #KEPT_RULES} distinct rules are counted. */
  public static final String OTHER_RULES = "(other rules)";

  /** Validates the accounting. */
  public IngestReport {
    checkNotNull(source, "source");
    checkArgument(
        accepted >= 0 && rejected >= 0, "counts must be >= 0, were %s, %s", accepted, rejected);
    checkArgument(
        read == accepted + rejected,
        "read must equal accepted + rejected, was %s != %s + %s",
        read,
        accepted,
        rejected);
    rejectedByRule = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedByRule));
    rejections = List.copyOf(rejections);
    notes = List.copyOf(notes);
    checkArgument(
        rejections.size() <= Math.min(rejected, KEPT_REJECTIONS),
        "rejections must hold at most min(rejected, %s) records, was %s",
        KEPT_REJECTIONS,
        rejections.size());
  }

  /** A report of {@code accepted} records and no rejection. */
  public static IngestReport clean(String source, long accepted) {
    return new IngestReport(source, accepted, accepted, 0, Map.of(), List.of(), List.of());
  }

  @Override
  public String toString() {
    return "IngestReport["
        + source
        + ": read="
        + read
        + ", accepted="
        + accepted
        + ", rejected="
        + rejected
        + (notes.isEmpty() ? "" : ", notes=" + notes)
        + "]";
  }
}
