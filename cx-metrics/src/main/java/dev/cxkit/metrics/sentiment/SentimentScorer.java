package dev.cxkit.metrics.sentiment;

import dev.cxkit.model.experience.Emotion;

/**
 * Scores a customer's free-text comment as an {@link Emotion} on the canonical valence scale [−1,
 * 1] (source scale {@code SENTIMENT_COMPOUND}). Implementations may wrap a lexicon, a classifier or
 * a remote service; they must never return NaN.
 *
 * {@snippet class=dev.cxkit.metrics.sentiment.SnippetsTest region=sentimentScorer}
 */
@FunctionalInterface
public interface SentimentScorer {

  /** The sentiment of {@code text}; neutral (valence 0) when nothing in it carries sentiment. */
  Emotion score(String text);
}
