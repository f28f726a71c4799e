package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

/**
 * A fast, mutable accumulator of net-score answers: it counts answers per scale point (a
 * branch-free histogram loop, no per-class branching) and classifies them into positive, passive
 * and negative only in {@link #snapshot()}.
 *
 * <p>Not thread-safe: use one per thread or partition and merge the snapshots with {@link
 * NetScoreCounts#plus}.
 *
 * {@snippet class=dev.cxkit.metrics.survey.SnippetsTest region=netScoreAccumulator}
 */
public final class NetScoreAccumulator {

  private final NetScoreDefinition definition;
  private final ScoreAccumulator answers;

  /** An empty accumulator for {@code definition}. */
  public NetScoreAccumulator(NetScoreDefinition definition) {
    this.definition = checkNotNull(definition, "definition");
    this.answers = new ScoreAccumulator(definition.scale());
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

  /** The answers so far, classified by the definition. */
  public NetScoreCounts snapshot() {
    return answers.snapshot().netScoreCounts(definition);
  }

  /** The answers so far, per scale point. */
  public ScoreDistribution distribution() {
    return answers.snapshot();
  }
}
