package dev.cxkit.metrics.kano;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;

/**
 * A mutable, single-threaded accumulator of Kano answers for hot loops; {@link #snapshot()} gives
 * the immutable {@link KanoCounts}.
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
  public void add(KanoAnswer functional, KanoAnswer dysfunctional) {
    counts[table.classify(functional, dysfunctional).ordinal()]++;
  }

  /**
   * Adds already-classified counts; all or nothing.
   *
   * @throws IllegalArgumentException when a count would pass Long.MAX_VALUE
   */
  public void addAll(KanoCounts other) {
    long[] next = counts.clone();
    for (KanoCategory c : KanoCategory.values()) {
      next[c.ordinal()] = ExactMath.add(c.name(), counts[c.ordinal()], other.count(c));
    }
    ExactMath.sum("Kano answers", next);
    System.arraycopy(next, 0, counts, 0, next.length);
  }

  /** The counts so far. */
  public KanoCounts snapshot() {
    return KanoCounts.of(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
  }
}
