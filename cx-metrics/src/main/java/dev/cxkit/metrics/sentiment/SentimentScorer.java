package dev.cxkit.metrics.sentiment;

import dev.cxkit.model.experience.Emotion;

/**
 * Scores a customer's free-text comment as an {@link Emotion} on the canonical valence scale [−1,
 * 1] (source scale {@code SENTIMENT_COMPOUND}). Implementations may wrap a lexicon, a classifier or
 * a remote service; they must never return NaN.
 *
 * <pre>{@code
 * SentimentScorer scorer = LexiconSentimentScorer.builtIn();
 * Emotion e = scorer.score("The agent was very helpful");   // valence > 0
 * }</pre>
 */
@FunctionalInterface
public interface SentimentScorer {

  /** The sentiment of {@code text}; neutral (valence 0) when nothing in it carries sentiment. */
  Emotion score(String text);
}
