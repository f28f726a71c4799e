/**
 * Sentiment of customer verbatims: the {@link dev.cxkit.metrics.sentiment.SentimentScorer}
 * interface mapping text to cx-model's canonical {@link dev.cxkit.model.experience.Emotion
 * valence}, and a small built-in {@link dev.cxkit.metrics.sentiment.LexiconSentimentScorer lexicon
 * scorer}.
 */
@NullMarked
package dev.cxkit.metrics.sentiment;

import org.jspecify.annotations.NullMarked;
