package dev.cxkit.metrics.kano;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

/**
 * A mutable, single-threaded accumulator of Kano answers for hot loops; {@link #snapshot()} gives
 * the immutable {@link KanoCounts}.
 *
 * {@snippet class=dev.cxkit.metrics.kano.SnippetsTest region=kanoAccumulator}
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

  /** Adds already-classified counts. */
  public void addAll(KanoCounts other) {
    for (KanoCategory c : KanoCategory.values()) {
      counts[c.ordinal()] += other.count(c);
    }
  }

  /** The counts so far. */
  public KanoCounts snapshot() {
    return KanoCounts.of(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
  }
}
