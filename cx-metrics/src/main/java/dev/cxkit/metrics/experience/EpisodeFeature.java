package dev.cxkit.metrics.experience;

/** A summary of an episode that can enter a {@link RetrospectiveModel}. */
public enum EpisodeFeature {
  /** The first reading. */
  FIRST,
  /** The highest reading. */
  PEAK,
  /** The lowest reading. */
  TROUGH,
  /** The last reading. */
  END,
  /** The mean reading. */
  MEAN,
  /** The least-squares slope over time. */
  TREND,
  /** Last minus first time. */
  DURATION,
  /** (peak + end) / 2. */
  PEAK_END
}
