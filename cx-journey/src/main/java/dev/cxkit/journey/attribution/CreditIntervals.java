package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.stats.Quantiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An attribution model's channel credit with bootstrap intervals ({@link CreditBootstrap}).
 *
 * <pre>{@code
 * CreditIntervals ci = CreditBootstrap.builder(AttributionModel.linear()).seed(7).build().run(table);
 * for (ChannelCreditInterval c : ci.channels()) {
 *   System.out.println(c.channel() + " " + c.conversions() + " " + c.conversionsInterval());
 * }
 * }</pre>
 */
public final class CreditIntervals {
  private final AttributionResult estimate;
  private final List<ChannelCreditInterval> channels;
  private final double confidenceLevel;
  private final int replicates;
  private final long seed;
  private final String method;

  CreditIntervals(
      AttributionResult estimate,
      double[][] conversions,
      double[][] values,
      double confidenceLevel,
      int replicates,
      long seed,
      String method) {
    List<ChannelCreditInterval> list = new ArrayList<>();
    for (int c = 0; c < conversions.length; c++) {
      ChannelCredit credit = estimate.credits().get(c);
      double conversionsError = standardDeviation(conversions[c]);
      double valueError = standardDeviation(values[c]);
      Interval conversionsInterval =
          Quantiles.percentileInterval(
              conversions[c], confidenceLevel, IntervalMethod.BOOTSTRAP_PERCENTILE);
      Interval valueInterval =
          Quantiles.percentileInterval(
              values[c], confidenceLevel, IntervalMethod.BOOTSTRAP_PERCENTILE);
      list.add(
          new ChannelCreditInterval(
              credit.channel(),
              credit.conversions(),
              conversionsInterval,
              conversionsError,
              credit.value(),
              valueInterval,
              valueError));
    }
    this.estimate = estimate;
    this.channels = Collections.unmodifiableList(list);
    this.confidenceLevel = confidenceLevel;
    this.replicates = replicates;
    this.seed = seed;
    this.method = method;
  }

  private static double standardDeviation(double[] xs) {
    double mean = 0;
    for (double x : xs) {
      mean += x;
    }
    mean /= xs.length;
    double ss = 0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    return Math.sqrt(ss / (xs.length - 1));
  }

  /** The model's credit on the table itself (the point estimates). */
  public AttributionResult estimate() {
    return estimate;
  }

  /** The model's description, as {@link AttributionResult#model()}. */
  public String model() {
    return estimate.model();
  }

  /** One entry per channel of the table, in channel-id order. */
  public List<ChannelCreditInterval> channels() {
    return channels;
  }

  /** The entry of {@code channel}. */
  public ChannelCreditInterval channel(String channel) {
    for (ChannelCreditInterval c : channels) {
      if (c.channel().equals(channel)) {
        return c;
      }
    }
    checkArgument(false, "channel must be one of the table's channels, was '%s'", channel);
    throw new AssertionError();
  }

  /** The intervals' confidence level. */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /** Number of bootstrap replicates. */
  public int replicates() {
    return replicates;
  }

  /** The resampling seed. */
  public long seed() {
    return seed;
  }

  /**
   * How the intervals were computed, for example {@code "multinomial bootstrap of journeys..."}.
   */
  public String method() {
    return method;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(estimate.model()).append(" [").append(method).append("] {");
    for (ChannelCreditInterval c : channels) {
      sb.append(' ').append(c);
    }
    return sb.append(" }").toString();
  }
}
