package dev.cxkit.metrics.kano;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;

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
   * Adds already-classified counts (for example another thread's snapshot): the mutating merge; all
   * or nothing.
   *
   * @throws IllegalArgumentException when a count or the total would pass Long.MAX_VALUE (the
   *     accumulator is then unchanged)
   */
  public KanoAccumulator addAll(KanoCounts other) {
    long[] next = counts.clone();
    for (KanoCategory c : KanoCategory.values()) {
      next[c.ordinal()] = ExactMath.add(c.name(), counts[c.ordinal()], other.count(c));
    }
    ExactMath.sum("Kano answers", next);
    System.arraycopy(next, 0, counts, 0, next.length);
    return this;
  }

  /** Number of answer pairs added so far. */
  public long n() {
    return ExactMath.sum("Kano answers", counts);
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
