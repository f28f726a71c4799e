package dev.cxkit.metrics.experience;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Summaries of one bounded episode of readings (time, value): the moments the peak-end literature
 * (Kahneman et al. 1993; Redelmeier &amp; Kahneman 1996) relates to how the episode is remembered.
 *
 * {@snippet class=dev.cxkit.metrics.experience.SnippetsTest region=episodeSummary}
 *
 * @param first the first reading
 * @param peak the highest reading
 * @param trough the lowest reading
 * @param end the last reading
 * @param mean the arithmetic mean of the readings
 * @param trend the least-squares slope of value on time (0 for a single reading)
 * @param duration last minus first time
 * @param readings the number of readings
 */
public record EpisodeSummary(
    double first,
    double peak,
    double trough,
    double end,
    double mean,
    double trend,
    double duration,
    int readings) {

  /** Validates the summary. */
  public EpisodeSummary {
    checkArgument(readings > 0, "readings must be positive, was %s", readings);
    checkArgument(duration >= 0, "duration must be >= 0, was %s", duration);
    checkArgument(trough <= peak, "trough must not exceed peak, was %s > %s", trough, peak);
  }

  /**
   * Summarises readings at strictly increasing times.
   *
   * @throws IllegalArgumentException for no readings, mismatched lengths, non-finite values or
   *     times that do not increase
   */
  public static EpisodeSummary of(double[] times, double[] values) {
    checkArgument(values.length > 0, "episode readings must not be empty, was %s", values.length);
    checkArgument(
        times.length == values.length,
        "episode times must have one entry per reading (%s), was %s",
        values.length,
        times.length);
    double peak = Double.NEGATIVE_INFINITY;
    double trough = Double.POSITIVE_INFINITY;
    double sum = 0;
    double tMean = 0;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      double t = times[i];
      if (!Double.isFinite(v) || !Double.isFinite(t)) {
        throw new IllegalArgumentException(
            "episode reading " + i + " must be finite, was (" + t + ", " + v + ")");
      }
      if (i > 0 && !(t > times[i - 1])) {
        throw new IllegalArgumentException(
            "episode times must increase, was " + times[i - 1] + " then " + t + " at reading " + i);
      }
      peak = Math.max(peak, v);
      trough = Math.min(trough, v);
      sum += v;
      tMean += t;
    }
    int n = values.length;
    double mean = sum / n;
    tMean /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      double dt = times[i] - tMean;
      sxy += dt * (values[i] - mean);
      sxx += dt * dt;
    }
    double slope = n > 1 ? sxy / sxx : 0.0;
    return new EpisodeSummary(
        values[0], peak, trough, values[n - 1], mean, slope, times[n - 1] - times[0], n);
  }

  /** Kahneman's peak-end summary of a positive episode: (peak + end) / 2. */
  public double peakEnd() {
    return (peak + end) / 2.0;
  }

  /** The peak-end summary of a negative episode (pain, frustration): (trough + end) / 2. */
  public double troughEnd() {
    return (trough + end) / 2.0;
  }

  /** The value of one feature of this summary. */
  public double feature(EpisodeFeature feature) {
    return switch (feature) {
      case FIRST -> first;
      case PEAK -> peak;
      case TROUGH -> trough;
      case END -> end;
      case MEAN -> mean;
      case TREND -> trend;
      case DURATION -> duration;
      case PEAK_END -> peakEnd();
    };
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "EpisodeSummary{first=%.3f, peak=%.3f, trough=%.3f, end=%.3f, mean=%.3f, trend=%.4f,"
            + " duration=%.2f, readings=%d, peakEnd=%.3f}",
        first,
        peak,
        trough,
        end,
        mean,
        trend,
        duration,
        readings,
        peakEnd());
  }
}
