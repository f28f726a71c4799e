package dev.cxkit.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Answers per scale point plus rejected answers per reason: the buffer and the result of the score
 * aggregator. A Java bean so that Spark's bean encoder stores it as a struct column {@code {counts:
 * array<bigint>, missing, notInteger, offScale}} (readable from SQL).
 *
 * <pre>{@code
 * SELECT region, cx_scores(CAST(nps AS STRING)).counts FROM answers GROUP BY region
 * }</pre>
 */
public final class ScoreCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  private long[] counts = new long[0];
  private long missing;
  private long notInteger;
  private long offScale;

  /** An empty buffer (bean constructor). */
  public ScoreCounts() {}

  static ScoreCounts zero(int points) {
    ScoreCounts c = new ScoreCounts();
    c.counts = new long[points];
    return c;
  }

  /** Answers per scale point, lowest point first. */
  public long[] getCounts() {
    return counts;
  }

  /** Sets the answers per point (bean setter). */
  public void setCounts(long[] counts) {
    this.counts = counts;
  }

  /** Rows with no answer (null or blank). */
  public long getMissing() {
    return missing;
  }

  /** Sets the missing count (bean setter). */
  public void setMissing(long missing) {
    this.missing = missing;
  }

  /** Rows whose answer is not an integer. */
  public long getNotInteger() {
    return notInteger;
  }

  /** Sets the not-integer count (bean setter). */
  public void setNotInteger(long notInteger) {
    this.notInteger = notInteger;
  }

  /** Rows whose integer answer is not a point of the scale. */
  public long getOffScale() {
    return offScale;
  }

  /** Sets the off-scale count (bean setter). */
  public void setOffScale(long offScale) {
    this.offScale = offScale;
  }

  ScoreCounts mergeFrom(ScoreCounts o) {
    if (counts.length == 0) {
      counts = new long[o.counts.length];
    }
    for (int i = 0; i < o.counts.length; i++) {
      counts[i] = Math.addExact(counts[i], o.counts[i]);
    }
    missing = Math.addExact(missing, o.missing);
    notInteger = Math.addExact(notInteger, o.notInteger);
    offScale = Math.addExact(offScale, o.offScale);
    return this;
  }

  @Override
  public String toString() {
    return "ScoreCounts{counts="
        + Arrays.toString(counts)
        + ", missing="
        + missing
        + ", notInteger="
        + notInteger
        + ", offScale="
        + offScale
        + "}";
  }
}
