package dev.cxkit.metrics.kano;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

/**
 * A mutable, single-threaded accumulator of Kano answers for hot loops; {@link #snapshot()} gives
 * the immutable {@link KanoCounts}. Not thread-safe: use one per thread and merge the snapshots
 * with {@link KanoCounts#plus} or {@link #addAll}.
 *
 * <pre>{@code
 * KanoAccumulator acc = new KanoAccumulator(KanoEvaluationTable.berger1993());
 * acc.add(KanoAnswer.LIKE, KanoAnswer.DISLIKE);
 * KanoCounts counts = acc.snapshot();     // O = 1
 * }</pre>
 */
public final class KanoAccumulator {

  private final KanoEvaluationTable table;
  private final long[] counts = new long[KanoCategory.values().length];

  /** An empty accumulator classifying with {@code table}. */
  public KanoAccumulator(KanoEvaluationTable table) {
    this.table = checkNotNull(table, "table");
  }

  /** Classifies and counts one respondent's answer pair. */
  public KanoAccumulator add(KanoAnswer functional, KanoAnswer dysfunctional) {
    counts[table.classify(functional, dysfunctional).ordinal()]++;
    return this;
  }

  /**
   * Adds already-classified counts (for example another thread's snapshot): the mutating merge.
   *
   * @throws IllegalArgumentException if the total would overflow
   */
  public KanoAccumulator addAll(KanoCounts other) {
    checkArgument(
        n() <= Long.MAX_VALUE - other.total(),
        "Kano answers overflow a long: %s + %s",
        n(),
        other.total());
    for (KanoCategory c : KanoCategory.values()) {
      counts[c.ordinal()] += other.count(c);
    }
    return this;
  }

  /** Number of answer pairs added so far. */
  public long n() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  @Override
  public String toString() {
    return "KanoAccumulator{n=" + n() + ", " + snapshot() + "}";
  }

  /** The counts so far. */
  public KanoCounts snapshot() {
    return KanoCounts.of(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
  }
}
