package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;
import static dev.cxkit.model.internal.Preconditions.checkState;

import java.util.Locale;

/**
 * A fast, mutable accumulator of net-score answers: it counts answers per scale point (a
 * branch-free histogram loop, no per-class branching) and classifies them into the definition's
 * bands (promoters, passives, detractors for NPS) only in {@link #snapshot()}.
 *
 * <p>Not thread-safe: use one per thread or partition and merge the snapshots with {@link
 * NetScoreCounts#plus}, or into one accumulator with {@link #addAll(NetScoreCounts)}.
 *
 * <pre>{@code
 * NetScoreAccumulator acc = new NetScoreAccumulator(NetScoreDefinition.nps());
 * acc.addAll(new int[] {10, 9, 8, 3, 10});
 * acc.addWeighted(6, 2.0);
 * NetScoreCounts counts = acc.snapshot();   // 3 promoters, 1 passive, 2 detractors
 * }</pre>
 */
public final class NetScoreAccumulator {

  private final NetScoreDefinition definition;
  private final ScoreAccumulator answers;
  private NetScoreCounts merged;

  /** An empty accumulator for {@code definition}. */
  public NetScoreAccumulator(NetScoreDefinition definition) {
    this.definition = checkNotNull(definition, "definition");
    this.answers = new ScoreAccumulator(definition.scale());
    this.merged = NetScoreCounts.empty(definition);
  }

  /** Adds one unweighted answer (a point of the definition's scale). */
  public NetScoreAccumulator add(int score) {
    answers.add(score);
    return this;
  }

  /**
   * Adds every answer of the array, unweighted; all-or-nothing on a score outside the scale.
   *
   * @throws IllegalArgumentException naming the first offending index
   */
  public NetScoreAccumulator addAll(int[] scores) {
    answers.addAll(scores);
    return this;
  }

  /** Adds one answer with a finite, positive survey weight. */
  public NetScoreAccumulator addWeighted(int score, double weight) {
    answers.addWeighted(score, weight);
    return this;
  }

  /**
   * Adds already-counted respondents of the same measure (for example another thread's snapshot):
   * the mutating merge.
   *
   * @throws IllegalArgumentException if the scale or the breaks differ
   */
  public NetScoreAccumulator addAll(NetScoreCounts counts) {
    merged = merged.plus(checkNotNull(counts, "counts"));
    return this;
  }

  /** Adds every respondent of {@code distribution} (same scale), per scale point. */
  public NetScoreAccumulator addAll(ScoreDistribution distribution) {
    answers.addAll(distribution);
    return this;
  }

  /** Number of respondents added so far. */
  public long n() {
    return answers.n() + merged.n();
  }

  /** The answers so far, classified by the definition. */
  public NetScoreCounts snapshot() {
    NetScoreCounts classified = answers.snapshot().netScoreCounts(definition);
    return merged.n() == 0 ? classified : classified.plus(merged);
  }

  /**
   * The answers so far, per scale point.
   *
   * @throws IllegalStateException after {@link #addAll(NetScoreCounts)}, whose respondents are
   *     known by band only
   */
  public ScoreDistribution distribution() {
    checkState(
        merged.n() == 0,
        "distribution per scale point is unknown: %s respondents were added as band counts (%s)",
        merged.n(),
        merged);
    return answers.snapshot();
  }

  @Override
  public String toString() {
    NetScoreCounts counts = snapshot();
    NetScoreDefinition.BandNames names = definition.bandNames();
    return String.format(
        Locale.ROOT,
        "NetScoreAccumulator{%s, n=%d: %s=%d, %s=%d, %s=%d}",
        definition.name(),
        counts.n(),
        names.positive(),
        counts.positives(),
        names.passive(),
        counts.passives(),
        names.negative(),
        counts.negatives());
  }
}
