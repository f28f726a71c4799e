package dev.cxkit.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;

/**
 * Counts survey answers per point of a scale {@code [min, max]}: the typed {@link Aggregator}
 * behind {@link SparkSurveys}. Answers arrive as text ({@code CAST(score AS STRING)}) so that
 * integer, decimal and string columns are read alike: {@code "7"} and {@code "7.0"} are 7; {@code
 * "7.5"} or {@code "seven"} is not an integer; 11 on a 0–10 scale is off the scale; null or blank
 * is missing. Rejected answers are counted in the buffer (exact per group) and, when a counter is
 * attached, reported with examples.
 */
final class ScoreCountsAggregator extends Aggregator<String, ScoreCounts, ScoreCounts> {
  private static final long serialVersionUID = 1L;

  static final String MISSING = "missing score";
  static final String NOT_INTEGER = "score not an integer";
  static final String OFF_SCALE = "score off the scale";

  private final String scaleName;
  private final int min;
  private final int points;
  private final @Nullable RejectionCounter rejections;

  ScoreCountsAggregator(String scaleName, int min, int max, @Nullable RejectionCounter rejections) {
    this.scaleName = scaleName;
    this.min = min;
    this.points = max - min + 1;
    this.rejections = rejections;
  }

  @Override
  public ScoreCounts zero() {
    return ScoreCounts.zero(points);
  }

  @Override
  public ScoreCounts reduce(ScoreCounts b, @Nullable String answer) {
    if (b.getCounts().length == 0) {
      b.setCounts(new long[points]);
    }
    if (answer == null || answer.isBlank()) {
      b.setMissing(b.getMissing() + 1);
      reject(MISSING, answer);
      return b;
    }
    Long value = parseInteger(answer.strip());
    if (value == null) {
      b.setNotInteger(b.getNotInteger() + 1);
      reject(NOT_INTEGER, answer);
      return b;
    }
    long i = value - min;
    if (i < 0 || i >= points) {
      b.setOffScale(b.getOffScale() + 1);
      reject(OFF_SCALE, answer);
      return b;
    }
    b.getCounts()[(int) i]++;
    return b;
  }

  private void reject(String reason, @Nullable String answer) {
    if (rejections != null) {
      rejections.reject(
          reason, () -> scaleName + " answer " + (answer == null ? "null" : "'" + answer + "'"));
    }
  }

  /** The integer written as {@code s} ("7", "+7", "-2", "7.0", "7.00"), or null. */
  static @Nullable Long parseInteger(String s) {
    int dot = s.indexOf('.');
    String digits = s;
    if (dot >= 0) {
      for (int i = dot + 1; i < s.length(); i++) {
        if (s.charAt(i) != '0') {
          return null;
        }
      }
      digits = s.substring(0, dot);
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public ScoreCounts merge(ScoreCounts b1, ScoreCounts b2) {
    return b1.mergeFrom(b2);
  }

  @Override
  public ScoreCounts finish(ScoreCounts reduction) {
    if (reduction.getCounts().length == 0) {
      reduction.setCounts(new long[points]);
    }
    return reduction;
  }

  @Override
  public Encoder<ScoreCounts> bufferEncoder() {
    return Encoders.bean(ScoreCounts.class);
  }

  @Override
  public Encoder<ScoreCounts> outputEncoder() {
    return Encoders.bean(ScoreCounts.class);
  }
}
