package dev.cxkit.model.csv;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounting of one read, shared by every reader (CSV or JSON): counts accepted and rejected
 * records, applies the {@link RejectPolicy}, keeps the first rejected records and builds the {@link
 * IngestReport}. Not thread-safe: one per read (merge per-chunk ones with {@link #addAll}).
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=ingest}
 */
public final class Ingest {
  private final String source;
  private final RejectPolicy policy;
  private final Map<String, Long> byRule = new LinkedHashMap<>();
  private final List<Rejection> kept = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private long accepted;
  private long rejected;

  /** The accounting of a read of {@code source} under {@code policy}. */
  public Ingest(String source, RejectPolicy policy) {
    this.source = checkNotNull(source, "source");
    this.policy = checkNotNull(policy, "policy");
  }

  /** The input's name. */
  public String source() {
    return source;
  }

  /** The policy applied to rejected records. */
  public RejectPolicy policy() {
    return policy;
  }

  /** Counts one accepted record. */
  public void accept() {
    accepted++;
  }

  /**
   * Counts one rejected record and applies the policy.
   *
   * @throws IngestException under {@link RejectPolicy#failFast()}, or when the policy's limit is
   *     exceeded
   */
  public void reject(Rejection rejection) throws IngestException {
    checkNotNull(rejection, "rejection");
    count(rejection, 1);
    if (rejected > policy.maxRejected()) {
      throw policy.failsFast()
          ? new IngestException(rejection)
          : new IngestException(
              rejection, " (stopped: more than " + policy.maxRejected() + " records rejected)");
    }
  }

  /** As {@link #reject(Rejection)} with the exception's rejection. */
  public void reject(IngestException e) throws IngestException {
    reject(e.rejection());
  }

  private void count(Rejection r, long n) {
    rejected += n;
    String key =
        byRule.containsKey(r.rule()) || byRule.size() < IngestReport.KEPT_RULES
            ? r.rule()
            : IngestReport.OTHER_RULES;
    byRule.merge(key, n, Long::sum);
    if (kept.size() < IngestReport.KEPT_REJECTIONS) {
      kept.add(r);
    }
  }

  /** Adds a note on a choice the reader made, shown in the report. */
  public void note(String note) {
    notes.add(checkNotNull(note, "note"));
  }

  /** Records accepted so far. */
  public long accepted() {
    return accepted;
  }

  /** Records rejected so far. */
  public long rejected() {
    return rejected;
  }

  /** Records read so far. */
  public long read() {
    return accepted + rejected;
  }

  /**
   * Adds the counts of {@code other}, a read of the records that follow this one's (a later chunk
   * of the same input), with its line numbers shifted by {@code lineOffset}; its notes are not
   * copied. The policy is not applied again: each chunk applied it.
   */
  public void addAll(IngestReport other, long lineOffset) {
    accepted += other.accepted();
    rejected += other.rejected();
    other
        .rejectedByRule()
        .forEach(
            (rule, n) ->
                byRule.merge(
                    byRule.containsKey(rule) || byRule.size() < IngestReport.KEPT_RULES
                        ? rule
                        : IngestReport.OTHER_RULES,
                    n,
                    Long::sum));
    for (Rejection r : other.rejections()) {
      if (kept.size() < IngestReport.KEPT_REJECTIONS) {
        kept.add(
            new Rejection(
                r.source(), r.line() + lineOffset, r.column(), r.field(), r.value(), r.rule()));
      }
    }
  }

  /** The report so far. */
  public IngestReport report() {
    return new IngestReport(source, read(), accepted, rejected, byRule, kept, notes);
  }

  @Override
  public String toString() {
    return "Ingest["
        + source
        + ", "
        + policy
        + ", accepted="
        + accepted
        + ", rejected="
        + rejected
        + "]";
  }
}
