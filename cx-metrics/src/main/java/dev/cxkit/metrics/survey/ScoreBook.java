package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.survey.Scale;
import dev.cxkit.model.survey.SurveyContext;
import dev.cxkit.model.survey.SurveyResponse;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Survey answers counted per question and per {@link SurveyContext}, keeping relationship-level
 * answers ("how likely are you to recommend us?") apart from interaction-level answers (a
 * touchpoint or a journey step). Contexts can be pooled only within one level: pooling a
 * relationship context with an interaction context is refused, because the two measure different
 * things.
 *
 * <p>Response weights are used when present (absent means 1). Immutable and mergeable: {@link
 * #plus} adds distributions key by key, with {@link #empty()} as identity.
 *
 * <pre>{@code
 * ScoreBook book = ScoreBook.of(responses);
 * Score relationshipNps = book.netScore("nps", SurveyContext.relationship(),
 *     NetScoreDefinition.nps(), IntervalSpec.adjustedWald(0.95));
 * ScoreDistribution allCalls = book.interactions("ces");        // every touchpoint and step
 * book.pooled("nps", List.of(SurveyContext.relationship(),
 *     SurveyContext.touchpoint("support-call")));                // IllegalArgumentException
 * }</pre>
 */
public final class ScoreBook {

  private final Map<Key, ScoreDistribution> distributions;

  private record Key(String questionId, SurveyContext context) {}

  private ScoreBook(Map<Key, ScoreDistribution> distributions) {
    this.distributions = Collections.unmodifiableMap(distributions);
  }

  /** No answers: the identity of {@link #plus}. */
  public static ScoreBook empty() {
    return new ScoreBook(new LinkedHashMap<>());
  }

  /**
   * Counts responses by question and context.
   *
   * @throws IllegalArgumentException naming the response index if one question is answered on two
   *     different scales in the same context
   */
  public static ScoreBook of(Iterable<SurveyResponse> responses) {
    Map<Key, ScoreAccumulator> accumulators = new LinkedHashMap<>();
    int index = 0;
    for (SurveyResponse response : responses) {
      checkNotNull(response, "responses[%s]", index);
      Key key = new Key(response.questionId(), response.context());
      ScoreAccumulator accumulator =
          accumulators.computeIfAbsent(key, k -> new ScoreAccumulator(response.scale()));
      final int at = index;
      checkArgument(
          accumulator.scale().equals(response.scale()),
          "responses[%s] scale for question %s in %s must be %s, was %s",
          at,
          response.questionId(),
          response.context(),
          accumulator.scale(),
          response.scale());
      if (response.weight().isPresent()) {
        accumulator.addWeighted(response.value(), response.weightOrOne());
      } else {
        accumulator.add(response.value());
      }
      index++;
    }
    Map<Key, ScoreDistribution> distributions = new LinkedHashMap<>();
    accumulators.forEach((k, acc) -> distributions.put(k, acc.snapshot()));
    return new ScoreBook(distributions);
  }

  /**
   * Merges two books key by key.
   *
   * @throws IllegalArgumentException if a question and context has different scales in the two
   */
  public ScoreBook plus(ScoreBook other) {
    Map<Key, ScoreDistribution> merged = new LinkedHashMap<>(distributions);
    other.distributions.forEach((k, d) -> merged.merge(k, d, ScoreDistribution::plus));
    return new ScoreBook(merged);
  }

  /** The questions answered, in first-seen order. */
  public Set<String> questions() {
    Set<String> questions = new LinkedHashSet<>();
    distributions.keySet().forEach(k -> questions.add(k.questionId()));
    return Collections.unmodifiableSet(questions);
  }

  /** The contexts in which {@code questionId} was answered, in first-seen order. */
  public Set<SurveyContext> contexts(String questionId) {
    Set<SurveyContext> contexts = new LinkedHashSet<>();
    distributions.keySet().stream()
        .filter(k -> k.questionId().equals(questionId))
        .forEach(k -> contexts.add(k.context()));
    return Collections.unmodifiableSet(contexts);
  }

  /**
   * The answers to {@code questionId} in one context.
   *
   * @throws IllegalArgumentException if the question was never answered in that context (its scale
   *     is then unknown)
   */
  public ScoreDistribution distribution(String questionId, SurveyContext context) {
    ScoreDistribution d = distributions.get(new Key(questionId, context));
    checkArgument(
        d != null,
        "question %s must have answers in %s, was never answered there (answered in %s)",
        questionId,
        context,
        contexts(questionId));
    return d;
  }

  /**
   * The answers to {@code questionId} pooled (counts added) over {@code contexts}, which must all
   * be relationship-level or all interaction-level, and on one scale.
   *
   * @throws IllegalArgumentException if the contexts mix levels, are empty or unknown, or the
   *     scales differ
   */
  public ScoreDistribution pooled(String questionId, Collection<SurveyContext> contexts) {
    checkArgument(!contexts.isEmpty(), "contexts must not be empty, was %s", contexts);
    boolean relationship = contexts.iterator().next().isRelationship();
    ScoreDistribution pooled = null;
    for (SurveyContext context : contexts) {
      checkArgument(
          context.isRelationship() == relationship,
          "contexts must be all relationship-level or all interaction-level, was %s: relationship"
              + " and interaction scores measure different things and are never pooled",
          contexts);
      ScoreDistribution d = distribution(questionId, context);
      pooled = pooled == null ? d : pooled.plus(d);
    }
    return Objects.requireNonNull(pooled);
  }

  /** The relationship-level answers to {@code questionId}. */
  public ScoreDistribution relationship(String questionId) {
    return distribution(questionId, SurveyContext.relationship());
  }

  /**
   * The answers to {@code questionId} pooled over every interaction context (touchpoints, steps).
   */
  public ScoreDistribution interactions(String questionId) {
    Set<SurveyContext> interactions = new LinkedHashSet<>();
    for (SurveyContext c : contexts(questionId)) {
      if (c.isInteraction()) {
        interactions.add(c);
      }
    }
    checkArgument(
        !interactions.isEmpty(),
        "question %s must have interaction-level answers, was answered only in %s",
        questionId,
        contexts(questionId));
    return pooled(questionId, interactions);
  }

  /** The net score of {@code questionId} in one context. */
  public Score netScore(
      String questionId, SurveyContext context, NetScoreDefinition definition, IntervalSpec spec) {
    return NetScores.of(distribution(questionId, context).netScoreCounts(definition), spec);
  }

  /** The net score of {@code questionId} in every context where it was answered, by context. */
  public Map<SurveyContext, Score> netScores(
      String questionId, NetScoreDefinition definition, IntervalSpec spec) {
    Map<SurveyContext, Score> scores = new LinkedHashMap<>();
    for (SurveyContext c : contexts(questionId)) {
      scores.put(c, netScore(questionId, c, definition, spec));
    }
    return Collections.unmodifiableMap(scores);
  }

  /** The scale of {@code questionId} in {@code context}. */
  public Scale scale(String questionId, SurveyContext context) {
    return distribution(questionId, context).scale();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreBook b && distributions.equals(b.distributions);
  }

  @Override
  public int hashCode() {
    return distributions.hashCode();
  }

  @Override
  public String toString() {
    return "ScoreBook" + distributions;
  }
}
